import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, isClosedDay } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { rowsOf } from '../../db/rows.js';
import { testServer } from '../../test/server.js';
import { DEMO_GUIDES } from './demo-contacts.js';
import { DEMO_PASSWORD } from './demo-municipality.js';
import { seedDemo } from './seed-demo.js';

const { app, db } = await testServer();

// Two weeks ending yesterday instead of a year (about 4,600 contacts instead of 120,000): the
// database checks every row the same way, and the shapes are tested on a full year in
// core/demo/contact-year.test.ts.
const today = calendarDayOf(new Date());
const period = { from: addDays(today, -14), to: addDays(today, -1) };
const seeded = await seedDemo(db, { contacts: { today, period } });
const tenantId = seeded.tenantId ?? '';

const query = async <Row>(text: ReturnType<typeof sql>) => rowsOf<Row>(await db.orm.execute(text));

async function signIn(email: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  return { status: res.statusCode, cookie: res.cookies.find((c) => c.name === 'lots_session')?.value ?? '' };
}

describe('the demo year of contacts (two weeks of it)', () => {
  it('stores what the step reports, every contact with its revision 1 as the API writes it', async () => {
    const [counts] = await query<{
      contacts: number;
      revisions: number;
      first: number;
      mismatched: number;
    }>(sql`
      SELECT
        (SELECT count(*)::int FROM contacts WHERE tenant_id = ${tenantId}) AS contacts,
        (SELECT count(*)::int FROM contact_revisions WHERE tenant_id = ${tenantId}) AS revisions,
        (SELECT count(*)::int FROM contact_revisions r JOIN contacts c
           ON c.tenant_id = r.tenant_id AND c.id = r.contact_id
         WHERE r.tenant_id = ${tenantId} AND r.revision = 1 AND r.action = 'created' AND r.before IS NULL
           AND r.changed_by_user_id = c.logged_by_user_id AND r.changed_at = c.created_at) AS first,
        (SELECT count(*)::int FROM contact_revisions r JOIN contacts c
           ON c.tenant_id = r.tenant_id AND c.id = r.contact_id
         WHERE r.tenant_id = ${tenantId} AND (
           r.after->>'startedAt' <> to_char(c.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
           OR r.after->>'summary' <> c.summary OR r.after->>'topicId' <> c.topic_id::text
           OR (r.after->>'isFailureDemand')::boolean <> c.is_failure_demand)) AS mismatched`);
    expect(seeded.contacts?.contacts).toBeGreaterThan(2500);
    expect(counts).toEqual({
      contacts: seeded.contacts?.contacts,
      revisions: seeded.contacts?.contacts,
      first: seeded.contacts?.contacts,
      mismatched: 0,
    });
  });

  it('falls within the period, with no phone call or visit on a closed day', async () => {
    const days = await query<{ day: string; staffed: number; all: number }>(sql`
      SELECT to_char(started_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day,
        count(*) FILTER (WHERE channel IN ('phone', 'visit'))::int AS staffed, count(*)::int AS all
      FROM contacts WHERE tenant_id = ${tenantId} GROUP BY 1 ORDER BY 1`);
    expect(days[0]!.day >= period.from).toBe(true);
    expect(days.at(-1)!.day <= period.to).toBe(true);
    for (const d of days) {
      if (isClosedDay(d.day)) expect(d.staffed, d.day).toBe(0);
      else expect(d.staffed, d.day).toBeGreaterThan(0);
    }
  });

  it('adds thirteen guides to the published one; visits are logged by the service office', async () => {
    const guides = await query<{ email: string; contacts: number; visits: number }>(sql`
      SELECT u.email, count(c.id)::int AS contacts, count(c.id) FILTER (WHERE c.channel = 'visit')::int AS visits
      FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id AND r.role = 'guide'
      LEFT JOIN contacts c ON c.tenant_id = u.tenant_id AND c.logged_by_user_id = u.id
      WHERE u.tenant_id = ${tenantId} GROUP BY u.email ORDER BY u.email`);
    expect(guides).toHaveLength(14);
    const office = new Set(DEMO_GUIDES.filter((g) => g.team === 'office').map((g) => g.email));
    for (const g of guides) {
      expect(g.contacts, g.email).toBeGreaterThan(0);
      if (!office.has(g.email)) expect(g.visits, g.email).toBe(0);
    }
  });

  it('the added guides cannot sign in with the demo password; the published guide can', async () => {
    expect((await signIn(DEMO_GUIDES[0]!.email)).status).toBe(401);
    expect((await signIn('vagledare@jarfalla.example')).status).toBe(200);
  });

  it('the manager reads the contacts and a contact’s trail through the API', async () => {
    const { cookie } = await signIn('chef@jarfalla.example');
    const list = await app.inject({
      method: 'GET',
      url: '/api/contacts?limit=5',
      cookies: { lots_session: cookie },
    });
    expect(list.statusCode, list.body).toBe(200);
    const first = list.json().contacts[0];
    expect(calendarDayOf(new Date(first.startedAt)) <= period.to).toBe(true);
    const trail = await app.inject({
      method: 'GET',
      url: `/api/contacts/${first.id}/revisions`,
      cookies: { lots_session: cookie },
    });
    expect(trail.statusCode, trail.body).toBe(200);
    const [revision] = trail.json().revisions;
    expect(revision).toMatchObject({ revision: 1, action: 'created', before: null });
    expect(revision.after).toMatchObject({
      channel: first.channel,
      startedAt: first.startedAt,
      summary: first.summary,
      resolution: first.resolution,
    });
  });
});

