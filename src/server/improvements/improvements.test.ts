/**
 * The improvement board through the API and its service, on hand-made weeks of contacts with
 * known answers (docs/metrics.md, "Improvements"): the before taken at creation, the after from
 * the first whole week of the change, the verdict.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/roles.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import { createTopic, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { createImprovement, improvementOf, moveImprovement } from './manage-improvements.js';

const server = await testServer();
const { app, db } = server;

const request = (who: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    ...(who ? { headers: who.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

const actorOf = (who: SignedIn): Actor => ({
  tenantId: who.tenant.id,
  userId: who.user.id,
  roles: [{ role: 'manager', unitId: null }],
  isPlatformAdmin: false,
});

/**
 * n contacts on the topic at 10:00 Stockholm time on the day, the first `failureDemand` of them
 * failure demand with the reason; written as the owner.
 */
async function contacts(
  who: SignedIn,
  topic: { id: string; ownerUnitId: string },
  day: string,
  n: number,
  failureDemand: number,
  options: { need?: string; reason?: string; deleted?: boolean } = {},
) {
  const at = new Date(startOfCalendarDay(day).getTime() + 10 * 3_600_000);
  await db.transaction((c) =>
    c.query(
      `INSERT INTO contacts (tenant_id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id,
         owner_unit_id, resolution, is_failure_demand, failure_reason, deleted_at, deleted_reason)
       SELECT $1, $2, 'phone', $3::timestamptz + make_interval(secs => i), 120, $4, $5, $6, 'resolved_self',
              i <= $8, CASE WHEN i <= $8 THEN $9 END,
              CASE WHEN $10 THEN now() END, CASE WHEN $10 THEN 'Dubblett' END
         FROM generate_series(1, $7::int) AS i`,
      [
        who.tenant.id,
        who.user.id,
        at.toISOString(),
        options.need ?? 'dont_understand',
        topic.id,
        topic.ownerUnitId,
        n,
        failureDemand,
        options.reason ?? 'did_not_understand_information',
        options.deleted ?? false,
      ],
    ),
  );
}

async function setting() {
  const manager = await signedInAs(server, ['manager']);
  const tenantId = manager.tenant.id;
  const unit = await createUnit(db, tenantId, { name: 'Samhällsbyggnad' });
  const water = await createTopic(db, tenantId, { name: 'Vatten och avlopp', ownerUnitId: unit.id });
  const invoice = await createTopic(db, tenantId, {
    name: 'Vattenfaktura',
    parentId: water.id,
    ownerUnitId: unit.id,
  });
  const building = await createTopic(db, tenantId, { name: 'Bygglov', ownerUnitId: unit.id });
  return { manager, unit, water, invoice, building };
}

const body = (ownerUnitId: string, topicIds: string[]) => ({
  title: 'Ny vattenfaktura',
  problem: 'Kunderna förstår inte fakturan och ringer efter varje utskick.',
  ownerUnitId,
  targets: { topicIds, needs: [], failureReasons: [] },
});

