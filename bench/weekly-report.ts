/**
 * Benchmark: the weekly report for a whole year of one municipality, with many municipalities'
 * data in the same database (issue #4's target: under 100 ms on the PostgreSQL server).
 *
 *   npm run bench:report
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:report
 *
 * The measured municipality is the demo (Järfälla: a year of 120,000 contacts, its calls, visitors
 * and e-mails, as `lots seed-demo` makes it). The others each get a year of queued calls from the
 * same generator (core/demo/call-year.ts) with a seed of their own, imported through the same sink
 * and rollups as a real import. On the server: BENCH_TENANTS municipalities in all (default 50);
 * on the embedded database BENCH_EMBEDDED_TENANTS (default 5: PGlite holds everything in one
 * process's memory). Then buildWeeklyReport (the service behind GET /api/reports/weekly and
 * `lots report weekly`) runs 30 times for the 53 weeks ending last week, after 3 warm-up runs,
 * and the median, 95th percentile and slowest are printed. Not a test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { calendarDayOfNumber } from '../src/core/calendar/local-day.js';
import { addDays } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { callYear } from '../src/core/demo/call-year.js';
import { contactYearPeriod, invoiceSpikeDays } from '../src/core/demo/contact-year.js';
import { formatIsoWeek, isoWeekOfDay } from '../src/core/telephony/iso-week.js';
import { openEmbedded, openServer, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { withTenantClient } from '../src/db/tenant-context.js';
import { seedDemo } from '../src/server/demo/seed-demo.js';
import { buildWeeklyReport } from '../src/server/reports/build-weekly-report.js';
import { CallSink } from '../src/server/telephony/import/call-sink.js';
import { recomputeCallRollups } from '../src/server/telephony/queries/recompute-call-rollups.js';
import { DEFAULT_TELEPHONY_SETTINGS } from '../src/server/telephony/queries/telephony-settings.js';
import { createTenant } from '../src/test/factories.js';

const RUNS = 30;
/** The measured municipality's contacts as a multiple of the demo's year (issue #14: flat at 1x and 4x). */
const SCALE = Number(process.env['BENCH_DEMO_SCALE'] ?? 1);

/** A year of calls for another municipality: phone contacts like the demo's, scaled by `size`. */
async function seedOtherTenant(db: Database, seed: number, size: number): Promise<number> {
  const tenant = await createTenant(db);
  const period = contactYearPeriod(calendarDayOf(new Date()));
  const phone = new Map<string, number>();
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) phone.set(day, Math.round(300 * size * (weekday === 1 ? 1.25 : 1)));
  }
  const calls = callYear({
    seed,
    phoneContactsPerDay: phone,
    queues: ['vaxel', 'vaxel-overflow'],
    peakDays: new Set(invoiceSpikeDays(period.from, period.to).keys()),
  });
  await withTenantClient(db, tenant.id, async (client) => {
    const sink = new CallSink(client, tenant.id, 'asterisk', crypto.randomUUID(), 'Europe/Stockholm');
    for (const call of calls) if (sink.push(call)) await sink.flush();
    await sink.finish();
    if (sink.firstDay !== null && sink.lastDay !== null)
      await recomputeCallRollups(
        client,
        calendarDayOfNumber(sink.firstDay),
        calendarDayOfNumber(sink.lastDay),
        DEFAULT_TELEPHONY_SETTINGS,
      );
  });
  return calls.length;
}

async function run(
  label: string,
  db: Database,
  tenants: number,
  analyze: () => Promise<void>,
): Promise<void> {
  await migrate(db);
  const started = performance.now();
  const demo = await seedDemo(db, { contacts: { total: Math.round(120_000 * SCALE) } });
  let calls = demo.telephony?.calls ?? 0;
  for (let i = 1; i < tenants; i += 1) calls += await seedOtherTenant(db, 1000 + i, 0.6 + (i % 5) * 0.2);
  await analyze();
  console.log(
    `${label.padEnd(10)} ${tenants} municipalities, ${calls.toLocaleString('en')} queued calls, ` +
      `${(demo.contacts?.contacts ?? 0).toLocaleString('en')} contacts of the measured one; seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const lastWeek = isoWeekOfDay(addDays(calendarDayOf(new Date()), -7));
  const firstWeek = isoWeekOfDay(addDays(calendarDayOf(new Date()), -7 * 53));
  const options = {
    db,
    actor: { tenantId: demo.tenantId as string },
    scope: { kind: 'all' as const, id: null },
    from: formatIsoWeek(firstWeek),
    to: formatIsoWeek(lastWeek),
  };
  const time = async () => {
    for (let i = 0; i < 3; i += 1) await buildWeeklyReport(options);
    const times: number[] = [];
    let weeks = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      const report = await buildWeeklyReport(options);
      times.push(performance.now() - t0);
      weeks = report.weeks.length;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
    return { weeks, median: at(0.5), p95: at(0.95), slowest: times[times.length - 1] as number };
  };
  const kept = await time();
  console.log(
    `${label.padEnd(10)} weekly report, ${kept.weeks} weeks (${options.from}..${options.to}), all queues: ` +
      `median ${kept.median.toFixed(1)} ms, p95 ${kept.p95.toFixed(1)} ms, slowest ${kept.slowest.toFixed(1)} ms over ${RUNS} runs (load ${os.loadavg()[0]?.toFixed(2)})`,
  );
  // The same report with the e-mail contacts judged on every request, as before migration 0016
  // (the report still does that for contacts without a kept working time): the ratio shows what
  // keeping the judgement at write time saves, measured in this run.
  await db.script('UPDATE contacts SET email_working_seconds = NULL WHERE received_at IS NOT NULL');
  const judged = await time();
  console.log(
    `${label.padEnd(10)} the same, each e-mail contact judged per request (as before 0016): median ` +
      `${judged.median.toFixed(1)} ms, p95 ${judged.p95.toFixed(1)} ms; kept/judged median ratio ` +
      `${(kept.median / judged.median).toFixed(2)} (load ${os.loadavg()[0]?.toFixed(2)})`,
  );
}

console.log(`weekly report benchmark, ${new Date().toISOString()}`);
const url = process.env['BENCH_DATABASE_URL'];
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `lots_bench_report_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = openServer({ connectionString: dbUrl.toString() });
  try {
    await run('server', db, Number(process.env['BENCH_TENANTS'] ?? 50), async () => {
      // What autovacuum does on a live server after a bulk load.
      await db.script('VACUUM ANALYZE');
    });
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('(set BENCH_DATABASE_URL to a PostgreSQL server to run the server mode)');
}
if (process.env['BENCH_EMBEDDED'] !== '0') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-report-'));
  const db = await openEmbedded({ dataDir });
  try {
    await run('embedded', db, Number(process.env['BENCH_EMBEDDED_TENANTS'] ?? 5), async () => {
      await db.script('VACUUM ANALYZE');
    });
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}
