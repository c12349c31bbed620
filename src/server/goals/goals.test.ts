/**
 * Goals, their status and the control charts through the API, on hand-made rollups and contacts
 * with known answers (docs/metrics.md, "Goals and control charts").
 */
import { describe, expect, it } from 'vitest';
import {
  CAPACITY_MEASURES,
  MEASURE_DEFINITIONS,
  MEASURES,
  type MeasureKey,
} from '../../core/signals/measures.js';
import { createContact, createTopic, createUnit, createUser } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const request = (
  who: SignedIn | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    ...(who ? { headers: who.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

/** One day of all queues' rollup, written as the owner: offered, answered (the rest abandoned), total answered wait. */
async function rollup(tenantId: string, day: string, offered: number, answered: number, waitSeconds = 0) {
  await db.transaction((c) =>
    c.query(
      `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key,
         exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds,
         abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within,
         talk_seconds, ring_no_answer)
       VALUES ($1, 'all', $1, $2, $3, $4, $5, 0, 0, 0, 0, 0, $4, 0, 0, $6, 0, 0, 0, 0, $4, 0, 0)`,
      [tenantId, day, offered, answered, offered - answered, waitSeconds],
    ),
  );
}

const availabilityGoal = {
  measure: 'availability',
  target: 0.85,
  level: 'week',
  area: 'accessible',
  validFrom: '2026-01-01',
};

type Goal = { id: string; target: number; direction: string; owner: { id: string }; minimumN: number };

describe('goals: CRUD', () => {
  it('GET /api/goals: 401 without a session, 403 for a department contact, 400 for an unknown filter, 200 for a guide', async () => {
    const manager = await signedInAs(server, ['manager']);
    const unit = await createUnit(db, manager.tenant.id, { name: 'Bygg' });
    const contact = await signedInAs(server, [{ role: 'department_contact', unitId: unit.id }], {
      tenant: manager.tenant,
    });
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    expect((await request(null, 'GET', '/api/goals')).statusCode).toBe(401);
    expect((await request(contact, 'GET', '/api/goals')).statusCode).toBe(403);
    expect((await request(guide, 'GET', '/api/goals?archived=1')).statusCode).toBe(400);
    const list = await request(guide, 'GET', '/api/goals');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual({ goals: [] });
  });

  it('POST /api/goals: 401, 403 for a guide, 400 with field pointers, 201 with defaults and an audit event', async () => {
    const manager = await signedInAs(server, ['manager']);
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    expect((await request(null, 'POST', '/api/goals', availabilityGoal)).statusCode).toBe(401);
    expect((await request(guide, 'POST', '/api/goals', availabilityGoal)).statusCode).toBe(403);

    const missing = await request(manager, 'POST', '/api/goals', { target: 0.85 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/measure', '/body/level', '/body/area', '/body/validFrom']),
    );
    // 85 is not a share: a share is a fraction.
    const percent = await request(manager, 'POST', '/api/goals', { ...availabilityGoal, target: 85 });
    expect(percent.statusCode).toBe(400);
    expect(percent.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/target', code: 'target_out_of_range' }),
    ]);
    const reversed = await request(manager, 'POST', '/api/goals', {
      ...availabilityGoal,
      validTo: '2025-12-31',
    });
    expect(reversed.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/validTo', code: 'date_range_reversed' }),
    ]);
    const queueOfNothing = await request(manager, 'POST', '/api/goals', {
      ...availabilityGoal,
      scope: 'group:0b9d3c4e-1a2b-4c3d-9e8f-001122334455',
    });
    expect(queueOfNothing.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/scope', code: 'scope_unknown' }),
    ]);

    const created = await request(manager, 'POST', '/api/goals', availabilityGoal);
    expect(created.statusCode, created.body).toBe(201);
    const goal = created.json<Goal & Record<string, unknown>>();
    expect(goal).toMatchObject({
      measure: 'availability',
      unit: 'share',
      isCapacity: false,
      scope: 'all',
      target: 0.85,
      direction: 'at_least',
      minimumN: 30,
      validTo: null,
      owner: { id: manager.user.id },
      archivedAt: null,
    });
    const events = await db.transaction((c) =>
      c.query(`SELECT action, entity_type FROM audit_events WHERE entity_id = $1`, [goal.id]),
    );
    expect(events).toEqual([{ action: 'goal.created', entity_type: 'goal' }]);
  });

  it('refuses a capacity measure outside the area accessible (goal_capacity_area), accepts it inside', async () => {
    const manager = await signedInAs(server, ['quality_developer']);
    const queue = { measure: 'meanQueueSeconds', target: 60, level: 'week', validFrom: '2026-01-01' };
    const pleasant = await request(manager, 'POST', '/api/goals', { ...queue, area: 'pleasant' });
    expect(pleasant.statusCode).toBe(400);
    expect(pleasant.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ pointer: '/body/area', code: 'goal_capacity_area' }],
    });
    const accessible = await request(manager, 'POST', '/api/goals', { ...queue, area: 'accessible' });
    expect(accessible.statusCode).toBe(201);
    // Queue time's better side is lower: the goal defaults to at_most.
    expect(accessible.json().direction).toBe('at_most');
    // Changing an accessible capacity goal into another area is refused the same way.
    const moved = await request(manager, 'PATCH', `/api/goals/${accessible.json().id}`, {
      area: 'trustworthy',
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/area', code: 'goal_capacity_area' }),
    ]);
  });

  it('PATCH and DELETE /api/goals/:id: 401, 403, 400, 404, then change, archive and 404 afterwards', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    const owner = await createUser(db, admin.tenant.id, { roles: ['manager'] });
    const goal = (await request(admin, 'POST', '/api/goals', availabilityGoal)).json<Goal>();
    const url = `/api/goals/${goal.id}`;
    expect((await request(null, 'PATCH', url, { target: 0.9 })).statusCode).toBe(401);
    expect((await request(guide, 'PATCH', url, { target: 0.9 })).statusCode).toBe(403);
    expect((await request(admin, 'PATCH', url, {})).json().errors[0]).toMatchObject({
      code: 'nothing_to_change',
    });
    expect((await request(admin, 'PATCH', url, { measure: 'offered' })).statusCode).toBe(400);
    expect((await request(admin, 'PATCH', '/api/goals/nope', { target: 0.9 })).statusCode).toBe(400);
    expect(
      (await request(admin, 'PATCH', '/api/goals/0b9d3c4e-1a2b-4c3d-9e8f-001122334455', { target: 0.9 }))
        .statusCode,
    ).toBe(404);
    const unknownOwner = await request(admin, 'PATCH', url, {
      ownerUserId: '0b9d3c4e-1a2b-4c3d-9e8f-001122334455',
    });
    expect(unknownOwner.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/ownerUserId', code: 'owner_unknown' }),
    ]);

    const changed = await request(admin, 'PATCH', url, {
      target: 0.9,
      ownerUserId: owner.id,
      validTo: '2026-12-31',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ target: 0.9, owner: { id: owner.id }, validTo: '2026-12-31' });

    expect((await request(null, 'DELETE', url)).statusCode).toBe(401);
    expect((await request(guide, 'DELETE', url)).statusCode).toBe(403);
    expect((await request(admin, 'DELETE', url)).statusCode).toBe(204);
    expect((await request(admin, 'DELETE', url)).statusCode).toBe(404);
    expect((await request(admin, 'PATCH', url, { target: 0.8 })).statusCode).toBe(404);
    expect((await request(admin, 'GET', '/api/goals')).json().goals).toEqual([]);
    const archived = (await request(admin, 'GET', '/api/goals?includeArchived=true')).json().goals;
    expect(archived).toHaveLength(1);
    expect(archived[0].archivedAt).not.toBeNull();
    const actions = await db.transaction((c) =>
      c.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
        [goal.id],
      ),
    );
    expect(actions.map((a) => a.action)).toEqual(['goal.created', 'goal.updated', 'goal.archived']);
  });

  it('the migration’s CHECKs agree with core’s registry: each capacity measure refused outside accessible, every measure known', async () => {
    const admin = await signedInAs(server, ['administrator']);
    // A survey measure's scope names a survey; its mean's target is a grade 1..5, so 1 fits every unit.
    const scopeOf = (measure: string) =>
      MEASURE_DEFINITIONS[measure as MeasureKey]?.hasSurveyScope
        ? 'survey:0b9d3c4e-1a2b-4c3d-9e8f-001122334455:dimension:samarbete'
        : 'all';
    const insert = (measure: string, area: string, scope = scopeOf(measure)) =>
      db
        .transaction((c) =>
          c.query(
            `INSERT INTO goals (tenant_id, measure, scope, target, direction, level, area, valid_from, owner_user_id, created_by_user_id, updated_by_user_id)
             VALUES ($1, $2, $5, 1, 'at_least', 'week', $3, '2026-01-01', $4, $4, $4)`,
            [admin.tenant.id, measure, area, admin.user.id, scope],
          ),
        )
        .then(
          () => 'ok',
          (error: { code?: string }) => String(error.code),
        );
    for (const measure of MEASURES) {
      expect(await insert(measure, 'accessible'), measure).toBe('ok');
      const expected = CAPACITY_MEASURES.includes(measure) ? '23514' : 'ok';
      expect(await insert(measure, 'pleasant'), measure).toBe(expected);
    }
    expect(await insert('talkSeconds', 'accessible')).toBe('23514');
    // A survey measure only on a survey scope, and a survey scope only on a survey measure.
    expect(await insert('survey_index', 'pleasant', 'all')).toBe('23514');
    expect(await insert('availability', 'accessible', scopeOf('survey_index'))).toBe('23514');
  });
});

