/**
 * Issue #14.1: an e-mail contact's "answered within one working day" is judged when the contact
 * is written (contacts.email_working_seconds) and counted per day of receipt by triggers
 * (email_contact_days). On random contacts, through every way a contact is written (logged,
 * imported in bulk, corrected, deleted) and every change the judgement depends on (closed days,
 * working window, limit, time zone), the kept figures equal those computed from the raw contacts
 * with core/telephony/email-response.ts, and the weekly report's daily e-mail figures equal them.
 */
import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { workingClock } from '../../core/telephony/email-response.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';
import { signedInAs, testServer } from '../../test/server.js';
import { readClosedDays } from '../telephony/queries/closed-days.js';
import { readTelephonySettings } from '../telephony/queries/telephony-settings.js';
import { readDayInputs } from './read-day-inputs.js';

const server = await testServer();
const { app, db } = server;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const HOUR = 3_600_000;

/** An e-mail contact that started within the last 20 days, its e-mail received 0-80 hours before. */
function randomEmail(rand: () => number, topicId: string, now: number): Record<string, unknown> {
  const started = now - 60_000 - Math.floor(rand() * 20 * 24 * HOUR);
  const received = started - Math.floor(rand() * 80 * HOUR);
  return contactBody(topicId, {
    channel: 'email',
    startedAt: new Date(started).toISOString(),
    receivedAt: new Date(received).toISOString(),
  });
}

