/**
 * Signals through the evaluation, the API and the e-mail (issue #6), on hand-made rollups with
 * known answers: a rule that fires on a chart with a baseline, a goal missed over its week, never
 * on too few calls, acknowledgement, subscription, and the e-mail a local SMTP server receives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../test/factories.js';
import { mailHeader, mailPart, startMailServer } from '../../test/mail-server.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { evaluateSignals, lastCompletePeriod } from './evaluate-signals.js';
import { createMailer } from './mailer.js';
import { runSignals } from './run-signals.js';

const server = await testServer();
const { app, db } = server;

const request = (
  who: SignedIn | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    ...(who ? { headers: who.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

/** One day of all queues' rollup, written as the owner: offered and answered (the rest abandoned). */
async function rollup(tenantId: string, day: string, offered: number, answered: number) {
  await db.transaction((c) =>
    c.query(
      `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key,
         exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds,
         abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within,
         talk_seconds, ring_no_answer)
       VALUES ($1, 'all', $1, $2, $3, $4, $5, 0, 0, 0, 0, 0, $4, 0, 0, 0, 0, 0, 0, 0, $4, 0, 0)`,
      [tenantId, day, offered, answered, offered - answered],
    ),
  );
}

/**
 * Offered calls: baseline 2–6 February 2026 (100, 110, 90, 100, 100 → X̄ 100, MR̄ 10, limits
 * 100 ± 26.6), then Monday 9 February 105, Tuesday 95 and Wednesday 11 February 140: beyond the
 * upper limit. The weekend is closed and skipped.
 */
async function chartWithShift(who: SignedIn) {
  const days: [string, number][] = [
    ['2026-02-02', 100],
    ['2026-02-03', 110],
    ['2026-02-04', 90],
    ['2026-02-05', 100],
    ['2026-02-06', 100],
    ['2026-02-09', 105],
    ['2026-02-10', 95],
    ['2026-02-11', 140],
  ];
  for (const [day, offered] of days) await rollup(who.tenant.id, day, offered, offered - 10);
  const baseline = await request(who, 'POST', '/api/charts/baselines', {
    measure: 'offered',
    from: '2026-02-02',
    to: '2026-02-06',
    reason: 'Utgångsläge',
  });
  expect(baseline.statusCode, baseline.body).toBe(201);
}

const availabilityGoal = {
  measure: 'availability',
  target: 0.85,
  level: 'week',
  area: 'accessible',
  validFrom: '2026-01-01',
};

describe('lastCompletePeriod', () => {
  it('the day’s own period when the day ends it, else the one before', () => {
    expect(lastCompletePeriod('2026-02-15', 'week')).toMatchObject({ period: '2026-W07', to: '2026-02-15' });
    expect(lastCompletePeriod('2026-02-12', 'week')).toMatchObject({ period: '2026-W06', to: '2026-02-08' });
    expect(lastCompletePeriod('2026-03-01', 'month')).toMatchObject({ period: '2026-02', to: '2026-02-28' });
    expect(lastCompletePeriod('2026-02-12', 'day')).toMatchObject({ period: '2026-02-12' });
  });
});