describe('improvements: creating and the before', () => {
  it('POST /api/improvements: 401, 403 for a guide, 400 with pointers, 201 for a manager; GET for a guide', async () => {
    const { manager, unit, water } = await setting();
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    expect((await request(null, 'POST', '/api/improvements', body(unit.id, [water.id]))).statusCode).toBe(
      401,
    );
    expect((await request(guide, 'POST', '/api/improvements', body(unit.id, [water.id]))).statusCode).toBe(
      403,
    );

    const bad = await request(manager, 'POST', '/api/improvements', {
      ...body(crypto.randomUUID(), []),
      problem: 'Ring 19121212-1212 om fakturan',
      status: 'evaluated',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)).toEqual(
      [
        '/body/targets targets_required',
        '/body/problem contains_personal_data',
        '/body/ownerUnitId unit_unknown',
        '/body/status evaluate_only_when_done',
      ],
    );
    const unknownTopic = await request(
      manager,
      'POST',
      '/api/improvements',
      body(unit.id, [crypto.randomUUID()]),
    );
    expect(unknownTopic.json().errors).toMatchObject([
      { pointer: '/body/targets/topicIds', code: 'topic_unknown' },
    ]);
    const doneWithoutDay = await request(manager, 'POST', '/api/improvements', {
      ...body(unit.id, [water.id]),
      status: 'done',
    });
    expect(doneWithoutDay.json().errors).toMatchObject([
      { pointer: '/body/implementedOn', code: 'implemented_on_required' },
    ]);

    const created = await request(manager, 'POST', '/api/improvements', body(unit.id, [water.id]));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'idea',
      owner: { unitId: unit.id, name: 'Samhällsbyggnad' },
      targets: { topicIds: [water.id], needs: [], failureReasons: [] },
      source: 'board',
      implementedOn: null,
      after: null,
      verdict: null,
    });
    expect(created.json().before.weeks).toHaveLength(12);

    const board = await request(guide, 'GET', '/api/improvements');
    expect(board.statusCode).toBe(200);
    expect(board.json().improvements.map((i: { id: string }) => i.id)).toEqual([created.json().id]);
    const other = await signedInAs(server, ['manager']);
    expect((await request(other, 'GET', '/api/improvements')).json().improvements).toEqual([]);
    expect((await request(other, 'GET', `/api/improvements/${created.json().id}`)).statusCode).toBe(404);
  });

  it('measures the before over the whole weeks before creation: the targeted topic and those below it, not deleted ones', async () => {
    const { manager, unit, water, invoice, building } = await setting();
    // Created Thursday 18 June 2026 with 4 weeks: Mondays 18 May, 25 May, 1 June, 8 June.
    await contacts(manager, invoice, '2026-05-18', 10, 6);
    await contacts(manager, water, '2026-05-20', 4, 0, { need: 'want_to_know' });
    await contacts(manager, invoice, '2026-05-27', 10, 5);
    await contacts(manager, invoice, '2026-06-07', 8, 4); // Sunday: week of 1 June
    await contacts(manager, invoice, '2026-06-10', 10, 7);
    await contacts(manager, invoice, '2026-06-10', 5, 5, { deleted: true });
    await contacts(manager, building, '2026-06-10', 9, 9); // another topic
    await contacts(manager, invoice, '2026-05-17', 9, 9); // Sunday before the first week
    await contacts(manager, invoice, '2026-06-15', 9, 9); // the week of creation
    const created = await createImprovement({
      db,
      actor: actorOf(manager),
      body: { ...body(unit.id, [water.id]), status: 'idea', baselineWeeks: 4 },
      now: new Date('2026-06-18T09:00:00Z'),
    });
    expect(created.improvement.baselineFrom).toBe('2026-05-18');
    expect(created.improvement.baselineTo).toBe('2026-06-14');
    // All contacts: the building ones too, the deleted ones not.
    expect(created.improvement.baselineWeeks).toEqual([
      { week: '2026-05-18', contacts: 14, failureDemand: 6, allContacts: 14 },
      { week: '2026-05-25', contacts: 10, failureDemand: 5, allContacts: 10 },
      { week: '2026-06-01', contacts: 8, failureDemand: 4, allContacts: 8 },
      { week: '2026-06-08', contacts: 10, failureDemand: 7, allContacts: 19 },
    ]);

    // Needs and reasons narrow it: only dont_understand contacts; only failure demand of that reason.
    await contacts(manager, invoice, '2026-06-02', 3, 3, { reason: 'eservice_problem' });
    const narrowed = await createImprovement({
      db,
      actor: actorOf(manager),
      body: {
        ...body(unit.id, []),
        status: 'idea',
        baselineWeeks: 4,
        targets: { topicIds: [], needs: ['dont_understand'], failureReasons: ['eservice_problem'] },
      },
      now: new Date('2026-06-18T09:00:00Z'),
    });
    // Every dont_understand contact of the tenant (the building ones too), failure demand of that reason only.
    expect(narrowed.improvement.baselineWeeks).toEqual([
      { week: '2026-05-18', contacts: 10, failureDemand: 0, allContacts: 14 },
      { week: '2026-05-25', contacts: 10, failureDemand: 0, allContacts: 10 },
      { week: '2026-06-01', contacts: 11, failureDemand: 3, allContacts: 11 },
      { week: '2026-06-08', contacts: 19, failureDemand: 0, allContacts: 19 },
    ]);
  });
});

