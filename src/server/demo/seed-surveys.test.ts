import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { rowsOf } from '../../db/rows.js';
import { testServer } from '../../test/server.js';
import { DEMO_PASSWORD } from './demo-municipality.js';
import { seedDemo } from './seed-demo.js';

const { app, db } = await testServer();

// Four weeks ending yesterday (about 9,000 contacts): enough invitations to see the shares; the
// shapes over a year are tested in core/demo/survey-year.test.ts.
const today = calendarDayOf(new Date());
const period = { from: addDays(today, -28), to: addDays(today, -1) };
const seeded = await seedDemo(db, { contacts: { today, period } });
const tenantId = seeded.tenantId ?? '';
const query = async <Row>(text: ReturnType<typeof sql>) => rowsOf<Row>(await db.orm.execute(text));

describe("the demo's citizen surveys", () => {
  it("reports what it stored: three running citizen surveys (the departments' survey apart), their invitations and answers", async () => {
    const [counts] = await query<{
      surveys: number;
      active: number;
      invitations: number;
      answers: number;
    }>(sql`
      WITH citizens AS (SELECT id, status FROM surveys WHERE tenant_id = ${tenantId} AND audience = 'citizens')
      SELECT (SELECT count(*)::int FROM citizens) AS surveys,
             (SELECT count(*)::int FROM citizens WHERE status = 'active') AS active,
             (SELECT count(*)::int FROM survey_invitations i JOIN citizens s ON s.id = i.survey_id
               WHERE i.tenant_id = ${tenantId}) AS invitations,
             (SELECT count(*)::int FROM survey_answers a JOIN survey_invitations i ON i.tenant_id = a.tenant_id AND i.id = a.invitation_id
               JOIN citizens s ON s.id = i.survey_id WHERE a.tenant_id = ${tenantId}) AS answers`);
    expect(counts).toEqual({
      surveys: 3,
      active: 3,
      invitations: seeded.surveys!.invitations,
      answers: seeded.surveys!.answers,
    });
    expect(seeded.surveys!.invitations).toBeGreaterThan(500);
  });

  it('every invitation follows a contact of the demo, with its traits, at most one per contact', async () => {
    const [row] = await query<{ wrong: number; contacts: number; invitations: number }>(sql`
      SELECT count(*) FILTER (WHERE c.id IS NULL OR c.channel <> i.channel OR c.topic_id <> i.topic_id
                                OR c.need <> i.need OR c.resolution <> i.resolution
                                OR c.owner_unit_id <> i.unit_id OR c.local_day <> i.contact_day)::int AS wrong,
             count(DISTINCT i.contact_id)::int AS contacts, count(*)::int AS invitations
        FROM survey_invitations i
        LEFT JOIN contacts c ON c.tenant_id = i.tenant_id AND c.id = i.contact_id
       WHERE i.tenant_id = ${tenantId}`);
    expect(row!.wrong).toBe(0);
    expect(row!.contacts).toBe(row!.invitations);
  });

  it('about 18 % of delivered invitations are answered (within 5 points on a month)', async () => {
    const [row] = await query<{ delivered: number; answered: number }>(sql`
      SELECT count(*) FILTER (WHERE bounced_at IS NULL)::int AS delivered,
             count(*) FILTER (WHERE bounced_at IS NULL AND first_answer_at IS NOT NULL)::int AS answered
        FROM survey_invitations WHERE tenant_id = ${tenantId}`);
    expect(Math.abs(row!.answered / row!.delivered - 0.18)).toBeLessThan(0.05);
  });

  it('no comment keeps a phone number or a personnummer: they are masked as the answer page masks them', async () => {
    const rows = await query<{ value: string }>(sql`
      SELECT value #>> '{}' AS value FROM survey_answers
       WHERE tenant_id = ${tenantId} AND question_key = 'comment'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { value } of rows) {
      expect(value).not.toMatch(/1212-?1212|070-?174/);
    }
  });

  it('the quality developer reads the results through the API', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'utvecklare@jarfalla.example', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'lots_session')?.value ?? '';
    const list = await app.inject({ method: 'GET', url: '/api/surveys', cookies: { lots_session: cookie } });
    const after = list.json().surveys.find((s: { templateKey: string }) => s.templateKey === 'after_contact');
    const res = await app.inject({
      method: 'GET',
      url: `/api/surveys/${after.id}/results?from=${period.from}&to=${period.to}`,
      cookies: { lots_session: cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.results.respondents).toBeGreaterThan(0);
    expect(body.responseRate.delivered).toBeGreaterThan(body.responseRate.answered);
  });
});
