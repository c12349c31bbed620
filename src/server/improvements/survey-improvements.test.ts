/**
 * The improvement board's before/after on a survey measure (issue #15; docs/metrics.md, "Survey
 * measures"): a card whose only target is the departments' rating of cooperation, before over its
 * before weeks, after over the weeks after the change, judged by Welch's interval (hand-worked in
 * core/surveys/survey-measures.test.ts: the same 30 and 30 answers).
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/roles.js';
import { createUnit } from '../../test/factories.js';
import { insertRespondents, type Respondent } from '../../test/survey-answers.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { createImprovement, improvementOf, moveImprovement } from './manage-improvements.js';

const server = await testServer();
const { app, db } = server;

const actorOf = (who: SignedIn): Actor => ({
  tenantId: who.tenant.id,
  userId: who.user.id,
  roles: [{ role: 'manager', unitId: null }],
  isPlatformAdmin: false,
});

const answers = (days: readonly string[], grades: readonly number[]): Respondent[] =>
  grades.map((grade, i) => ({
    day: days[i % days.length]!,
    answers: { forwarding: 3, informing: 3, cooperation: grade, one_change: 'Bättre överlämning' },
  }));

describe('a card that follows a survey measure', () => {
  it('before 15 × 3 and 15 × 4, after 15 × 4 and 15 × 5: +1 grade, 0.737..1.263, improved', async () => {
    const manager = await signedInAs(server, ['manager']);
    const t = manager.tenant.id;
    const res = await app.inject({
      method: 'POST',
      url: '/api/surveys',
      headers: manager.headers,
      payload: { template: 'departments' },
    });
    const surveyId = res.json<{ id: string }>().id;
    const unit = await createUnit(db, t, { name: 'Socialförvaltningen' });
    const grades = (low: number) => [...Array(15).fill(low), ...Array(15).fill(low + 1)] as number[];
    // Before weeks 18 May - 14 June; the week of creation (15-21 June) and of the change are in neither.
    await insertRespondents(db, t, surveyId, answers(['2026-05-19', '2026-06-02', '2026-06-14'], grades(3)));
    await insertRespondents(db, t, surveyId, answers(['2026-06-16', '2026-06-23'], [1, 1, 1, 1]));
    await insertRespondents(db, t, surveyId, answers(['2026-06-29', '2026-07-05'], grades(4)));
    await insertRespondents(db, t, surveyId, answers(['2026-07-06'], [1, 1])); // this week: not over

    const scope = `survey:${surveyId}:question:cooperation`;
    const body = {
      title: 'Tydligare överlämning till socialtjänsten',
      problem: 'Förvaltningen får ärenden utan det de behöver veta.',
      ownerUnitId: unit.id,
      targets: { topicIds: [], needs: [], failureReasons: [] },
      survey: { measure: 'survey_mean' as const, scope },
      status: 'idea' as const,
      baselineWeeks: 4,
    };
    const created = await createImprovement({
      db,
      actor: actorOf(manager),
      body,
      now: new Date('2026-06-18T09:00:00Z'),
    });
    expect(created.verdict).toBeNull();
    expect(created.improvement.baselineWeeks).toEqual([]);
    expect(created.survey).toMatchObject({
      measure: 'survey_mean',
      scope,
      before: { from: '2026-05-18', to: '2026-06-14', value: 3.5, n: 30 },
      after: null,
      verdict: 'not_enough_data',
    });

    await moveImprovement({
      db,
      actor: actorOf(manager),
      id: created.improvement.id,
      body: { status: 'done', implementedOn: '2026-06-24' },
      now: new Date('2026-06-24T09:00:00Z'),
    });
    const judged = await improvementOf({
      db,
      actor: actorOf(manager),
      id: created.improvement.id,
      now: new Date('2026-07-07T09:00:00Z'),
    });
    expect(judged.verdict).toBeNull();
    expect(judged.after).toEqual({ from: '2026-06-29', to: '2026-07-05', weeks: [] });
    const survey = judged.survey!;
    expect(survey.after).toMatchObject({ from: '2026-06-29', to: '2026-07-05', value: 4.5, n: 30 });
    expect(survey.difference).toBe(1);
    expect(survey.interval!.low).toBeCloseTo(0.73716, 3);
    expect(survey.interval!.high).toBeCloseTo(1.26284, 3);
    expect(survey.verdict).toBe('improved');

    // Through the API the card shows the same, and a card without any target is still refused.
    const api = await app.inject({
      method: 'GET',
      url: `/api/improvements/${created.improvement.id}`,
      headers: manager.headers,
    });
    expect(api.statusCode).toBe(200);
    expect(api.json<{ survey: { measure: string }; sourceAnswerId: null }>()).toMatchObject({
      survey: { measure: 'survey_mean' },
      sourceAnswerId: null,
    });
    await expect(
      createImprovement({ db, actor: actorOf(manager), body: { ...body, survey: null } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      createImprovement({
        db,
        actor: actorOf(manager),
        body: { ...body, survey: { measure: 'survey_index', scope: `survey:${surveyId}:dimension:kunskap` } },
      }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