describe('GET /api/goals/status', () => {
  it('judges each valid goal on its period so far: met, missed, not enough data (hand-worked)', async () => {
    const manager = await signedInAs(server, ['manager']);
    const t = manager.tenant.id;
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    // Week 2026-W11 through Wednesday 11 March: 10 of 20 on Monday (300 s of wait), 95 of 100 on Tuesday (3,500 s).
    await rollup(t, '2026-03-09', 20, 10, 300);
    await rollup(t, '2026-03-10', 100, 95, 3500);
    await rollup(t, '2026-03-12', 100, 0, 0); // Thursday: after the day asked about.
    const unit = await createUnit(db, t, { name: 'Kontaktcenter' });
    const topic = await createTopic(db, t, { ownerUnitId: unit.id });
    for (const resolution of ['resolved_self', 'resolved_self', 'forwarded'] as const) {
      await createContact(db, t, {
        loggedByUserId: guide.user.id,
        topic,
        resolution,
        ...(resolution === 'forwarded'
          ? { forwardedToUnitId: unit.id, forwardDone: 'Sökte', forwardExpected: 'Ring upp' }
          : {}),
        startedAt: new Date('2026-03-02T09:00:00Z'),
        createdAt: new Date('2026-03-02T09:05:00Z'),
      });
    }
    const post = async (body: Record<string, unknown>) => {
      const res = await request(manager, 'POST', '/api/goals', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<Goal>().id;
    };
    const met = await post(availabilityGoal);
    const missed = await post({ ...availabilityGoal, measure: 'meanQueueSeconds', target: 30 });
    const quietDay = await post({ ...availabilityGoal, level: 'day', target: 0.9 });
    const fewContacts = await post({
      measure: 'first_contact_resolution',
      target: 0.6,
      level: 'month',
      area: 'trustworthy',
      validFrom: '2026-01-01',
    });
    const enoughContacts = await post({
      measure: 'first_contact_resolution',
      target: 0.6,
      level: 'month',
      area: 'trustworthy',
      validFrom: '2026-01-01',
      minimumN: 3,
    });
    await post({ ...availabilityGoal, validFrom: '2026-04-01' }); // not yet valid
    await post({ ...availabilityGoal, validFrom: '2025-01-01', validTo: '2025-12-31' }); // no longer valid

    expect((await request(null, 'GET', '/api/goals/status?day=2026-03-11')).statusCode).toBe(401);
    expect((await request(guide, 'GET', '/api/goals/status?day=11-03-2026')).statusCode).toBe(400);
    const res = await request(guide, 'GET', '/api/goals/status?day=2026-03-11');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      day: string;
      goals: { goal: { id: string }; period: unknown; status: string; value: number | null; n: number }[];
    }>();
    expect(body.day).toBe('2026-03-11');
    const byId = new Map(body.goals.map((g) => [g.goal.id, g]));
    expect(byId.size).toBe(5);
    // 105 / 120 = 0.875 >= 0.85.
    expect(byId.get(met)).toMatchObject({
      status: 'met',
      value: 0.875,
      n: 120,
      period: { key: '2026-W11', from: '2026-03-09', to: '2026-03-15', through: '2026-03-11' },
    });
    // 3,800 s over 105 answered calls = 36.2 s > 30 s.
    expect(byId.get(missed)).toMatchObject({ status: 'missed', n: 105 });
    expect(byId.get(missed)!.value).toBeCloseTo(3800 / 105, 10);
    // Wednesday itself had no calls.
    expect(byId.get(quietDay)).toMatchObject({ status: 'not_enough_data', value: null, n: 0 });
    // March: 2 of 3 contacts resolved at first contact, 0.667 >= 0.6, but 3 < 30 contacts.
    expect(byId.get(fewContacts)).toMatchObject({ status: 'not_enough_data', n: 3 });
    expect(byId.get(fewContacts)!.value).toBeCloseTo(2 / 3, 10);
    expect(byId.get(enoughContacts)).toMatchObject({ status: 'met', n: 3 });

    // Beside the period so far, the last complete period, judged: the day goal on Tuesday 10
    // March (95 / 100 = 0.95 >= 0.9), though Wednesday so far has nothing.
    expect(byId.get(quietDay)).toMatchObject({
      lastComplete: {
        status: 'met',
        value: 0.95,
        n: 100,
        period: { key: '2026-03-10', from: '2026-03-10', to: '2026-03-10', through: '2026-03-10' },
      },
    });
    // The week goal on week 10 (2-8 March), which had no calls: not enough data, not zero.
    expect(byId.get(met)).toMatchObject({
      lastComplete: {
        status: 'not_enough_data',
        value: null,
        n: 0,
        period: { key: '2026-W10', to: '2026-03-08' },
      },
    });
    expect(byId.get(fewContacts)).toMatchObject({ lastComplete: { period: { key: '2026-02' }, n: 0 } });
  });
});

