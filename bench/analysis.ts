/**
 * Benchmark: the Analys area (issue #5). Its targets: with the demo year (about 120,000 contacts)
 * and 50 municipalities of that size on the PostgreSQL server, each analysis answers in under
 * 150 ms server-side; the Analys page is usable (charts drawn) within 1.5 s of navigation in
 * headless Chromium; the JavaScript of the first load stays under 350 kB gzip. Not a test: it
 * prints the figures.
 *
 *   npm run bench:analysis
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:analysis
 *
 * Server (with BENCH_DATABASE_URL, a superuser that may create databases): a fresh database with
 * the demo municipality (`lots seed-demo`: a year of contacts, its telephony) and BENCH_TENANTS-1
 * (default 49) copies of it made in SQL (bench/support/analysis-tenants.ts: ids remapped, same
 * tables and indexes). The contacts then lie municipality by municipality ("by tenant"); the
 * analyses are timed, the table is rewritten in logging order across all municipalities, as live
 * logging lays it out ("by time"), and timed again. Each analysis is the service behind its route
 * (src/server/analysis/build-analysis.ts), called for the demo's manager over the whole demo year
 * and once more filtered (channel phone, the largest department but the contact centre): 3
 * warm-up runs, then 30 timed; the unfiltered one also through app.inject (HTTP without the
 * network: access check, validation, serialisation). Then the embedded database (PGlite) with the
 * demo only, the same way (BENCH_EMBEDDED=0 skips it).
 *
 * After each timing, the scans behind "when", "why" and "trend" are run once under EXPLAIN
 * (ANALYZE, BUFFERS), with the server's JIT setting and with jit = off, to show where the time
 * goes (bench/support/analysis-explain.ts).
 *
 * Page: the web app is built by vite into a temporary folder (BENCH_WEB_ROOT uses a build), served
 * by the app in-process on the last database state of each mode, and each Analys sub-page (the
 * default period) opened BENCH_PAGE_RUNS times (default 10) by the demo manager in headless
 * Chromium (LOTS_CHROMIUM, default /usr/bin/chromium), 1280×900, each time in a fresh browser
 * context (empty cache, session cookie only), and then once more in that context (the scripts
 * from the HTTP cache, as on every visit but the first: the assets are immutable). Two times from navigation start: the first screen
 * usable (no "Laddar" left and its charts painted, the first chart in any case: charts below are
 * drawn when they near the screen or the browser is idle), and every chart of the page painted
 * without scrolling (bench/support/analysis-page.ts). BENCH_PAGE=0 skips it.
 *
 * Bundle: the entry script and modulepreload links of index.html, each gzipped (zlib level 9 and
 * the default 6), summed; and the scripts the browser fetched besides them on the Analys pages.
 *
 * Also: BENCH_TENANTS (default 50), BENCH_LAYOUT=tenant|time (default both), BENCH_RUNS (default
 * 30, for a quick try), BENCH_KEEP_DATABASE=1 (the server database is left for a closer look),
 * BENCH_DATABASE_NAME=<a kept database> (measured again as it lies, after any new migrations).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { AnalysisFilters } from '../src/core/analysis/types.js';
import type { Actor } from '../src/core/auth/roles.js';
import { addDays } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { contactYearPeriod } from '../src/core/demo/contact-year.js';
import { openEmbedded, openServer, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { withTenantClient } from '../src/db/tenant-context.js';
import {
  analyseChange,
  analyseFixFirst,
  analyseOutcome,
  analyseTrend,
  analyseWhen,
  analyseWho,
  analyseWhy,
  departmentReport,
} from '../src/server/analysis/build-analysis.js';
import { buildApp } from '../src/server/app.js';
import { tallyCacheOf } from '../src/server/analysis/tally-cache.js';
import { loadConfig } from '../src/server/config.js';
import { CONTACT_CENTRE_UNITS } from '../src/server/demo/demo-contacts.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/server/demo/demo-municipality.js';
import { seedDemo } from '../src/server/demo/seed-demo.js';
import {
  buildWeb,
  firstLoadScripts,
  gzipSizes,
  measurePages,
  type PageRun,
  type PageSpec,
  type WebBuild,
  VIEWPORT,
} from './support/analysis-page.js';
import { explainScans } from './support/analysis-explain.js';
import { copyTenants, relayoutByTime, withoutIndexes } from './support/analysis-tenants.js';

const WARMUPS = 3;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const LIMIT_MS = 150;
const PAGE_RUNS = Number(process.env['BENCH_PAGE_RUNS'] ?? 10);
const PAGE_LIMIT_MS = 1500;
/** kB = 1,000 bytes. */
const BUNDLE_LIMIT_BYTES = 350_000;

