/**
 * Benchmark: bulk intake of contacts over loopback (POST /api/contacts/bulk with a 5,000-row JSON
 * batch, POST /api/contacts/bulk.csv with a 50,000-line file), on the embedded database and, with
 * BENCH_DATABASE_URL, on the PostgreSQL server. Not a test; prints figures.
 *
 *   npm run bench:bulk
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lots_bench npm run bench:bulk
 *
 * Each import goes through everything a real one does: HTTP, access check, parsing, every row
 * checked against the catalogue and the contacts already imported, masking, one transaction with
 * the contacts and their revisions. The reference is the same rows written by a plain
 * INSERT ... SELECT FROM unnest(...) of contacts and revisions straight into the same engine
 * (no HTTP, no checks): the floor the import is measured against, printed as a ratio.
 * The server runs in a child process; BENCH_JSON_ROWS and BENCH_CSV_ROWS change the sizes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openEmbedded, openServer, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createTenant, createTopic, createUnit, createUser } from '../src/test/factories.js';

interface Target {
  port: number;
  cookie: string;
  csrfToken: string;
  topicId: string;
  database: string;
}

const JSON_ROWS = Number(process.env['BENCH_JSON_ROWS'] ?? 5_000);
const CSV_ROWS = Number(process.env['BENCH_CSV_ROWS'] ?? 50_000);
const SUMMARY = 'Frågade om fakturans förfallodag och fick svar direkt.';

function startServer(databaseUrl: string | undefined): Promise<{ child: ChildProcess; target: Target }> {
  const script = fileURLToPath(new URL('./support/intake-server.ts', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env['BENCH_DATABASE_URL'];
  if (databaseUrl) env['BENCH_DATABASE_URL'] = databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve({ child, target: JSON.parse(line) as Target }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** One request without a client-side time limit (a 50,000-line import on a busy machine can take minutes). */
