/**
 * Benchmark: surveys (issue #15), on the embedded database by default.
 *
 *   npx tsx bench/surveys.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/surveys.ts
 *
 * 1. Results: a tenant-year of BENCH_SURVEY_ANSWERS answered invitations (default 25,000, the
 *    issue's size; each with the 'Efter kontakten' questions answered, 55 % with a comment) and
 *    the invitations nobody answered (18 % answer, as SKR 2022), spread over a year of contacts'
 *    days, channels, needs and units. Each view the results page asks for (the whole year; a
 *    quarter; the year of one topic of 20; the year per channel, per unit and per month) is timed
 *    15 times after 2 warm-ups: median and 95th percentile, against the issue's 150 ms. The results
 *    read the counts kept at answer time (migration 0022): seeding includes keeping them.
 * 2. Sending: 1,000 contacts with e-mail addresses are decided and their invitations sent through
 *    a local SMTP server (smtp-server on loopback) in one run: the time and the messages received.
 * 3. The answer page: its bytes (HTML and style sheet; it has no JavaScript) as a phone loads it.
 * Not a test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { openEmbedded, openServer, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { withTenantClient } from '../src/db/tenant-context.js';
import { createMailer } from '../src/server/signals/mailer.js';
import { createSurvey, createLink } from '../src/server/surveys/manage-surveys.js';
import { resultsOf, type Breakdown } from '../src/server/surveys/survey-results.js';
import { runSurveys } from '../src/server/surveys/run-surveys.js';
import { buildApp, type AppOptions } from '../src/server/app.js';
import { createTenant, createTopic, createUnit, createUser } from '../src/test/factories.js';
import { startMailServer } from '../src/test/mail-server.js';
import type { Actor } from '../src/core/auth/roles.js';

const ANSWERS = Number(process.env['BENCH_SURVEY_ANSWERS'] ?? 25_000);
const RUNS = 15;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function run(label: string, db: Database): Promise<void> {
  await migrate(db);
  const tenant = await createTenant(db);
  const department = await createUnit(db, tenant.id, { name: 'Samhällsbyggnad' });
  const units = [
    department.id,
    (await createUnit(db, tenant.id, { name: 'Vatten', parentId: department.id })).id,
  ];
  // 20 topics, so that a view of one topic reads a twentieth of the invitations (from their tallies).
  const topics: string[] = [];
  for (let t = 0; t < 20; t += 1) {
    topics.push((await createTopic(db, tenant.id, { name: `Ämne ${t + 1}`, ownerUnitId: units[t % 2]! })).id);
  }
  const topic = { id: topics[0]! };
  const user = await createUser(db, tenant.id, { roles: ['manager'] });
  const actor: Actor = {
    tenantId: tenant.id,
    userId: user.id,
    roles: [{ role: 'manager', unitId: null }],
    isPlatformAdmin: false,
  };
  const survey = await createSurvey({ db, actor, body: { template: 'after_contact' } });
  const today = calendarDayOf(new Date());
  const from = addDays(today, -364);
  const invitations = Math.round(ANSWERS / 0.18);
  const started = performance.now();
  await withTenantClient(db, tenant.id, async (client) => {
    await client.run(
      `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, channel, topic_id,
                                       need, unit_id, resolution, send_at, sent_at, first_answer_at, expires_at)
       SELECT lots_current_tenant(), $1, 1, encode(sha256(('bench' || i)::bytea), 'hex'), 'email',
              $2::date + (i % 365), (ARRAY['phone','email','visit','chat'])[1 + i % 4], ($3::uuid[])[1 + i % 20],
              (ARRAY['want_service','want_to_know','problem','dont_understand'])[1 + i % 4],
              (ARRAY[$4, $5]::uuid[])[1 + i % 2], (ARRAY['resolved_self','resolved_handling','forwarded'])[1 + i % 3],
              now(), now(), CASE WHEN i % 100 < 18 THEN now() END, now() + interval '14 days'
         FROM generate_series(1, $6::int) AS i`,
      [survey.id, from, topics, units[0], units[1], invitations],
    );
    await client.run(
      `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value)
       SELECT lots_current_tenant(), i.id, q.key,
              CASE WHEN q.key = 'comment' THEN to_jsonb('Bra bemötande men lång väntan'::text)
                   ELSE to_jsonb(least(5, 1 + (abs(hashtext(i.id::text || q.key)) % 100) / 20 + (abs(hashtext(i.id::text)) % 2))) END
         FROM survey_invitations i
        CROSS JOIN unnest(ARRAY['overall','answer_time','ease','knowledge','engagement','resolved','comment']) AS q(key)
        WHERE i.first_answer_at IS NOT NULL
          AND (q.key <> 'comment' OR abs(hashtext(i.id::text)) % 100 < 55)`,
    );
  });
  await db.script('ANALYZE');
  const counted = await withTenantClient(db, tenant.id, (c) =>
    c.query<{ answered: number }>(
      'SELECT count(*)::int AS answered FROM survey_invitations WHERE first_answer_at IS NOT NULL',
    ),
  );
  console.log(
    `${label.padEnd(9)} ${invitations.toLocaleString('en')} invitations, ${counted[0]!.answered.toLocaleString('en')} answered; ` +
      `seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const views: [string, { from: string; to: string; topicId?: string }, Breakdown | null][] = [
    ['the year', { from, to: today }, null],
    ['the year, one topic', { from, to: today, topicId: topics[0]! }, null],
    ['a quarter', { from: addDays(today, -90), to: today }, null],
    ['the year per channel', { from, to: today }, 'channel'],
    ['the year per unit', { from, to: today }, 'unit'],
    ['the year per month', { from, to: today }, 'month'],
  ];
  for (const [name, period, by] of views) {
    const view = () =>
      resultsOf({
        db,
        actor,
        id: survey.id,
        filter: {
          from: period.from,
          to: period.to,
          version: null,
          channel: null,
          topicId: period.topicId ?? null,
          need: null,
          unitId: null,
          resolution: null,
        },
        by,
      });
    for (let i = 0; i < 2; i += 1) await view();
    const times: number[] = [];
    let respondents = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      respondents = (await view()).results.respondents;
      times.push(performance.now() - t0);
    }
    const s = stats(times);
    console.log(
      `${label.padEnd(9)} results, ${name.padEnd(22)} ${respondents.toLocaleString('en').padStart(6)} respondents: ` +
        `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; target < 150 ms: ` +
        `${s.p95 < 150 ? 'met' : s.median < 150 ? 'median met, p95 over' : 'OVER'} (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
  }

  // Sending 1,000 invitations through SMTP on loopback.
  const mail = await startMailServer();
  const mailer = createMailer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' })!;
  try {
    const sending = await createSurvey({ db, actor, body: { template: 'skr_email' } });
    await withTenantClient(db, tenant.id, async (client) => {
      await client.run(
        `UPDATE surveys SET status = 'active', rules = jsonb_set(jsonb_set(jsonb_set(rules, '{delayMinutes}', '0'),
           '{windows,email}', '{"fromMinute":0,"toMinute":1440,"days":"every_day"}'), '{channels}', '["email"]')
         WHERE id = $1`,
        [sending.id],
      );
      await client.run(
        `WITH c AS (
           INSERT INTO contacts (tenant_id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id,
                                 owner_unit_id, resolution, is_failure_demand)
           SELECT lots_current_tenant(), $1, 'email', date_trunc('milliseconds', now() - interval '1 hour' - make_interval(secs => i)), 60,
                  'want_to_know', $2, $3, 'resolved_self', false
             FROM generate_series(1, 1000) AS i
           RETURNING id)
         INSERT INTO contact_survey_addresses (tenant_id, contact_id, medium, address, given_by_user_id)
         SELECT lots_current_tenant(), id, 'email', 'invanare' || row_number() OVER () || '@example.se', $1 FROM c`,
        [user.id, topic.id, units[1]],
      );
    });
    const t0 = performance.now();
    const [result] = await runSurveys({
      db,
      mailer,
      publicUrl: 'https://lots.example.se',
      tenantId: tenant.id,
    });
    const ms = performance.now() - t0;
    console.log(
      `${label.padEnd(9)} 1,000 addresses decided and e-mailed in ${(ms / 1000).toFixed(2)} s ` +
        `(${result?.planned?.invited} invited, ${result?.sent?.sent} sent, ${mail.received.length} received by the SMTP server; ` +
        `${(ms / 1000).toFixed(2)} ms per invitation; load ${os.loadavg()[0]!.toFixed(2)})`,
    );
  } finally {
    mailer.close();
    await mail.close();
  }

  // The answer page as a phone loads it.
  const { token } = await createLink({ db, actor, id: survey.id, contactId: null });
  const app = await buildApp({ db, config: benchConfig(), logger: false });
  try {
    const page = await app.inject({ method: 'GET', url: `/e/${token}` });
    const css = await app.inject({ method: 'GET', url: '/e/answer.css' });
    const scripts = (page.body.match(/<script/g) ?? []).length;
    console.log(
      `${label.padEnd(9)} answer page: HTML ${page.rawPayload.length} bytes, style sheet ${css.rawPayload.length} bytes, ` +
        `${scripts} scripts (target: under 50 kB of JavaScript, or none)`,
    );
  } finally {
    await app.close();
  }
}

function benchConfig(): AppOptions['config'] {
  return {
    trustProxy: false,
    cookieSecure: false,
    loginRateLimit: 1000,
    loginAccountFailureLimit: 1000,
    loginGlobalFailureLimit: 1000,
    webRoot: path.join(os.tmpdir(), 'lots-bench-no-web'),
    chromiumPath: '/usr/bin/chromium',
    smtpUrl: undefined,
    mailFrom: 'Lots <lots@localhost>',
    publicUrl: undefined,
    signalsMinimumN: 30,
  };
}

console.log(`survey benchmark, ${new Date().toISOString()}`);
const url = process.env['BENCH_DATABASE_URL'];
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `lots_bench_surveys_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = openServer({ connectionString: dbUrl.toString() });
  try {
    await run('server', db);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-surveys-'));
  const db = await openEmbedded({ dataDir: dir });
  try {
    await run('embedded', db);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