const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const n = (x: number) => x.toLocaleString('en');
const ms1 = (x: number) => x.toFixed(1);

interface Stats {
  median: number;
  p95: number;
  max: number;
}

/** As bench/weekly-report.ts: the value at rank floor(q·n) of the sorted times. */
function statsOf(times: readonly number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

/** `before` runs ahead of each run, outside its time. */
async function timed(
  fn: () => Promise<unknown>,
  before?: () => Promise<unknown> | void,
): Promise<{ stats: Stats; last: unknown }> {
  for (let i = 0; i < WARMUPS; i += 1) {
    await before?.();
    await fn();
  }
  const times: number[] = [];
  let last: unknown;
  for (let i = 0; i < RUNS; i += 1) {
    await before?.();
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  return { stats: statsOf(times), last };
}

/** A table with right-aligned columns but the first ones. */
function table(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < leftColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- the measured municipality

interface Demo {
  tenantId: string;
  actor: Actor;
  manager: { email: string; password: string };
  period: { from: string; to: string };
  department: { id: string; name: string };
}

function managerLogin(): { email: string } {
  const login = DEMO_LOGINS.find((l) => l.role === 'manager');
  if (!login) throw new Error('the demo has no manager login');
  return login;
}
const MANAGER = managerLogin();

async function demoOf(db: Database, tenantId: string): Promise<Demo> {
  return withTenantClient(db, tenantId, async (client) => {
    const [user] = await client.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      MANAGER.email,
    ]);
    if (!user) throw new Error('the demo manager is missing');
    // The department with the most contacts, the contact centre's own units aside.
    const [department] = await client.query<{ id: string; name: string }>(
      `WITH RECURSIVE dept(id, root) AS (
         SELECT id, id FROM units WHERE parent_id IS NULL
         UNION ALL SELECT u.id, d.root FROM units u JOIN dept d ON u.parent_id = d.id)
       SELECT r.id, r.name FROM contacts c JOIN dept d ON d.id = c.owner_unit_id JOIN units r ON r.id = d.root
        WHERE c.deleted_at IS NULL AND r.name <> ALL($1)
        GROUP BY r.id, r.name ORDER BY count(*) DESC LIMIT 1`,
      [[...CONTACT_CENTRE_UNITS]],
    );
    if (!department) throw new Error('the demo has no department with contacts');
    return {
      tenantId,
      actor: {
        tenantId,
        userId: user.id,
        roles: [{ role: 'manager', unitId: null }],
        isPlatformAdmin: false,
      },
      manager: { email: MANAGER.email, password: DEMO_PASSWORD },
      period: contactYearPeriod(calendarDayOf(new Date())),
      department,
    };
  });
}

/** The same calendar days one year earlier, as the page's default base period (29 Feb: the 28th). */
function yearEarlier(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

// ---------------------------------------------------------------- the analyses

interface Case {
  name: string;
  service: (filters: AnalysisFilters) => Promise<unknown>;
  /** The route and its query besides the filters. */
  http: (filters: AnalysisFilters) => string;
}

function casesOf(db: Database, demo: Demo): Case[] {
  const r = (filters: AnalysisFilters) => ({ db, actor: demo.actor, filters });
  const q = (filters: AnalysisFilters, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return params.toString();
  };
  const lastYear = (f: AnalysisFilters) => ({ from: yearEarlier(f.from), to: yearEarlier(f.to) });
  const firstHalf = { from: demo.period.from, to: addDays(demo.period.from, 181) };
  const measure = 'failure_demand_share' as const;
  return [
    {
      name: 'when (month)',
      service: (f) => analyseWhen(r(f), 'month'),
      http: (f) => `/api/analysis/when?${q(f, { interval: 'month' })}`,
    },
    { name: 'who', service: (f) => analyseWho(r(f)), http: (f) => `/api/analysis/who?${q(f)}` },
    {
      name: 'why (month)',
      service: (f) => analyseWhy(r(f), 'month'),
      http: (f) => `/api/analysis/why?${q(f, { interval: 'month' })}`,
    },
    { name: 'outcome', service: (f) => analyseOutcome(r(f)), http: (f) => `/api/analysis/outcome?${q(f)}` },
    {
      name: 'trend (failure demand, month)',
      service: (f) => analyseTrend(r(f), measure, 'month'),
      http: (f) => `/api/analysis/trend?${q(f, { measure, interval: 'month' })}`,
    },
    {
      name: 'change (base: a year earlier)',
      service: (f) => analyseChange(r(f), measure, lastYear(f)),
      http: (f) =>
        `/api/analysis/change?${q(f, { measure, baseFrom: lastYear(f).from, baseTo: lastYear(f).to })}`,
    },
    {
      name: 'change (base: first half year)',
      service: (f) => analyseChange(r(f), measure, firstHalf),
      http: (f) =>
        `/api/analysis/change?${q(f, { measure, baseFrom: firstHalf.from, baseTo: firstHalf.to })}`,
    },
    {
      name: 'fix-first',
      service: (f) => analyseFixFirst(r(f)),
      http: (f) => `/api/analysis/fix-first?${q(f)}`,
    },
    {
      name: 'department report',
      service: (f) => departmentReport(r(f), demo.department.id),
      http: (f) => {
        const { unitId: _unitId, ...rest } = f;
        return `/api/analysis/departments/${demo.department.id}?${q(rest)}`;
      },
    },
  ];
}

interface CaseResult {
  name: string;
  variant: string;
  contacts: number | null;
  /** After a correction to a contact of the period's last month (only that month is counted again). */
  service: Stats;
  /** With no month kept (TallyCache emptied before each run): the first request after a restart. */
  cold: Stats;
  /** Nothing written since the last run: every month from the cache. */
  unchanged: Stats;
  http: Stats | null;
}

interface TimingSection {
  title: string;
  results: CaseResult[];
  /** EXPLAIN ANALYZE of some of the scans (bench/support/analysis-explain.ts). */
  explain: string[];
}

/** A signed-in session on the app for app.inject. */
async function injectSession(app: FastifyInstance, demo: Demo): Promise<string> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: demo.manager.email, password: demo.manager.password },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in via inject: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.find((c) => c.name === 'lots_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

async function timeAnalyses(
  title: string,
  db: Database,
  demo: Demo,
  app: FastifyInstance | null,
): Promise<TimingSection> {
  const variants: { name: string; filters: AnalysisFilters; http: boolean }[] = [
    { name: 'whole year', filters: { ...demo.period }, http: true },
    {
      name: `phone, ${demo.department.name}`,
      filters: { ...demo.period, channel: 'phone', unitId: demo.department.id },
      http: false,
    },
  ];
  const cookie = app ? await injectSession(app, demo) : null;
  const results: CaseResult[] = [];
  // A correction that changes no figure but raises the change counter of the period's last month.
  const [latest] = await withTenantClient(db, demo.tenantId, (client) =>
    client.query<{ id: string }>(
      'SELECT id FROM contacts WHERE deleted_at IS NULL AND started_at < $1::timestamptz ORDER BY started_at DESC LIMIT 1',
      [new Date(`${addDays(demo.period.to, 1)}T00:00:00Z`).toISOString()],
    ),
  );
  if (!latest) throw new Error('the demo has no contact to correct');
  const touch = () =>
    withTenantClient(db, demo.tenantId, (client) =>
      client.query('UPDATE contacts SET duration_seconds = duration_seconds WHERE id = $1', [latest.id]),
    );
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  const loadBefore = load();
  console.log(`\n${title} (load average ${loadBefore})`);
  for (const variant of variants) {
    for (const c of casesOf(db, demo)) {
      // Three states of the months kept in the process (src/server/analysis/tally-cache.ts): none
      // (cold), all but the one written to just before the run (a guide saved a contact), all.
      const cache = tallyCacheOf(db);
      const cold = (
        await timed(
          () => c.service(variant.filters),
          () => cache.clear(),
        )
      ).stats;
      const { stats, last } = await timed(() => c.service(variant.filters), touch);
      const unchanged = (await timed(() => c.service(variant.filters))).stats;
      let http: Stats | null = null;
      if (app && cookie && variant.http) {
        const url = c.http(variant.filters);
        http = (
          await timed(async () => {
            const response = await app.inject({ method: 'GET', url, headers: { cookie } });
            if (response.statusCode !== 200)
              throw new Error(`${url}: ${response.statusCode} ${response.body}`);
            return response;
          }, touch)
        ).stats;
      }
      const total = (last as { total?: unknown; totalFailureDemand?: unknown; contacts?: unknown }) ?? {};
      const contacts =
        typeof total.total === 'number'
          ? total.total
          : typeof total.contacts === 'number'
            ? total.contacts
            : null;
      const result = { name: c.name, variant: variant.name, contacts, service: stats, cold, unchanged, http };
      results.push(result);
      console.log(
        `  ${c.name.padEnd(31)} ${variant.name.padEnd(20).slice(0, 40)} median ${ms1(stats.median).padStart(6)} ms` +
          `  p95 ${ms1(stats.p95).padStart(6)}  max ${ms1(stats.max).padStart(6)}` +
          `  cold median ${ms1(cold.median)} p95 ${ms1(cold.p95)}  unchanged median ${ms1(unchanged.median)}` +
          (http ? `  HTTP median ${ms1(http.median)} p95 ${ms1(http.p95)}` : ''),
      );
    }
  }
  const loadAfter = load();
  let explain: string[];
  try {
    explain = await explainScans(db, demo.tenantId, demo.period, ['when', 'why', 'trend']);
  } catch (error) {
    explain = [`EXPLAIN failed: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const line of explain) console.log(`  ${line}`);
  return { title: `${title} (load average before ${loadBefore}, after ${loadAfter})`, results, explain };
}

function analysisTable(section: TimingSection): string {
  const rows = section.results.map((r) => [
    r.name,
    r.variant,
    r.contacts === null ? '' : n(r.contacts),
    ms1(r.service.median),
    ms1(r.service.p95),
    ms1(r.service.max),
    r.service.p95 < LIMIT_MS && r.service.max < LIMIT_MS
      ? 'yes'
      : r.service.p95 < LIMIT_MS
        ? 'p95 yes, max no'
        : 'NO',
    r.http ? ms1(r.http.median) : '',
    r.http ? ms1(r.http.p95) : '',
    ms1(r.cold.median),
    ms1(r.cold.p95),
    ms1(r.unchanged.median),
  ]);
  return table(
    [
      'analysis',
      'filters',
      'contacts',
      'median ms',
      'p95 ms',
      'max ms',
      `< ${LIMIT_MS} ms`,
      'HTTP med',
      'HTTP p95',
      'cold med',
      'cold p95',
      'unchanged med',
    ],
    rows,
    2,
  );
}

// ---------------------------------------------------------------- the page

function pagesOf(demo: Demo): PageSpec[] {
  return [
    { name: 'När (/analysis)', url: '/analysis' },
    { name: 'Varifrån och vem', url: '/analysis/who' },
    { name: 'Varför', url: '/analysis/why' },
    { name: 'Hur det slutade', url: '/analysis/outcome' },
    { name: 'Trend och förändring', url: '/analysis/trend' },
    { name: 'Åtgärda först', url: '/analysis/fix-first' },
    { name: 'Förvaltningsrapport', url: `/analysis/departments/${demo.department.id}` },
  ];
}

interface PageSection {
  title: string;
  run: PageRun | null;
  error: string | null;
}

async function timePages(
  title: string,
  app: FastifyInstance,
  demo: Demo,
  web: WebBuild,
): Promise<PageSection> {
  console.log(`\n${title}`);
  try {
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const run = await measurePages({
      baseUrl,
      email: demo.manager.email,
      password: demo.manager.password,
      pages: pagesOf(demo),
      runs: PAGE_RUNS,
    });
    console.log(`  signed in through the form in ${ms1(run.signInMs)} ms (${web.note})`);
    for (const t of run.timings) {
      const usable = t.usable.length ? statsOf(t.usable) : null;
      const all = t.all.length ? statsOf(t.all) : null;
      console.log(
        `  ${t.name.padEnd(24)} first screen ${usable ? `median ${usable.median.toFixed(0)} ms, max ${usable.max.toFixed(0)} ms` : 'never drawn'}` +
          `, all charts ${all ? `median ${all.median.toFixed(0)} ms, max ${all.max.toFixed(0)} ms` : 'never drawn'}` +
          ` (${t.usable.length}/${PAGE_RUNS} runs, ${t.firstScreen} of ${t.charts} charts on the first screen)` +
          (t.failures.length ? `\n    failures: ${t.failures.slice(0, 3).join(' | ')}` : ''),
      );
    }
    return { title, run, error: null };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(`  page measurement failed: ${message}`);
    return { title, run: null, error: message.split('\n')[0] ?? message };
  }
}

function pageTable(section: PageSection): string {
  if (!section.run) return `(not measured: ${section.error ?? 'unknown'})`;
  const rows = section.run.timings.map((t) => {
    const usable = t.usable.length ? statsOf(t.usable) : null;
    const all = t.all.length ? statsOf(t.all) : null;
    const api = t.api.length ? statsOf(t.api) : null;
    return [
      t.name,
      `${t.usable.length}/${PAGE_RUNS}`,
      `${t.firstScreen}/${t.charts}`,
      usable ? usable.median.toFixed(0) : '',
      usable ? usable.max.toFixed(0) : '',
      all ? all.median.toFixed(0) : '',
      all ? `${all.max.toFixed(0)}${t.all.length < t.usable.length ? ` (${t.all.length} runs)` : ''}` : '',
      api ? api.median.toFixed(0) : '',
      t.usableCached.length ? statsOf(t.usableCached).median.toFixed(0) : '',
      t.usableCached.length ? statsOf(t.usableCached).max.toFixed(0) : '',
      !usable
        ? 'NO (failed)'
        : t.failures.length
          ? 'NO (failures)'
          : usable.max < PAGE_LIMIT_MS
            ? 'yes'
            : usable.median < PAGE_LIMIT_MS
              ? 'median yes, max no'
              : 'NO',
    ];
  });
  const failures = section.run.timings.flatMap((t) => t.failures.map((f) => `  ${t.name}: ${f}`));
  return (
    table(
      [
        'page (default period)',
        'runs',
        'charts',
        'first screen med',
        'max',
        'all charts med',
        'max',
        'API ms (med)',
        'cached code: first screen med',
        'max',
        `first screen < ${PAGE_LIMIT_MS} ms`,
      ],
      rows,
    ) + (failures.length ? `\nfailures:\n${failures.slice(0, 10).join('\n')}` : '')
  );
}

// ---------------------------------------------------------------- the modes

interface Seeding {
  label: string;
  lines: string[];
}

const sections: TimingSection[] = [];
const pageSections: PageSection[] = [];
const seedings: Seeding[] = [];
const scriptsSeen = new Set<string>();

let web: WebBuild | { error: string } | null = null;
const pagesWanted = process.env['BENCH_PAGE'] !== '0';

async function newApp(db: Database, webRoot: string | null): Promise<FastifyInstance> {
  const config = loadConfig({});
  return buildApp({
    db,
    config: { ...config, ...(webRoot ? { webRoot } : {}), loginRateLimit: 1000 },
    logger: false,
  });
}

async function measureMode(
  label: string,
  db: Database,
  demo: Demo,
  layouts: (() => Promise<string | null>)[],
) {
  const webRoot = web && 'root' in web ? web.root : null;
  for (const [i, layout] of layouts.entries()) {
    const layoutName = await layout();
    const app = await newApp(db, webRoot);
    try {
      sections.push(
        await timeAnalyses(`${label}${layoutName ? `, contacts laid out ${layoutName}` : ''}`, db, demo, app),
      );
      if (i === layouts.length - 1 && pagesWanted && web && 'root' in web) {
        const section = await timePages(
          `${label}${layoutName ? ` (laid out ${layoutName})` : ''}: Analys pages`,
          app,
          demo,
          web,
        );
        for (const file of section.run?.scripts ?? []) scriptsSeen.add(file);
        pageSections.push(section);
      }
    } finally {
      await app.close();
    }
  }
}

console.log(`Analys benchmark (issue #5), ${new Date().toISOString()}, ${os.cpus().length} cores`);
if (pagesWanted) {
  console.log('building the web app ...');
  web = await buildWeb();
  console.log('root' in web ? `  ${web.note}` : `  no web app to measure: ${web.error}`);
}

const url = process.env['BENCH_DATABASE_URL'];
if (url) {
  const tenants = Number(process.env['BENCH_TENANTS'] ?? 50);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // BENCH_DATABASE_NAME: a database kept by an earlier run (BENCH_KEEP_DATABASE=1), measured as
  // it lies after the migrations added since, without seeding.
  const reused = process.env['BENCH_DATABASE_NAME'];
  const name = reused ?? `lots_bench_analysis_${Date.now()}`;
  if (!reused) await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = openServer({ connectionString: dbUrl.toString(), maxConnections: 10 });
  const superuser = new pg.Client({ connectionString: dbUrl.toString() });
  try {
    await superuser.connect();
    const applied = await migrate(db);
    const seeding: Seeding = { label: `server (${name})`, lines: [] };
    seedings.push(seeding);
    const say = (line: string) => {
      seeding.lines.push(line);
      console.log(`  ${line}`);
    };
    const { rows: settings } = await superuser.query<Record<string, string>>(
      `SELECT split_part(version(), ' ', 2) AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('work_mem') AS work_mem, current_setting('jit') AS jit,
              current_setting('max_parallel_workers_per_gather') AS parallel_workers`,
    );
    const setting = settings[0] ?? {};
    say(
      `PostgreSQL ${setting['version']}: shared_buffers ${setting['shared_buffers']}, work_mem ${setting['work_mem']}, ` +
        `jit ${setting['jit']}, max_parallel_workers_per_gather ${setting['parallel_workers']}`,
    );
    if (reused) {
      say(`reused as kept, migrations applied now: ${applied.join(', ') || 'none'}`);
      const t0 = performance.now();
      await superuser.query('VACUUM ANALYZE contacts');
      say(`VACUUM ANALYZE contacts: ${s(performance.now() - t0)}`);
      const [demoTenant] = (
        await superuser.query<{ tenant_id: string }>(
          // The demo was seeded first; the copies came after it.
          `SELECT u.tenant_id FROM users u JOIN tenants t ON t.id = u.tenant_id
            WHERE u.email = $1 ORDER BY t.created_at LIMIT 1`,
          [MANAGER.email],
        )
      ).rows;
      if (!demoTenant) throw new Error(`${name} has no demo municipality`);
      const demo = await demoOf(db, demoTenant.tenant_id);
      await measureMode(`server, ${name} as kept`, db, demo, [() => Promise.resolve(null)]);
    } else {
      console.log(`\nserver: seeding ${tenants} municipalities into ${name}`);
      const started = performance.now();
      const result = await seedDemo(db);
      if (!result.tenantId) throw new Error('demo not created');
      say(
        `demo municipality (seedDemo: units, catalogue, accounts, ${n(result.contacts?.contacts ?? 0)} contacts, ` +
          `${n(result.telephony?.calls ?? 0)} queued calls): ${s(performance.now() - started)}`,
      );
      const demo = await demoOf(db, result.tenantId);
      const copies = Math.max(0, tenants - 1);
      const copyStarted = performance.now();
      let copied = { tenants: 0, contacts: 0, revisions: 0 };
      const rebuild = await withoutIndexes(superuser, ['contacts', 'contact_revisions'], async () => {
        copied = await copyTenants(superuser, demo.tenantId, copies, (done) => {
          if (done % 10 === 0 || done === copies)
            console.log(`    ${done}/${copies} copies, ${s(performance.now() - copyStarted)}`);
        });
      });
      say(
        `${copied.tenants} copies of it in SQL (${n(copied.contacts)} contacts, ${n(copied.revisions)} revisions): ` +
          `${s(performance.now() - copyStarted)}, of which rebuilding the indexes ${s(rebuild)}`,
      );
      const analyze = async () => {
        const t0 = performance.now();
        await superuser.query('VACUUM ANALYZE');
        say(`VACUUM ANALYZE: ${s(performance.now() - t0)}`);
      };
      await analyze();
      const { rows: size } = await superuser.query<{ contacts: string; total: string; count: number }>(
        `SELECT pg_size_pretty(pg_total_relation_size('contacts')) AS contacts,
              pg_size_pretty(pg_database_size(current_database())) AS total,
              (SELECT count(*)::int FROM contacts) AS count`,
      );
      say(
        `${n(size[0]?.count ?? 0)} contacts in ${tenants} municipalities; contacts table with indexes ${size[0]?.contacts}, ` +
          `database ${size[0]?.total}; seeding so far ${s(performance.now() - started)}`,
      );
      const layout = process.env['BENCH_LAYOUT'] ?? 'both';
      const layouts: (() => Promise<string | null>)[] = [];
      if (layout !== 'time') layouts.push(() => Promise.resolve('by tenant'));
      if (layout !== 'tenant')
        layouts.push(async () => {
          console.log('\nserver: rewriting the contacts in logging order across all municipalities');
          const t0 = performance.now();
          const rebuilt = await withoutIndexes(superuser, ['contacts'], () => relayoutByTime(superuser));
          say(
            `rewriting contacts in logging order: ${s(performance.now() - t0)}, of which indexes ${s(rebuilt)}`,
          );
          await analyze();
          return 'by time';
        });
      await measureMode(`server, ${tenants} municipalities`, db, demo, layouts);
    }
  } finally {
    await superuser.end().catch(() => undefined);
    await db.close();
    if (reused || process.env['BENCH_KEEP_DATABASE'] === '1') console.log(`(kept the database ${name})`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('(set BENCH_DATABASE_URL to a PostgreSQL server to run the server mode)');
}

if (process.env['BENCH_EMBEDDED'] !== '0') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-analysis-'));
  const db = await openEmbedded({ dataDir });
  try {
    await migrate(db);
    const seeding: Seeding = { label: 'embedded', lines: [] };
    seedings.push(seeding);
    // BENCH_DEMO_SCALE=4: a municipality with four times the demo's contacts (issue #14.2).
    const scale = Number(process.env['BENCH_DEMO_SCALE'] ?? 1);
    console.log(
      `\nembedded: seeding the demo municipality${scale === 1 ? '' : ` at ${scale} times its contacts`}`,
    );
    const started = performance.now();
    const result = await seedDemo(
      db,
      scale === 1 ? {} : { contacts: { total: Math.round(120_000 * scale) } },
    );
    if (!result.tenantId) throw new Error('demo not created');
    const t0 = performance.now();
    await db.script('VACUUM ANALYZE');
    seeding.lines.push(
      `demo municipality (${n(result.contacts?.contacts ?? 0)} contacts): ${s(t0 - started)}; VACUUM ANALYZE ${s(performance.now() - t0)}`,
    );
    console.log(`  ${seeding.lines[0]}`);
    const demo = await demoOf(db, result.tenantId);
    await measureMode('embedded (PGlite), the demo only', db, demo, [() => Promise.resolve(null)]);
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the bundle and the summary

let bundleText = '(not measured: no web build)';
if (web && 'root' in web) {
  const first = await gzipSizes(web.root, await firstLoadScripts(web.root));
  const firstSet = new Set(first.map((f) => f.file));
  const lazy = await gzipSizes(
    web.root,
    [...scriptsSeen].filter((f) => !firstSet.has(f)),
  );
  const sum = (files: typeof first, key: 'bytes' | 'gzip9' | 'gzip6') =>
    files.reduce((a, f) => a + f[key], 0);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const rows = [
    ...first.map((f) => ['first load', f.file, kb(f.bytes), kb(f.gzip9), kb(f.gzip6)]),
    ['first load', 'TOTAL', kb(sum(first, 'bytes')), kb(sum(first, 'gzip9')), kb(sum(first, 'gzip6'))],
    ...lazy.map((f) => ['lazy, Analys pages', f.file, kb(f.bytes), kb(f.gzip9), kb(f.gzip6)]),
    ...(lazy.length
      ? [
          [
            'lazy, Analys pages',
            'TOTAL',
            kb(sum(lazy, 'bytes')),
            kb(sum(lazy, 'gzip9')),
            kb(sum(lazy, 'gzip6')),
          ],
        ]
      : []),
  ];
  const total9 = sum(first, 'gzip9');
  bundleText =
    `${table(['', 'file', 'raw', 'gzip -9', 'gzip -6'], rows, 2)}\n` +
    `first-load JavaScript ${kb(total9)} gzip (level 9; ${kb(sum(first, 'gzip6'))} at level 6) ` +
    `${total9 < BUNDLE_LIMIT_BYTES ? '<' : '>='} 350 kB (1 kB = 1,000 bytes): ${total9 < BUNDLE_LIMIT_BYTES ? 'yes' : 'NO'}` +
    (scriptsSeen.size === 0 ? '\n(no page was measured, so the lazy chunks are not known)' : '') +
    `\n(${web.note})`;
}

console.log(`\n${'='.repeat(100)}\nSUMMARY\n`);
for (const seeding of seedings)
  console.log(`Seeding, ${seeding.label}:\n${seeding.lines.map((l) => `  ${l}`).join('\n')}\n`);
for (const section of sections) {
  console.log(
    `Analyses, ${section.title}: ${RUNS} runs after ${WARMUPS} warm-ups, ms; "< ${LIMIT_MS} ms" is of p95 and max; ` +
      `HTTP = the same through app.inject; median/p95/max and HTTP: each run after a correction to a contact of the ` +
      `period's last month (that month counted again, the others kept in the process); cold: no month kept (the ` +
      `first request after a restart); unchanged: nothing written since the run before\n${analysisTable(section)}\n` +
      `EXPLAIN (ANALYZE, BUFFERS) of the scan behind some, whole year:\n${section.explain.map((l) => `  ${l}`).join('\n')}\n`,
  );
}
if (!pagesWanted) console.log('Pages: skipped (BENCH_PAGE=0)\n');
else if (web && 'error' in web)
  console.log(`Pages: not measured, the web app did not build:\n${web.error}\n`);
for (const section of pageSections) {
  console.log(
    `Pages, ${section.title}: ms from navigation start until the first screen (${VIEWPORT.width}×${VIEWPORT.height}) is ` +
      `usable (no "Laddar", its charts painted) and until every chart of the page is painted without scrolling; ` +
      `${PAGE_RUNS} runs each, a fresh browser context (empty cache) per run; charts = on the first screen/on the page; ` +
      `"cached code": the same page opened again in that context, its scripts from the HTTP cache\n` +
      `${pageTable(section)}\n`,
  );
}
console.log(`Bundle\n${bundleText}`);
if (web && 'root' in web && !process.env['BENCH_WEB_ROOT'])
  await rm(web.root, { recursive: true, force: true });