function call(target: Target, method: string, url: string, body: string, contentType: string) {
  const started = performance.now();
  return new Promise<{ ms: number; json: { imported: number; duplicates: number } }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: url,
        method,
        headers: {
          'content-type': contentType,
          'content-length': Buffer.byteLength(body),
          cookie: target.cookie,
          'x-csrf-token': target.csrfToken,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 300) reject(new Error(`${method} ${url}: ${status} ${text.slice(0, 500)}`));
          else
            resolve({
              ms: performance.now() - started,
              json: JSON.parse(text) as { imported: number; duplicates: number },
            });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Start times spread over the past year, a minute apart, in whole seconds. */
const startOf = (i: number) => new Date(Date.UTC(2025, 11, 1) + i * 60_000);

function jsonBatch(target: Target, rows: number): string {
  return JSON.stringify({
    source: 'Bench JSON',
    contacts: Array.from({ length: rows }, (_, i) => ({
      externalId: `J-${i}`,
      channel: 'phone',
      startedAt: startOf(i).toISOString(),
      durationSeconds: 60 + (i % 600),
      need: 'want_to_know',
      topicId: target.topicId,
      resolution: 'resolved_self',
      summary: SUMMARY,
    })),
  });
}

/** A telephony export: Swedish codes, Stockholm local times, M:SS lengths, a column left unread. */
function csvFile(rows: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = ['Samtals-ID;Datum;Tid;Samtalstid;Kanal;Behov;Ämne;Utfall;Anteckning;Agent'];
  for (let i = 0; i < rows; i++) {
    const local = new Date(startOf(i).getTime() + 3_600_000); // winter: +1 h, close enough for data
    const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    // 02:xx on the last Sunday of March does not exist in Stockholm; such a row would be rejected.
    const safeTime = date.endsWith('-03-29') && time.startsWith('02') ? `03${time.slice(2)}` : time;
    lines.push(
      `C-${i};${date};${safeTime};${1 + (i % 9)}:05;Telefon;Fråga;VA-faktura;Löst direkt;${SUMMARY};agent${i % 40}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const MAPPING = {
  name: 'Bench',
  source: 'Bench CSV',
  mapping: {
    columns: {
      externalId: 'Samtals-ID',
      startedAt: 'Datum',
      startTime: 'Tid',
      durationSeconds: 'Samtalstid',
      channel: 'Kanal',
      need: 'Behov',
      topic: 'Ämne',
      resolution: 'Utfall',
      summary: 'Anteckning',
    },
    values: {
      channel: { Telefon: 'phone' },
      need: { Fråga: 'want_to_know' },
      resolution: { 'Löst direkt': 'resolved_self' },
      topic: { 'VA-faktura': 'Vatten och avlopp › Faktura' },
    },
    dateFormat: 'YYYY-MM-DD',
    timeZone: 'Europe/Stockholm',
    durationUnit: 'clock',
  },
};

/** The reference: the same number of contacts and revisions by INSERT ... unnest, as the owner, in one transaction. */
async function reference(db: Database, rows: number): Promise<number> {
  const tenant = await createTenant(db);
  const unit = await createUnit(db, tenant.id, { name: 'Referens' });
  const topic = await createTopic(db, tenant.id, { name: 'Faktura', ownerUnitId: unit.id });
  const user = await createUser(db, tenant.id, { roles: ['administrator'] });
  const ids = Array.from({ length: rows }, () => randomUUID());
  const started = performance.now();
  await db.transaction(async (c) => {
    await c.query(
      `INSERT INTO contacts (tenant_id, id, logged_by_user_id, channel, started_at, duration_seconds, need, topic_id,
                             owner_unit_id, resolution, is_failure_demand, summary, external_source, external_id, external_fingerprint)
       SELECT $1, id, $2, 'phone', started_at, duration_seconds, 'want_to_know', $3, $4, 'resolved_self', false, $5,
              'Referens', external_id, repeat('0', 64)
         FROM unnest($6::uuid[], $7::timestamptz[], $8::int[], $9::text[]) AS r (id, started_at, duration_seconds, external_id)`,
      [
        tenant.id,
        user.id,
        topic.id,
        unit.id,
        SUMMARY,
        ids,
        ids.map((_, i) => startOf(i).toISOString()),
        ids.map((_, i) => 60 + (i % 600)),
        ids.map((_, i) => `R-${i}`),
      ],
    );
    await c.query(
      `INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, action, after)
       SELECT $1, id, 1, $2, 'created', after FROM unnest($3::uuid[], $4::jsonb[]) AS r (id, after)`,
      [
        tenant.id,
        user.id,
        ids,
        ids.map((_, i) =>
          JSON.stringify({ channel: 'phone', startedAt: startOf(i).toISOString(), summary: SUMMARY }),
        ),
      ],
    );
  });
  return performance.now() - started;
}

const rate = (rows: number, ms: number) => (rows / (ms / 1000)).toFixed(0).padStart(7);

async function benchmark(databaseUrl: string | undefined): Promise<void> {
  const { child, target } = await startServer(databaseUrl);
  let results: { label: string; rows: number; ms: number }[];
  try {
    await call(target, 'POST', '/api/contact-mappings', JSON.stringify(MAPPING), 'application/json');
    // Warm-up: JIT, the connection pool, the first pages of the indexes.
    const warm = JSON.parse(jsonBatch(target, 200)) as { contacts: { externalId: string }[] };
    warm.contacts.forEach((c) => (c.externalId = `W-${c.externalId}`));
    await call(
      target,
      'POST',
      '/api/contacts/bulk',
      JSON.stringify({ ...warm, source: 'Warm-up' }),
      'application/json',
    );

    const batch = jsonBatch(target, JSON_ROWS);
    const json = await call(target, 'POST', '/api/contacts/bulk', batch, 'application/json');
    if (json.json.imported !== JSON_ROWS) throw new Error(`JSON: imported ${json.json.imported}`);
    const again = await call(target, 'POST', '/api/contacts/bulk', batch, 'application/json');
    if (again.json.duplicates !== JSON_ROWS)
      throw new Error(`JSON again: ${again.json.duplicates} duplicates`);
    const file = csvFile(CSV_ROWS);
    const preview = await call(
      target,
      'POST',
      '/api/contacts/bulk.csv?mapping=Bench&dryRun=true',
      file,
      'text/csv',
    );
    const csv = await call(target, 'POST', '/api/contacts/bulk.csv?mapping=Bench', file, 'text/csv');
    if (csv.json.imported !== CSV_ROWS) throw new Error(`CSV: imported ${csv.json.imported}`);
    results = [
      { label: `JSON ${JSON_ROWS} rows`, rows: JSON_ROWS, ms: json.ms },
      { label: `JSON ${JSON_ROWS} rows again (all duplicates)`, rows: JSON_ROWS, ms: again.ms },
      { label: `CSV ${CSV_ROWS} lines, dry run`, rows: CSV_ROWS, ms: preview.ms },
      { label: `CSV ${CSV_ROWS} lines`, rows: CSV_ROWS, ms: csv.ms },
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const refDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), 'lots-bench-ref-'));
  const db = refDir
    ? await openEmbedded({ dataDir: refDir })
    : openServer({ connectionString: databaseUrl as string, maxConnections: 2 });
  try {
    await migrate(db);
    const refJson = await reference(db, JSON_ROWS);
    const refCsv = await reference(db, CSV_ROWS);
    for (const r of results) {
      const ref = r.rows === JSON_ROWS && r.label.startsWith('JSON') ? refJson : refCsv;
      console.log(
        `${target.database}: ${r.label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms ${rate(r.rows, r.ms)} rows/s` +
          `   reference INSERT ... unnest ${ref.toFixed(0).padStart(6)} ms ${rate(r.rows, ref)} rows/s   ratio ${(r.ms / ref).toFixed(1)}x`,
      );
    }
  } finally {
    await db.close();
    if (refDir) await rm(refDir, { recursive: true, force: true });
  }
}

console.log(`Bulk intake over loopback, ${new Date().toISOString()}`);
if (process.env['BENCH_EMBEDDED'] !== '0') await benchmark(undefined);
if (process.env['BENCH_DATABASE_URL']) await benchmark(process.env['BENCH_DATABASE_URL']);