/** Per day of receipt: [received, within], from the raw contacts and from the rollup. */
async function figures(tenantId: string) {
  return withTenantClient(db, tenantId, async (c) => {
    const settings = await readTelephonySettings(c);
    const working = workingClock({
      timeZone: settings.timeZone,
      dayStartMinute: settings.emailDayStartMinute,
      dayEndMinute: settings.emailDayEndMinute,
      extraClosedDays: (await readClosedDays(c)).map((d) => d.day),
    });
    const raw = new Map<string, [number, number]>();
    for (const r of await c.query<{ received_at: Date; started_at: Date }>(
      'SELECT received_at, started_at FROM contacts WHERE received_at IS NOT NULL AND deleted_at IS NULL',
    )) {
      const day = calendarDayOf(new Date(r.received_at), settings.timeZone);
      const entry = raw.get(day) ?? [0, 0];
      entry[0] += 1;
      const seconds = Math.ceil(working(new Date(r.received_at), new Date(r.started_at)) / 1000);
      if (seconds <= settings.emailLimitHours * 3600) entry[1] += 1;
      raw.set(day, entry);
    }
    const kept = new Map<string, [number, number]>();
    for (const r of await c.query<{ day: string; received: number; within: number }>(
      `SELECT day::text AS day, sum(received)::int AS received, sum(within)::int AS within
         FROM email_contact_days GROUP BY day HAVING sum(received) > 0`,
    ))
      kept.set(r.day, [r.received, r.within]);
    const days = [...raw.keys()].sort();
    const inputs = await readDayInputs(c, {
      scopeKind: 'all',
      scopeId: tenantId,
      from: days[0] ?? '2026-01-01',
      to: days[days.length - 1] ?? '2026-01-01',
      settings,
      closedDays: (await readClosedDays(c)).map((d) => d.day),
      now: new Date(),
      sources: new Set(['email']),
    });
    const report = new Map<string, [number, number]>();
    for (const [day, input] of inputs)
      if (input.emailsDue !== undefined) report.set(day, [input.emailsDue, input.emailsWithin ?? 0]);
    const sorted = (m: Map<string, [number, number]>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    return { raw: sorted(raw), kept: sorted(kept), report: sorted(report) };
  });
}

async function expectEqual(tenantId: string, contacts: number) {
  const f = await figures(tenantId);
  expect(f.kept).toEqual(f.raw);
  expect(f.report).toEqual(f.raw);
  expect(f.raw.reduce((n, [, [r]]) => n + r, 0)).toBe(contacts);
  // Not all on one side of the limit: the test would not see a wrong judgement otherwise.
  const within = f.raw.reduce((n, [, [, w]]) => n + w, 0);
  expect(within).toBeGreaterThan(0);
  expect(within).toBeLessThan(contacts);
}

describe('email_contact_days', () => {
  it.each([1, 2])(
    'equals the figures computed from the contacts through every write and setting (seed %i)',
    async (seed) => {
      const rand = random(seed);
      const now = Date.now();
      const world = await contactWorld(server);
      const tenantId = world.guide.tenant.id;
      const admin = await signedInAs(server, ['administrator'], { tenant: world.guide.tenant });

      const ids: string[] = [];
      for (let i = 0; i < 15; i += 1) {
        const res = await postContact(app, world.guide, randomEmail(rand, world.topic.id, now));
        expect(res.statusCode, res.body).toBe(201);
        ids.push(res.json().id);
      }
      await postContact(app, world.guide, contactBody(world.topic.id)); // a phone call: not counted
      const bulk = await app.inject({
        method: 'POST',
        url: '/api/contacts/bulk',
        headers: admin.headers,
        payload: {
          source: 'E-tjänst',
          contacts: Array.from({ length: 60 }, (_, i) => ({
            ...randomEmail(rand, world.topic.id, now),
            externalId: `e${seed}-${i}`,
          })),
        },
      });
      expect(bulk.statusCode, bulk.body).toBe(200);
      await expectEqual(tenantId, 75);

      // Corrections: a new receipt, a new start, and no receipt any more; a deletion.
      const later = new Date(now - 2 * 24 * HOUR);
      for (const [id, payload] of [
        [ids[0], { receivedAt: new Date(now - 9 * 24 * HOUR).toISOString() }],
        [ids[1], { startedAt: later.toISOString() }],
        [ids[2], { receivedAt: null }],
      ] as const) {
        const res = await app.inject({
          method: 'PATCH',
          url: `/api/contacts/${id}`,
          headers: world.guide.headers,
          payload: { ...payload, reason: 'Rättat' },
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      const deleted = await app.inject({
        method: 'DELETE',
        url: `/api/contacts/${ids[3]}`,
        headers: world.guide.headers,
        payload: { reason: 'Dubblett' },
      });
      expect(deleted.statusCode, deleted.body).toBe(204);
      await expectEqual(tenantId, 73);

      // What the judgement depends on: the tenant's closed days, window, limit and time zone.
      const closedDay = calendarDayOf(new Date(now - (3 + Math.floor(rand() * 10)) * 24 * HOUR));
      const closed = await app.inject({
        method: 'POST',
        url: '/api/telephony/closed-days',
        headers: admin.headers,
        payload: { day: closedDay, reason: 'Personaldag' },
      });
      expect(closed.statusCode, closed.body).toBe(201);
      await expectEqual(tenantId, 73);
      for (const change of [
        { emailDayStartMinute: 420, emailDayEndMinute: 960 },
        { emailLimitHours: 4.5 },
        { timeZone: 'America/New_York' },
      ]) {
        const current = await app.inject({
          method: 'GET',
          url: '/api/telephony/settings',
          headers: admin.headers,
        });
        const res = await app.inject({
          method: 'PUT',
          url: '/api/telephony/settings',
          headers: admin.headers,
          payload: { ...current.json<Record<string, unknown>>(), ...change },
        });
        expect(res.statusCode, res.body).toBe(200);
        await expectEqual(tenantId, 73);
      }
    },
  );

  it('a contact without a kept working time (written before migration 0016) is judged by the report', async () => {
    const world = await contactWorld(server);
    const tenantId = world.guide.tenant.id;
    const rand = random(7);
    const now = Date.now();
    for (let i = 0; i < 12; i += 1)
      expect((await postContact(app, world.guide, randomEmail(rand, world.topic.id, now))).statusCode).toBe(
        201,
      );
    const before = await figures(tenantId);
    await withTenantClient(db, tenantId, (c) =>
      c.query(
        `UPDATE contacts SET email_working_seconds = NULL
          WHERE id IN (SELECT id FROM contacts WHERE received_at IS NOT NULL ORDER BY id LIMIT 5)`,
      ),
    );
    const after = await figures(tenantId);
    expect(after.report).toEqual(before.raw);
    expect(after.raw).toEqual(before.raw);
    // The rollup now holds only the 7 others.
    expect(after.kept.reduce((n, [, [r]]) => n + r, 0)).toBe(7);
  });
});