describe('control charts and baselines', () => {
  // Offered calls a day. Baseline A (2–6 February): 100, 110, 90, 100, 100 → X̄ 100, MR̄ 10,
  // limits 100 ± 26.6. Saturday 7 February had 40 calls and Wednesday 11 February is the
  // municipality's own closed day (500 calls): both skipped. Thursday 12 February: 140, beyond
  // A's upper limit. Baseline B (16–20 February, after an improvement): 150, 160, 140, 150, 150 →
  // X̄ 150, limits 150 ± 26.6 from the 16th on. Answered is always offered − 10.
  const OFFERED: [string, number][] = [
    ['2026-02-02', 100],
    ['2026-02-03', 110],
    ['2026-02-04', 90],
    ['2026-02-05', 100],
    ['2026-02-06', 100],
    ['2026-02-07', 40],
    ['2026-02-09', 105],
    ['2026-02-10', 95],
    ['2026-02-11', 500],
    ['2026-02-12', 140],
    ['2026-02-13', 100],
    ['2026-02-16', 150],
    ['2026-02-17', 160],
    ['2026-02-18', 140],
    ['2026-02-19', 150],
    ['2026-02-20', 150],
  ];

  type Chart = {
    kind: string;
    points: {
      day: string;
      value: number | null;
      skipped: string | null;
      baseline: number | null;
      isInBaseline: boolean;
      limits: { centre: number; upper: number; lower: number } | null;
    }[];
    baselines: {
      from: string;
      startDay: string | null;
      reason: string;
      limits: { centre: number; upper: number | null } | null;
    }[];
    signals: { rule: string; side: string; day: string }[];
  };

  async function world() {
    const admin = await signedInAs(server, ['administrator']);
    for (const [day, offered] of OFFERED)
      await rollup(admin.tenant.id, day, offered, offered - 10, offered * 20);
    const closed = await request(admin, 'POST', '/api/telephony/closed-days', {
      day: '2026-02-11',
      reason: 'Flytt',
    });
    expect(closed.statusCode, closed.body).toBe(201);
    return admin;
  }
  const chartOf = async (who: SignedIn, query: string) => {
    const res = await request(who, 'GET', `/api/charts?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Chart>();
  };
  const point = (chart: Chart, day: string) => chart.points.find((p) => p.day === day)!;
  const baselineA = { measure: 'offered', from: '2026-02-02', to: '2026-02-06', reason: 'Utgångsläge' };

  it('GET /api/charts: 401, 403 for a department contact, 400 for an unknown measure or a queue scope on a contact measure', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const unit = await createUnit(db, admin.tenant.id, { name: 'Bygg' });
    const contact = await signedInAs(server, [{ role: 'department_contact', unitId: unit.id }], {
      tenant: admin.tenant,
    });
    const q = 'measure=offered&from=2026-02-02&to=2026-02-20';
    expect((await request(null, 'GET', `/api/charts?${q}`)).statusCode).toBe(401);
    expect((await request(contact, 'GET', `/api/charts?${q}`)).statusCode).toBe(403);
    const unknown = await request(admin, 'GET', '/api/charts?measure=talk&from=2026-02-02&to=2026-02-20');
    expect(unknown.json().errors[0]).toMatchObject({
      pointer: '/querystring/measure',
      code: 'invalid_choice',
    });
    const scoped = await request(
      admin,
      'GET',
      '/api/charts?measure=contacts&scope=queue:0b9d3c4e-1a2b-4c3d-9e8f-001122334455&from=2026-02-02&to=2026-02-20',
    );
    expect(scoped.json().errors[0]).toMatchObject({
      pointer: '/querystring/scope',
      code: 'scope_not_for_measure',
    });
    const reversed = await request(admin, 'GET', '/api/charts?measure=offered&from=2026-02-20&to=2026-02-02');
    expect(reversed.json().errors[0]).toMatchObject({
      pointer: '/querystring/to',
      code: 'date_range_reversed',
    });
  });

  it('POST /api/charts/baselines: 401, 403 for a guide, 400 for a baseline not yet over, 201, 409 for a second start the same day', async () => {
    const admin = await world();
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    expect((await request(null, 'POST', '/api/charts/baselines', baselineA)).statusCode).toBe(401);
    expect((await request(guide, 'POST', '/api/charts/baselines', baselineA)).statusCode).toBe(403);
    // A baseline whose last day has not yet ended (today in Stockholm, or later).
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const future = await request(admin, 'POST', '/api/charts/baselines', {
      ...baselineA,
      from: inDays(-3),
      to: inDays(2),
    });
    expect(future.json().errors[0]).toMatchObject({ pointer: '/body/to', code: 'day_in_future' });
    const noReason = await request(admin, 'POST', '/api/charts/baselines', { ...baselineA, reason: ' ' });
    expect(noReason.json().errors[0]).toMatchObject({ pointer: '/body/reason' });
    const created = await request(admin, 'POST', '/api/charts/baselines', baselineA);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...baselineA, scope: 'all', setBy: { id: admin.user.id } });
    const again = await request(admin, 'POST', '/api/charts/baselines', { ...baselineA, to: '2026-02-05' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'baseline_exists' });
    const list = await request(guide, 'GET', '/api/charts/baselines?measure=offered');
    expect(list.statusCode).toBe(200);
    expect(list.json().baselines).toHaveLength(1);
  });

  it('without a baseline a chart has points and no limits; closed days are skipped', async () => {
    const admin = await world();
    const chart = await chartOf(admin, 'measure=offered&from=2026-02-02&to=2026-02-13');
    expect(chart.kind).toBe('xmr');
    expect(chart.baselines).toEqual([]);
    expect(chart.signals).toEqual([]);
    expect(point(chart, '2026-02-02')).toMatchObject({
      value: 100,
      skipped: null,
      baseline: null,
      limits: null,
    });
    // Saturday and the municipality's own closed day are not plotted, whatever their calls.
    expect(point(chart, '2026-02-07')).toMatchObject({ value: null, skipped: 'closed' });
    expect(point(chart, '2026-02-11')).toMatchObject({ value: null, skipped: 'closed' });
  });

  it('limits come from the baseline only; a new baseline changes them from its start on, and the chart shows where', async () => {
    const admin = await world();
    expect((await request(admin, 'POST', '/api/charts/baselines', baselineA)).statusCode).toBe(201);

    const before = await chartOf(admin, 'measure=offered&from=2026-02-09&to=2026-02-20');
    // The shown days lie after the baseline: its limits are still computed from its own days.
    expect(before.baselines).toHaveLength(1);
    expect(before.baselines[0]!.limits).toMatchObject({ centre: 100, upper: 126.6 });
    expect(point(before, '2026-02-12').limits!.upper).toBeCloseTo(126.6, 10);
    expect(point(before, '2026-02-12').limits!.lower).toBeCloseTo(73.4, 10);
    expect(point(before, '2026-02-09').isInBaseline).toBe(false);
    expect(point(before, '2026-02-11').skipped).toBe('closed');
    const beyond = before.signals.filter((s) => s.rule === 'beyond_limits').map((s) => s.day);
    // Thursday's 140 and every day of the improved week are beyond A's upper limit.
    expect(beyond).toEqual([
      '2026-02-12',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);

    const setB = await request(admin, 'POST', '/api/charts/baselines', {
      measure: 'offered',
      from: '2026-02-16',
      to: '2026-02-20',
      reason: 'Ny rutin för återuppringning',
    });
    expect(setB.statusCode, setB.body).toBe(201);
    const after = await chartOf(admin, 'measure=offered&from=2026-02-02&to=2026-02-20');
    expect(after.baselines.map((b) => [b.from, b.startDay, b.reason, b.limits?.centre])).toEqual([
      ['2026-02-02', '2026-02-02', 'Utgångsläge', 100],
      ['2026-02-16', '2026-02-16', 'Ny rutin för återuppringning', 150],
    ]);
    // Before the new baseline's start nothing changed: the 12th keeps A's limits and its signal.
    expect(point(after, '2026-02-12')).toMatchObject({ baseline: 0 });
    expect(point(after, '2026-02-12').limits!.upper).toBeCloseTo(126.6, 10);
    expect(point(after, '2026-02-16')).toMatchObject({ baseline: 1, isInBaseline: true });
    expect(point(after, '2026-02-16').limits!.upper).toBeCloseTo(176.6, 10);
    expect(after.signals.filter((s) => s.rule === 'beyond_limits').map((s) => s.day)).toEqual(['2026-02-12']);
  });

  it('a share gets a p-chart whose limits follow each day’s number of calls', async () => {
    const admin = await world();
    expect(
      (await request(admin, 'POST', '/api/charts/baselines', { ...baselineA, measure: 'availability' }))
        .statusCode,
    ).toBe(201);
    const chart = await chartOf(admin, 'measure=availability&from=2026-02-02&to=2026-02-06');
    expect(chart.kind).toBe('p');
    // p̄ = 450 / 500 = 0.9; on the 2nd (n = 100) the upper limit is 0.9 + 3·√(0.09/100) = 0.99.
    expect(chart.baselines[0]!.limits).toMatchObject({ centre: 0.9, upper: null });
    expect(point(chart, '2026-02-02').limits!.upper).toBeCloseTo(0.99, 10);
    expect(point(chart, '2026-02-03').limits!.upper).toBeCloseTo(0.9 + 3 * Math.sqrt(0.09 / 110), 10);
  });
});

describe('isolation between two municipalities', () => {
  it('B sees, changes and charts nothing of A’s goals and baselines', async () => {
    const a = await signedInAs(server, ['administrator']);
    const b = await signedInAs(server, ['administrator']);
    await rollup(a.tenant.id, '2026-02-02', 100, 90);
    await rollup(a.tenant.id, '2026-02-03', 110, 95);
    const goal = (await request(a, 'POST', '/api/goals', availabilityGoal)).json<Goal>();
    expect(
      (
        await request(a, 'POST', '/api/charts/baselines', {
          measure: 'offered',
          from: '2026-02-02',
          to: '2026-02-03',
          reason: 'A',
        })
      ).statusCode,
    ).toBe(201);
    expect((await request(b, 'GET', '/api/goals?includeArchived=true')).json()).toEqual({ goals: [] });
    expect((await request(b, 'GET', '/api/goals/status?day=2026-03-11')).json().goals).toEqual([]);
    expect((await request(b, 'PATCH', `/api/goals/${goal.id}`, { target: 0.1 })).statusCode).toBe(404);
    expect((await request(b, 'DELETE', `/api/goals/${goal.id}`)).statusCode).toBe(404);
    expect((await request(b, 'GET', '/api/charts/baselines')).json()).toEqual({ baselines: [] });
    const chart = await request(b, 'GET', '/api/charts?measure=offered&from=2026-02-02&to=2026-02-03');
    expect(chart.json()).toMatchObject({ baselines: [], signals: [] });
    // B has no telephony data: its days are not covered, so nothing is plotted.
    expect(chart.json().points.map((p: { value: number | null }) => p.value)).toEqual([null, null]);
    // B's own baseline on the same chart and day does not collide with A's.
    expect(
      (
        await request(b, 'POST', '/api/charts/baselines', {
          measure: 'offered',
          from: '2026-02-02',
          to: '2026-02-03',
          reason: 'B',
        })
      ).statusCode,
    ).toBe(201);
    const aGoal = (await request(a, 'GET', '/api/goals')).json().goals;
    expect(aGoal).toMatchObject([{ id: goal.id, target: 0.85 }]);
  });
});