describe('evaluateSignals', () => {
  it('raises a rule signal for the point beyond the limits, once: evaluating again adds nothing', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await chartWithShift(admin);
    const before = await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-10' });
    expect(before).toEqual([]);

    const raised = await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-11' });
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      kind: 'rule',
      measure: 'offered',
      scope: 'all',
      rule: 'beyond_limits',
      goalId: null,
      day: '2026-02-11',
      period: null,
      details: { side: 'above', value: 140, centre: 100 },
      acknowledgedAt: null,
    });
    expect(await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-11' })).toEqual([]);
    // A later day still sees the hit within its week, but it is stored already.
    expect(await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-13' })).toEqual([]);
    const stored = await db.transaction((c) =>
      c.query(`SELECT count(*)::int AS n FROM signals WHERE tenant_id = $1`, [admin.tenant.id]),
    );
    expect(stored).toEqual([{ n: 1 }]);
  });

  it('a missed weekly goal raises one signal for its week, on the week’s last day and never again', async () => {
    const manager = await signedInAs(server, ['manager']);
    // Week 7 (9–15 February): 100 offered a day on three days, half answered → 50 %, n = 300.
    for (const day of ['2026-02-09', '2026-02-10', '2026-02-11'])
      await rollup(manager.tenant.id, day, 100, 50);
    const goal = await request(manager, 'POST', '/api/goals', availabilityGoal);
    expect(goal.statusCode, goal.body).toBe(201);

    // Mid-week the last complete week is week 6, which had no calls: not enough data, no signal.
    expect(await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-12' })).toEqual([]);
    const raised = await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-15' });
    expect(raised).toEqual([
      expect.objectContaining({
        kind: 'goal_missed',
        measure: 'availability',
        rule: null,
        goalId: goal.json().id,
        day: '2026-02-15',
        period: '2026-W07',
        details: expect.objectContaining({ value: 0.5, target: 0.85, n: 300, minimumN: 30 }),
      }),
    ]);
    expect(await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-15' })).toEqual([]);
    expect(await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-16' })).toEqual([]);
  });

  it('a goal missed on too few calls (below its minimum n) raises nothing', async () => {
    const manager = await signedInAs(server, ['manager']);
    // Week 7: 29 calls, 2 answered: far below 85 %, but 29 < 30.
    await rollup(manager.tenant.id, '2026-02-10', 29, 2);
    expect((await request(manager, 'POST', '/api/goals', availabilityGoal)).statusCode).toBe(201);
    expect(await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-15' })).toEqual([]);
    // One more call makes it 30: now it is missed.
    await rollup(manager.tenant.id, '2026-02-11', 1, 0);
    expect(await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-15' })).toHaveLength(1);
  });

  it('a rule on a share raises nothing on a day with fewer calls than the minimum n', async () => {
    const admin = await signedInAs(server, ['administrator']);
    // Availability 90 % on 100 calls a day in the baseline; then 20 calls with 2 answered (10 %).
    for (const day of ['2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05', '2026-02-06'])
      await rollup(admin.tenant.id, day, 100, day === '2026-02-03' ? 85 : 90);
    await rollup(admin.tenant.id, '2026-02-09', 20, 2);
    const baseline = await request(admin, 'POST', '/api/charts/baselines', {
      measure: 'availability',
      from: '2026-02-02',
      to: '2026-02-06',
      reason: 'Utgångsläge',
    });
    expect(baseline.statusCode, baseline.body).toBe(201);
    expect(await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-09' })).toEqual([]);
    const lower = await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-09', minimumN: 20 });
    expect(lower.map((s) => [s.measure, s.rule, s.day])).toEqual([
      ['availability', 'beyond_limits', '2026-02-09'],
    ]);
  });
});

describe('the API', () => {
  it('GET /api/signals: 401, 403 for a department contact, 400 for an unknown status, open ones for a guide', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    const unit = await createUnit(db, admin.tenant.id, { name: 'Bygg' });
    const contact = await signedInAs(server, [{ role: 'department_contact', unitId: unit.id }], {
      tenant: admin.tenant,
    });
    expect((await request(null, 'GET', '/api/signals')).statusCode).toBe(401);
    expect((await request(contact, 'GET', '/api/signals')).statusCode).toBe(403);
    expect((await request(guide, 'GET', '/api/signals?status=closed')).statusCode).toBe(400);
    await chartWithShift(admin);
    await evaluateSignals({ db, tenantId: admin.tenant.id, day: '2026-02-11' });
    const list = await request(guide, 'GET', '/api/signals');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().signals).toEqual([
      expect.objectContaining({
        kind: 'rule',
        measure: 'offered',
        rule: 'beyond_limits',
        acknowledgement: null,
      }),
    ]);
  });

  it('POST /api/signals/:id/acknowledgement: 403 for a guide, 400 for empty text or personal data, 404, 200, then 409; open list empties', async () => {
    const manager = await signedInAs(server, ['manager']);
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    await chartWithShift(manager);
    const [signal] = await evaluateSignals({ db, tenantId: manager.tenant.id, day: '2026-02-11' });
    const url = `/api/signals/${signal!.id}/acknowledgement`;
    const body = { action: 'acted', text: 'Två handläggare sjuka; extra bemanning från Bygg.' };

    expect((await request(null, 'POST', url, body)).statusCode).toBe(401);
    expect((await request(guide, 'POST', url, body)).statusCode).toBe(403);
    const empty = await request(manager, 'POST', url, { action: 'acted', text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([expect.objectContaining({ pointer: '/body/text' })]);
    const badAction = await request(manager, 'POST', url, { ...body, action: 'ignored' });
    expect(badAction.json().errors).toEqual([expect.objectContaining({ pointer: '/body/action' })]);
    const unknown = await request(
      manager,
      'POST',
      '/api/signals/0b9d3c4e-1a2b-4c3d-9e8f-001122334455/acknowledgement',
      body,
    );
    expect(unknown.statusCode).toBe(404);
    const personal = await request(manager, 'POST', url, {
      action: 'acted',
      text: 'Ringde upp 19121212-1212 om ärendet.',
    });
    expect(personal.statusCode).toBe(400);
    expect(personal.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/text', code: 'contains_personal_data' }),
    ]);

    const done = await request(manager, 'POST', url, body);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().acknowledgement).toMatchObject({
      action: 'acted',
      text: body.text,
      by: { id: manager.user.id },
    });
    const again = await request(manager, 'POST', url, { action: 'no_action_needed', text: 'Igen' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'signal_acknowledged' });

    expect((await request(guide, 'GET', '/api/signals')).json().signals).toEqual([]);
    const all = (await request(guide, 'GET', '/api/signals?status=all')).json().signals;
    expect(all).toHaveLength(1);
    expect(all[0].acknowledgement.action).toBe('acted');
    const events = await db.transaction((c) =>
      c.query(`SELECT action, details FROM audit_events WHERE entity_id = $1`, [signal!.id]),
    );
    expect(events).toEqual([{ action: 'signal.acknowledged', details: { action: 'acted' } }]);
  });

  it('subscription: 401, a guide subscribes themself, sees it, and stops', async () => {
    const guide = await signedInAs(server, ['guide']);
    const url = '/api/signals/subscription';
    expect((await request(null, 'PUT', url)).statusCode).toBe(401);
    expect((await request(guide, 'GET', url)).json()).toEqual({ isSubscribed: false, since: null });
    const put = await request(guide, 'PUT', url);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ isSubscribed: true });
    expect((await request(guide, 'PUT', url)).statusCode).toBe(200);
    expect((await request(guide, 'GET', url)).json().isSubscribed).toBe(true);
    expect((await request(guide, 'DELETE', url)).statusCode).toBe(204);
    expect((await request(guide, 'GET', url)).json()).toEqual({ isSubscribed: false, since: null });
  });

  it('POST /api/signals/run: 403 for a guide, 400 for a bad day, 200 with the new signals and an audit event', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    await chartWithShift(admin);
    expect((await request(guide, 'POST', '/api/signals/run', { day: '2026-02-11' })).statusCode).toBe(403);
    const bad = await request(admin, 'POST', '/api/signals/run', { day: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ pointer: '/body/day' })]);
    const run = await request(admin, 'POST', '/api/signals/run', { day: '2026-02-11' });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ day: '2026-02-11', mailed: 0, signals: [{ rule: 'beyond_limits' }] });
    expect((await request(admin, 'POST', '/api/signals/run', { day: '2026-02-11' })).json().signals).toEqual(
      [],
    );
    const events = await db.transaction((c) =>
      c.query(`SELECT action, details FROM audit_events WHERE tenant_id = $1 AND action = 'signals.run'`, [
        admin.tenant.id,
      ]),
    );
    expect(events).toHaveLength(2);
  });
});