describe('improvements: the board and the verdict', () => {
  it('moves across the board; done records the day; the after and the verdict follow', async () => {
    const { manager, unit, water, invoice, building } = await setting();
    // Before: 8 weeks (Mondays 6 April .. 25 May 2026) of 40 contacts, 20 failure demand, beside
    // 100 contacts on another topic (the yardstick).
    for (let w = 0; w < 8; w++) {
      await contacts(manager, invoice, addDays('2026-04-06', 7 * w + 1), 40, 20);
      await contacts(manager, building, addDays('2026-04-06', 7 * w + 1), 100, 0, { need: 'want_service' });
    }
    const created = await createImprovement({
      db,
      actor: actorOf(manager),
      body: { ...body(unit.id, [water.id]), status: 'idea', baselineWeeks: 8 },
      now: new Date('2026-06-03T09:00:00Z'),
    });
    const id = created.improvement.id;
    expect(created.improvement.baselineWeeks.map((w) => w.failureDemand)).toEqual([
      20, 20, 20, 20, 20, 20, 20, 20,
    ]);

    const manager2 = manager;
    const toEvaluated = await request(manager2, 'POST', `/api/improvements/${id}/move`, {
      status: 'evaluated',
    });
    expect(toEvaluated.statusCode).toBe(400);
    expect(toEvaluated.json().errors).toMatchObject([
      { pointer: '/body/status', code: 'evaluate_only_when_done' },
    ]);
    const planned = await request(manager2, 'POST', `/api/improvements/${id}/move`, { status: 'planned' });
    expect(planned.json()).toMatchObject({ status: 'planned', implementedOn: null, verdict: null });

    // Done on Wednesday 10 June: the after starts Monday 15 June. Each after week: 40 contacts, 4 failure demand.
    for (let w = 0; w < 9; w++) {
      await contacts(manager, invoice, addDays('2026-06-15', 7 * w + 2), 40, 4);
      await contacts(manager, building, addDays('2026-06-15', 7 * w + 2), 100, 0, { need: 'want_service' });
    }
    await contacts(manager, invoice, '2026-06-10', 40, 40); // the day itself is not in the after
    const done = await moveImprovement({
      db,
      actor: actorOf(manager),
      id,
      body: { status: 'done', implementedOn: '2026-06-10' },
      now: new Date('2026-06-24T09:00:00Z'),
    });
    // Wednesday 24 June: one whole week over (15-21 June).
    expect(done.improvement.implementedOn).toBe('2026-06-10');
    expect(done.after).toEqual({
      from: '2026-06-15',
      to: '2026-06-21',
      weeks: [{ week: '2026-06-15', contacts: 40, failureDemand: 4, allContacts: 140 }],
    });
    // One after week of the 4 needed: no verdict yet. The secondary share of all contacts is
    // there: before 160 / 1,120, after 4 / 140.
    expect(done.verdict?.verdict).toBe('not_enough_data');
    expect(done.verdict?.volume).toMatchObject({
      verdict: 'not_enough_data',
      comparison: 'other_contacts',
      reason: 'too_few_after_weeks',
      afterWeeks: 1,
      comparedWeeks: 8,
      estimate: null,
    });
    expect(done.verdict?.share).toMatchObject({
      verdict: 'improved',
      before: { numerator: 160, denominator: 1120 },
      after: { numerator: 4, denominator: 140 },
    });

    // Nine weeks later (Monday 17 August): 9 after weeks; no contacts a year before, no cycle:
    // compared with the before weeks per other contact. Hand-worked: (36 / 900) / (160 / 800) =
    // 0.2; no week differs from its fit (dispersion 1); var(log) = 1/36 + 1/160 = 0.034028;
    // 17 weeks - 1 - 1 = 15 degrees of freedom, t = 2.131450: 0.2 * exp(+-0.393186).
    const later = await improvementOf({
      db,
      actor: actorOf(manager),
      id,
      now: new Date('2026-08-17T09:00:00Z'),
    });
    expect(later.after?.weeks.map((w) => w.failureDemand)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(later.verdict?.verdict).toBe('improved');
    const estimate = later.verdict!.volume.estimate!;
    expect(later.verdict?.volume.comparison).toBe('other_contacts');
    expect(estimate.ratio).toBeCloseTo(0.2, 10);
    expect(estimate.expected).toBeCloseTo(180, 8);
    expect(estimate.degreesOfFreedom).toBe(15);
    expect(estimate.interval.low).toBeCloseTo(0.13498, 4);
    expect(estimate.interval.high).toBeCloseTo(0.29634, 4);

    // A cycle named (13 weeks from the first after week): the after weeks meet before weeks in
    // their places 0..8 only for 8..12 and 0..3 - compared within the cycle's places.
    const cycled = await request(manager2, 'PATCH', `/api/improvements/${id}`, {
      cycle: { weeks: 13, startsOn: '2026-06-15' },
    });
    expect(cycled.statusCode, cycled.body).toBe(200);
    expect(cycled.json().cycle).toEqual({ weeks: 13, startsOn: '2026-06-15' });
    const withCycle = await improvementOf({
      db,
      actor: actorOf(manager),
      id,
      now: new Date('2026-08-17T09:00:00Z'),
    });
    expect(withCycle.verdict?.volume.comparison).toBe('cycle');
    expect(withCycle.verdict?.volume.estimate?.ratio).toBeCloseTo(0.2, 10);

    // The same weeks a year before logged (15 June .. 16 August 2025, 20 a week): they come
    // first. Pairs of 4 and 20: 36 / 180 = 0.2; var = 1/36 + 1/180; 18 - 9 - 1 = 8 df, t = 2.306004.
    for (let w = 0; w < 9; w++) await contacts(manager, invoice, addDays('2025-06-16', 7 * w + 2), 30, 20);
    const yearAgo = await improvementOf({
      db,
      actor: actorOf(manager),
      id,
      now: new Date('2026-08-17T09:00:00Z'),
    });
    expect(yearAgo.verdict?.volume.comparison).toBe('year_before');
    expect(yearAgo.verdict?.yearBefore?.map((w) => w.week)).toEqual(
      Array.from({ length: 9 }, (_, w) => addDays('2025-06-16', 7 * w)),
    );
    const paired = yearAgo.verdict!.volume.estimate!;
    expect(paired.ratio).toBeCloseTo(0.2, 10);
    expect(paired.degreesOfFreedom).toBe(8);
    const half = 2.306004 * Math.sqrt(1 / 36 + 1 / 180);
    expect(paired.interval.low).toBeCloseTo(0.2 * Math.exp(-half), 4);
    expect(paired.interval.high).toBeCloseTo(0.2 * Math.exp(half), 4);
    // Removing the cycle: null.
    const uncycled = await request(manager2, 'PATCH', `/api/improvements/${id}`, { cycle: null });
    expect(uncycled.json().cycle).toBeNull();

    const evaluated = await request(manager2, 'POST', `/api/improvements/${id}/move`, {
      status: 'evaluated',
    });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', implementedOn: '2026-06-10' });
    // Back to in progress: the change is no longer in effect.
    const back = await request(manager2, 'POST', `/api/improvements/${id}/move`, { status: 'in_progress' });
    expect(back.json()).toMatchObject({
      status: 'in_progress',
      implementedOn: null,
      after: null,
      verdict: null,
    });
    const dayOnMove = await request(manager2, 'POST', `/api/improvements/${id}/move`, {
      status: 'planned',
      implementedOn: '2026-06-10',
    });
    expect(dayOnMove.json().errors).toMatchObject([
      { pointer: '/body/implementedOn', code: 'implemented_on_only_when_done' },
    ]);

    const audit = await db.transaction((c) =>
      c.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, action`,
        [id],
      ),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'improvement.created',
      'improvement.moved',
      'improvement.moved',
      'improvement.updated',
      'improvement.updated',
      'improvement.moved',
      'improvement.moved',
    ]);
  });

  it('PATCH changes texts, due date and owner; refuses personal data; 404 for another municipality', async () => {
    const { manager, unit, water } = await setting();
    const created = (await request(manager, 'POST', '/api/improvements', body(unit.id, [water.id]))).json();
    const changed = await request(manager, 'PATCH', `/api/improvements/${created.id}`, {
      notes: 'Texten testad med fem invånare.',
      dueOn: '2026-09-30',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ notes: 'Texten testad med fem invånare.', dueOn: '2026-09-30' });
    const personal = await request(manager, 'PATCH', `/api/improvements/${created.id}`, {
      notes: 'Kontakta anna.andersson@example.com',
    });
    expect(personal.json().errors).toMatchObject([
      { pointer: '/body/notes', code: 'contains_personal_data' },
    ]);
    const notDone = await request(manager, 'PATCH', `/api/improvements/${created.id}`, {
      implementedOn: '2026-06-01',
    });
    expect(notDone.json().errors).toMatchObject([
      { pointer: '/body/implementedOn', code: 'implemented_on_only_when_done' },
    ]);
    expect((await request(manager, 'PATCH', `/api/improvements/${created.id}`, {})).statusCode).toBe(400);
    const other = await signedInAs(server, ['manager']);
    expect(
      (await request(other, 'PATCH', `/api/improvements/${created.id}`, { notes: 'x' })).statusCode,
    ).toBe(404);
  });
});
