/**
 * Benchmark: importing a million queued calls from an Asterisk queue_log file (issue #4).
 *
 *   npm run bench:telephony
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:telephony
 *
 * With BENCH_DATABASE_URL (a server where the role may create databases), in a fresh database:
 *   1. Lots' import of the generated file (`importCallFile`, the service behind `lots import
 *      calls` and the upload): reading, parsing, assembling calls, inserting them under
 *      row-level security, and recomputing the day rollups, in one transaction;
 *   2. the reference: the same rows (dumped after the import) COPY'd as CSV into the same, emptied
 *      table by the superuser (COPY FROM STDIN, which skips everything Lots does on top);
 * and prints both times and the ratio (issue #4's target: at most 2x).
 * Then, unless BENCH_EMBEDDED=0, the same import into the embedded database in a child process,
 * with its time and peak RSS, and the same rows COPY'd into the emptied table there (PGlite's
 * ratio). BENCH_CALLS changes the number of calls (default 1,000,000 queued
 * calls, overflow segments included). Not a test.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openEmbedded, openServer } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { importCallFile } from '../src/server/telephony/import/import-call-file.js';
import { createTenant } from '../src/test/factories.js';
import { writeQueueLogFile } from './support/queue-log-file.js';

const QUEUED_CALLS = Number(process.env['BENCH_CALLS'] ?? 1_000_000);
/** The generator overflows about 7% of calls into a second queue: one call, two queued calls. */
const CALLS = Math.round(QUEUED_CALLS / 1.07);

async function peakRssMb(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The child process: the import into a fresh embedded database; prints one JSON line. */
async function embeddedChild(file: string): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-tel-'));
  const db = await openEmbedded({ dataDir });
  try {
    await migrate(db);
    const tenant = await createTenant(db);
    const started = performance.now();
    const summary = await importCallFile({
      db,
      actor: { tenantId: tenant.id, userId: null },
      format: 'asterisk-queue-log',
      input: createReadStream(file),
    });
    const ms = performance.now() - started;
    // The reference, as on the server: the same rows COPY'd (as CSV) into the same, emptied table.
    const dump = await db.pglite.query(`COPY queued_calls TO '/dev/blob' (FORMAT csv)`);
    await db.pglite.exec('TRUNCATE queued_calls CASCADE; CHECKPOINT');
    const copyStarted = performance.now();
    await db.pglite.transaction(async (tx) => {
      await tx.query(`COPY queued_calls FROM '/dev/blob' (FORMAT csv)`, [], { blob: dump.blob as Blob });
    });
    const copyMs = performance.now() - copyStarted;
    console.log(JSON.stringify({ ms, copyMs, imported: summary.imported, peakRssMb: await peakRssMb() }));
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function server(url: string, file: string, dir: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `lots_bench_tel_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = openServer({ connectionString: dbUrl.toString() });
  try {
    await migrate(db);
    const tenant = await createTenant(db);
    // Both runs start from a checkpointed database.
    await admin.query('CHECKPOINT');
    const started = performance.now();
    const summary = await importCallFile({
      db,
      actor: { tenantId: tenant.id, userId: null },
      format: 'asterisk-queue-log',
      input: createReadStream(file),
    });
    const lotsMs = performance.now() - started;
    console.log(
      `PostgreSQL  Lots import: ${summary.imported.toLocaleString('en')} queued calls from ${summary.lines.toLocaleString('en')} lines in ${seconds(lotsMs)}` +
        ` (${Math.round(summary.imported / (lotsMs / 1000)).toLocaleString('en')} calls/s, rollups included)`,
    );

    // The reference: the same rows as CSV, COPY'd into the same table, emptied, by the superuser.
    const csv = path.join(dir, 'queued_calls.csv');
    const client = new pg.Client({ connectionString: dbUrl.toString() });
    await client.connect();
    try {
      await pipeline(
        client.query(copyTo('COPY queued_calls TO STDOUT (FORMAT csv)')),
        createWriteStream(csv),
      );
      await client.query('TRUNCATE queued_calls');
      await client.query('CHECKPOINT');
      const copyStarted = performance.now();
      await client.query('BEGIN');
      await pipeline(
        createReadStream(csv),
        client.query(copyFrom('COPY queued_calls FROM STDIN (FORMAT csv)')),
      );
      await client.query('COMMIT');
      const copyMs = performance.now() - copyStarted;
      const rows =
        (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM queued_calls')).rows[0]?.n ?? 0;
      console.log(
        `PostgreSQL  COPY of the same ${rows.toLocaleString('en')} rows (${((await stat(csv)).size / 1e6).toFixed(0)} MB CSV): ${seconds(copyMs)}`,
      );
      console.log(`PostgreSQL  ratio Lots / COPY: ${(lotsMs / copyMs).toFixed(2)} (target: at most 2)`);
    } finally {
      await client.end();
    }
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[2] === '--embedded-child') {
  await embeddedChild(process.argv[3] as string);
} else {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-queue-log-'));
  try {
    const file = path.join(dir, 'queue_log');
    const generated = await writeQueueLogFile(file, CALLS);
    console.log(
      `queue_log: ${generated.queuedCalls.toLocaleString('en')} queued calls (${generated.calls.toLocaleString('en')} calls), ` +
        `${generated.lines.toLocaleString('en')} lines, ${((await stat(file)).size / 1e6).toFixed(0)} MB; ${new Date().toISOString()}`,
    );
    const url = process.env['BENCH_DATABASE_URL'];
    if (url) await server(url, file, dir);
    else console.log('(set BENCH_DATABASE_URL to a PostgreSQL server to compare with COPY)');
    if (process.env['BENCH_EMBEDDED'] !== '0') {
      const script = fileURLToPath(import.meta.url);
      const child = spawn(process.execPath, ['--import', 'tsx', script, '--embedded-child', file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      if (code !== 0) throw new Error(`embedded run exited with ${code}`);
      const result = JSON.parse(out.trim().split('\n').pop() as string) as {
        ms: number;
        copyMs: number;
        imported: number;
        peakRssMb: number;
      };
      console.log(
        `embedded    Lots import: ${result.imported.toLocaleString('en')} queued calls in ${seconds(result.ms)}` +
          ` (${Math.round(result.imported / (result.ms / 1000)).toLocaleString('en')} calls/s), peak RSS ${result.peakRssMb} MB`,
      );
      console.log(`embedded    COPY of the same rows: ${seconds(result.copyMs)}`);
      console.log(`embedded    ratio Lots / COPY: ${(result.ms / result.copyMs).toFixed(2)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