describe('the demo telephony of those two weeks', () => {
  it('two queues in the group Kundtjänst, calls on open days only, about two answered calls per logged phone call', async () => {
    const queues = await query<{ name: string; label: string; group_name: string }>(sql`
      SELECT q.name, q.label, g.name AS group_name FROM queues q JOIN queue_groups g
        ON g.tenant_id = q.tenant_id AND g.id = q.group_id WHERE q.tenant_id = ${tenantId} ORDER BY q.name`);
    expect(queues).toEqual([
      { name: 'kundtjanst', label: 'Kundtjänst', group_name: 'Kundtjänst' },
      { name: 'kundtjanst-overflow', label: 'Kundtjänst, överflöde', group_name: 'Kundtjänst' },
    ]);
    const days = await query<{ day: string; offered: number; answered: number; phone: number }>(sql`
      SELECT r.day::text AS day, r.offered, r.answered,
        (SELECT count(*)::int FROM contacts c WHERE c.tenant_id = r.tenant_id AND c.channel = 'phone'
          AND (c.started_at AT TIME ZONE 'Europe/Stockholm')::date = r.day) AS phone
        FROM call_day_rollups r WHERE r.tenant_id = ${tenantId} AND r.scope = 'group' ORDER BY r.day`);
    expect(days.length).toBeGreaterThan(5);
    for (const d of days) {
      expect(isClosedDay(d.day), d.day).toBe(false);
      // core/demo/call-year.ts: answered = round(logged phone contacts / 0.5).
      expect(d.answered, d.day).toBe(Math.round(d.phone / 0.5));
      expect(d.offered).toBeGreaterThan(d.answered);
    }
    expect(seeded.telephony?.calls).toBeGreaterThan(0);
  });

  it('visitors counted on open days, and every e-mail contact says when the e-mail came in', async () => {
    const [counts] = await query<{ visitor_days: number; received: number; email_contacts: number }>(sql`
      SELECT (SELECT count(*)::int FROM visitor_counts WHERE tenant_id = ${tenantId}) AS visitor_days,
             (SELECT count(*)::int FROM contacts WHERE tenant_id = ${tenantId} AND received_at IS NOT NULL
                AND received_at <= started_at) AS received,
             (SELECT count(*)::int FROM contacts WHERE tenant_id = ${tenantId} AND channel = 'email') AS email_contacts`);
    expect(counts?.visitor_days).toBeGreaterThan(5);
    expect(counts?.email_contacts).toBeGreaterThan(0);
    expect(counts?.received).toBe(counts?.email_contacts);
  });
});
