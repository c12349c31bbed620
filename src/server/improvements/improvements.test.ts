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
    expect(created.improvement.baselineWeeks).toEqual([
      { week: '2026-05-18', contacts: 14, failureDemand: 6 },
      { week: '2026-05-25', contacts: 10, failureDemand: 5 },
      { week: '2026-06-01', contacts: 8, failureDemand: 4 },
      { week: '2026-06-08', contacts: 10, failureDemand: 7 },
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
      { week: '2026-05-18', contacts: 10, failureDemand: 0 },
      { week: '2026-05-25', contacts: 10, failureDemand: 0 },
      { week: '2026-06-01', contacts: 11, failureDemand: 3 },
      { week: '2026-06-08', contacts: 19, failureDemand: 0 },
    ]);
  });
});

describe('improvements: the board and the verdict', () => {
  it('moves across the board; done records the day; the after and the verdict follow', async () => {
    const { manager, unit, water, invoice } = await setting();
    // Before: 8 weeks (Mondays 6 April .. 25 May 2026) of 40 contacts, 20 failure demand.
    for (let w = 0; w < 8; w++) await contacts(manager, invoice, addDays('2026-04-06', 7 * w + 1), 40, 20);
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
    for (let w = 0; w < 9; w++) await contacts(manager, invoice, addDays('2026-06-15', 7 * w + 2), 40, 4);
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
      weeks: [{ week: '2026-06-15', contacts: 40, failureDemand: 4 }],
    });
    // Share: before 160/320 = 0.5, after 4/40 = 0.1; the count has 1 of 8 weeks needed.
    expect(done.verdict?.share).toMatchObject({
      verdict: 'improved',
      before: { numerator: 160, denominator: 320, share: 0.5 },
      after: { numerator: 4, denominator: 40, share: 0.1 },
    });
    expect(done.verdict?.share.difference).toBeCloseTo(-0.4, 10);
    expect(done.verdict?.count).toMatchObject({
      verdict: 'not_enough_data',
      beforePoints: 8,
      afterPoints: 1,
    });
    expect(done.verdict?.verdict).toBe('improved');

    // Nine weeks later (Monday 17 August): 9 after weeks, every one far below the before's limits.
    const later = await improvementOf({
      db,
      actor: actorOf(manager),
      id,
      now: new Date('2026-08-17T09:00:00Z'),
    });
    expect(later.after?.weeks.map((w) => w.failureDemand)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    // No variation before (20 every week): the XmR chart has no limits, so the count cannot judge.
    expect(later.verdict?.count).toMatchObject({ verdict: 'not_enough_data', afterPoints: 9 });
    expect(later.verdict?.verdict).toBe('improved');

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
