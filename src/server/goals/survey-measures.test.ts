/**
 * Survey measures through the goals' API (issue #15; docs/metrics.md, "Survey measures"): the
 * weekly X-bar chart with its baseline and signal, the goal's judgement with its interval, the
 * conditional question left out when not asked, and the migration's CHECKs. Hand-worked numbers
 * (the same weeks as core/signals/xbar-chart.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { evaluateSignals } from '../signals/evaluate-signals.js';
import { insertRespondents, type Respondent } from '../../test/survey-answers.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const request = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

async function createSurvey(who: SignedIn, template: string): Promise<string> {
  const res = await request(who, 'POST', '/api/surveys', { template });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const cooperation = (day: string, grade: number): Respondent => ({
  day,
  answers: { forwarding: 3, informing: 3, cooperation: grade, one_change: 'Svara snabbare' },
});

describe('a survey measure’s weekly control chart', () => {
  it('X-bar of a question’s mean: limits from the baseline weeks’ respondents, each week its own n, a signal', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const t = developer.tenant.id;
    const id = await createSurvey(developer, 'departments');
    await insertRespondents(db, t, id, [
      // 2026-W02 (5-11 January): 4 and 5; W03: 3, 4, 5; W04: 2, 4; W05 none; W06: 30 answers of 1.
      cooperation('2026-01-05', 4),
      cooperation('2026-01-11', 5),
      cooperation('2026-01-13', 3),
      cooperation('2026-01-14', 4),
      cooperation('2026-01-18', 5),
      cooperation('2026-01-19', 2),
      cooperation('2026-01-25', 4),
      ...Array.from({ length: 30 }, () => cooperation('2026-02-04', 1)),
    ]);
    const scope = `survey:${id}:question:cooperation`;
    const baseline = await request(developer, 'POST', '/api/charts/baselines', {
      measure: 'survey_mean',
      scope,
      from: '2026-01-05',
      to: '2026-01-25',
      reason: 'Första rundan',
    });
    expect(baseline.statusCode).toBe(201);
    const res = await request(
      developer,
      'GET',
      `/api/charts?measure=survey_mean&scope=${encodeURIComponent(scope)}&from=2026-01-05&to=2026-02-08`,
    );
    expect(res.statusCode).toBe(200);
    const chart = res.json<{
      kind: string;
      interval: string;
      unit: string;
      points: {
        day: string;
        week: string;
        value: number | null;
        denominator: number;
        limits: { lower: number; upper: number } | null;
      }[];
      baselines: { limits: { centre: number; standardDeviation: number; points: number } }[];
      signals: { rule: string; day: string; side: string }[];
    }>();
    expect([chart.kind, chart.interval, chart.unit]).toEqual(['xbar', 'week', 'grade']);
    expect(chart.points.map((p) => [p.week, p.day, p.value, p.denominator])).toEqual([
      ['2026-W02', '2026-01-11', 4.5, 2],
      ['2026-W03', '2026-01-18', 4, 3],
      ['2026-W04', '2026-01-25', 3, 2],
      ['2026-W05', '2026-02-01', null, 0],
      ['2026-W06', '2026-02-08', 1, 30],
    ]);
    const limits = chart.baselines[0]!.limits;
    expect(limits.centre).toBeCloseTo(27 / 7, 9);
    expect(limits.standardDeviation).toBeCloseTo(Math.sqrt(1.125), 9);
    expect(limits.points).toBe(3);
    // W06: 3.857 - 3 · 1.06066 / √30 = 3.2762; W02 (n = 2): 3.857 - 2.25 = 1.6071, upper cut at 5.
    expect(chart.points[4]!.limits!.lower).toBeCloseTo(27 / 7 - (3 * Math.sqrt(1.125)) / Math.sqrt(30), 9);
    expect(chart.points[0]!.limits).toMatchObject({ upper: 5 });
    expect(chart.points[0]!.limits!.lower).toBeCloseTo(27 / 7 - 2.25, 9);
    expect(chart.signals.map((s) => [s.rule, s.day, s.side])).toEqual([
      ['beyond_limits', '2026-02-08', 'below'],
    ]);

    // The daily evaluation raises it on the week's Sunday (30 answers: enough n), once.
    const evaluate = () =>
      evaluateSignals({ db, tenantId: t, day: '2026-02-08', now: new Date('2026-02-09T05:00:00Z') });
    const raised = await evaluate();
    expect(raised.map((r) => [r.kind, r.measure, r.scope, r.rule, r.day])).toEqual([
      ['rule', 'survey_mean', scope, 'beyond_limits', '2026-02-08'],
    ]);
    expect(await evaluate()).toEqual([]);

    // The share satisfied of the same weeks is a p-chart: W02 2 of 2, W03 2 of 3, W04 1 of 2.
    const share = await request(
      developer,
      'GET',
      `/api/charts?measure=survey_satisfied_share&scope=${encodeURIComponent(scope)}&from=2026-01-05&to=2026-01-25`,
    );
    expect(
      share.json<{ kind: string; points: { numerator: number; denominator: number }[] }>(),
    ).toMatchObject({
      kind: 'p',
      points: [
        { numerator: 2, denominator: 2 },
        { numerator: 2, denominator: 3 },
        { numerator: 1, denominator: 2 },
      ],
    });
  });

  it('refuses a survey measure without a survey scope, a telephony measure with one, and an unknown part', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const id = await createSurvey(developer, 'departments');
    const chart = (measure: string, scope: string) =>
      request(
        developer,
        'GET',
        `/api/charts?measure=${measure}&scope=${encodeURIComponent(scope)}&from=2026-01-05&to=2026-01-25`,
      );
    expect((await chart('survey_index', 'all')).statusCode).toBe(400);
    expect((await chart('availability', `survey:${id}:dimension:samarbete`)).statusCode).toBe(400);
    expect((await chart('survey_index', `survey:${id}:dimension:speed`)).statusCode).toBe(400);
    expect((await chart('survey_index', `survey:${id}:dimension:kunskap`)).statusCode).toBe(404);
    expect((await chart('survey_index', `survey:${id}:question:one_change`)).statusCode).toBe(404);
    const goal = await request(developer, 'POST', '/api/goals', {
      measure: 'survey_index',
      scope: `survey:${id}:dimension:kunskap`,
      target: 75,
      level: 'month',
      area: 'pleasant',
      validFrom: '2026-01-01',
    });
    expect(goal.statusCode).toBe(400);
    expect(goal.json<{ errors: unknown[] }>().errors).toEqual([
      expect.objectContaining({ pointer: '/body/scope', code: 'scope_unknown' }),
    ]);
  });
});

describe('a goal on a survey measure', () => {
  it('judges the dimension’s index with its interval, and says not enough data on 3 answers', async () => {
    const manager = await signedInAs(server, ['manager']);
    const t = manager.tenant.id;
    const developer = await signedInAs(server, ['quality_developer'], { tenant: manager.tenant });
    const id = await createSurvey(developer, 'departments');
    // Respondents' samarbete means: 5 (100 points), 13/3 (83.33), 4 (75): index 86.11, s = 12.729,
    // t(2) = 4.30265, half-width 31.62: 54.49 to 100 (cut).
    await insertRespondents(db, t, id, [
      { day: '2026-03-02', answers: { forwarding: 5, informing: 5, cooperation: 5, one_change: 'Inget' } },
      { day: '2026-03-10', answers: { forwarding: 4, informing: 4, cooperation: 5, one_change: 'Mer info' } },
      { day: '2026-03-20', answers: { forwarding: 4, informing: 3, cooperation: 5, one_change: 'Snabbare' } },
      // April: outside the month.
      { day: '2026-04-01', answers: { forwarding: 1, informing: 1, cooperation: 1, one_change: 'Allt' } },
    ]);
    const scope = `survey:${id}:dimension:samarbete`;
    const goal = async (target: number, minimumN: number) => {
      const res = await request(manager, 'POST', '/api/goals', {
        measure: 'survey_index',
        scope,
        target,
        level: 'month',
        area: 'trustworthy',
        validFrom: '2026-01-01',
        minimumN,
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const strict = await goal(50, 30);
    const clear = await goal(50, 3);
    const close = await goal(80, 3);
    const status = await request(manager, 'GET', '/api/goals/status?day=2026-03-31');
    expect(status.statusCode).toBe(200);
    type Judged = {
      goal: { id: string; unit: string };
      status: string;
      value: number;
      n: number;
      interval: { low: number; high: number } | null;
      evidence: string | null;
    };
    const byId = new Map(status.json<{ goals: Judged[] }>().goals.map((g) => [g.goal.id, g]));
    expect(byId.get(strict)).toMatchObject({ status: 'not_enough_data', n: 3, evidence: null });
    expect(byId.get(strict)!.goal.unit).toBe('index');
    const met = byId.get(clear)!;
    expect(met.status).toBe('met');
    expect(met.value).toBeCloseTo(775 / 9, 9);
    expect(met.interval!.low).toBeCloseTo(54.49, 2);
    expect(met.interval!.high).toBe(100);
    expect(met.evidence).toBe('clearly_met');
    expect(byId.get(close)).toMatchObject({ status: 'met', evidence: 'within_interval' });
  });

  it('counts a conditional question only where it was asked (SKR e-mail: ease only after yes)', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const id = await createSurvey(developer, 'skr_email');
    await insertRespondents(db, developer.tenant.id, id, [
      { day: '2026-03-03', answers: { got_answer: 'yes', ease: 5 } },
      { day: '2026-03-03', answers: { got_answer: 'yes', ease: 4 } },
      // Said yes, scored ease 1, then changed to no: not asked, not counted.
      { day: '2026-03-04', answers: { got_answer: 'no', ease: 1 } },
    ]);
    const scope = encodeURIComponent(`survey:${id}:question:ease`);
    const res = await request(
      developer,
      'GET',
      `/api/charts?measure=survey_index&scope=${scope}&from=2026-03-02&to=2026-03-08`,
    );
    expect(
      res.json<{ points: { value: number; numerator: number; denominator: number }[] }>().points,
    ).toEqual([expect.objectContaining({ value: 87.5, numerator: 175, denominator: 2 })]);
  });
});