describe('tenant isolation', () => {
  it('B sees none of A’s signals, cannot acknowledge them (404), and a run for B raises nothing of A’s', async () => {
    const a = await signedInAs(server, ['administrator']);
    const b = await signedInAs(server, ['administrator']);
    await chartWithShift(a);
    const [signal] = await evaluateSignals({ db, tenantId: a.tenant.id, day: '2026-02-11' });
    expect((await request(b, 'GET', '/api/signals?status=all')).json()).toEqual({ signals: [] });
    const ack = await request(b, 'POST', `/api/signals/${signal!.id}/acknowledgement`, {
      action: 'acted',
      text: 'Inkräktare',
    });
    expect(ack.statusCode).toBe(404);
    expect((await request(b, 'POST', '/api/signals/run', { day: '2026-02-11' })).json().signals).toEqual([]);
  });
});

const mail = await startMailServer();
afterAll(() => mail.close());

describe('the e-mail', () => {
  it('each subscriber gets one e-mail listing the new signals, in their language; none when nothing is new', async () => {
    const manager = await signedInAs(server, ['manager']);
    const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
    await signedInAs(server, ['quality_developer'], { tenant: manager.tenant }); // not subscribed
    await chartWithShift(manager);
    expect((await request(manager, 'PUT', '/api/signals/subscription')).statusCode).toBe(200);
    expect((await request(guide, 'PUT', '/api/signals/subscription')).statusCode).toBe(200);
    await db.transaction((c) =>
      c.query(`UPDATE users SET locale = 'en' WHERE tenant_id = $1 AND id = $2`, [
        manager.tenant.id,
        guide.user.id,
      ]),
    );
    const mailer = createMailer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@test.example>' })!;
    try {
      const [run] = await runSignals({
        db,
        day: '2026-02-11',
        tenantId: manager.tenant.id,
        mailer,
        publicUrl: 'https://lots.test.example',
      });
      expect(run).toMatchObject({ mailed: 2, mailFailures: 0, error: null });

      const toManager = mail.received.filter((m) => m.to.includes(manager.user.email));
      expect(toManager).toHaveLength(1);
      const sv = toManager[0]!;
      expect(sv.from).toBe('lots@test.example');
      expect(mailHeader(sv.raw, 'Subject')).toBe(`Lots: 1 ny signal – ${manager.tenant.name}`);
      const text = mailPart(sv.raw, 'text/plain');
      expect(text).toContain('Erbjudna samtal, 11 februari 2026: en dag utanför styrgränserna (140)');
      expect(text).toContain('https://lots.test.example/');
      expect(mailPart(sv.raw, 'text/html')).toContain('<li>Erbjudna samtal, 11 februari 2026');

      const en = mail.received.find((m) => m.to.includes(guide.user.email))!;
      expect(mailHeader(en.raw, 'Subject')).toBe(`Lots: 1 new signal – ${manager.tenant.name}`);
      expect(mailPart(en.raw, 'text/plain')).toContain(
        'Calls offered, 11 February 2026: a day beyond the control limits',
      );

      // Nothing new: no e-mail.
      const count = mail.received.length;
      await runSignals({ db, day: '2026-02-11', tenantId: manager.tenant.id, mailer });
      expect(mail.received).toHaveLength(count);
    } finally {
      mailer.close();
    }
  });
});
