/**
 * Benchmark: `lots seed-demo` with its year of contacts, on the embedded database (in a fresh
 * data folder on disk, as the first `npm start` does) and, with BENCH_DATABASE_URL, on the
 * PostgreSQL server (a fresh, empty database). Issue #3 asks for under a minute on the embedded
 * database. Prints the contacts stored, the time of the whole demo, of its contact step and of its
 * telephony step (issue #4: a year of queued calls, visitors and e-mails), and the process's peak
 * RSS. Not a test.
 *
 *   npx tsx bench/demo-seed.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lots_bench_demo npx tsx bench/demo-seed.ts
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openEmbedded, openServer, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/server/demo/seed-demo.js';

async function peakRssMb(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function run(label: string, db: Database): Promise<void> {
  await migrate(db);
  const started = performance.now();
  const result = await seedDemo(db);
  const totalS = (performance.now() - started) / 1000;
  const contacts = result.contacts;
  const telephony = result.telephony;
  console.log(
    `${label.padEnd(10)} ${String(contacts?.contacts ?? 0).padStart(7)} contacts  demo ${totalS.toFixed(1).padStart(5)} s` +
      `  of which contacts ${((contacts?.ms ?? 0) / 1000).toFixed(1).padStart(5)} s` +
      `  (${Math.round((contacts?.contacts ?? 0) / ((contacts?.ms ?? 1) / 1000))} contacts/s)` +
      `, telephony ${((telephony?.ms ?? 0) / 1000).toFixed(1).padStart(5)} s (${telephony?.calls ?? 0} queued calls,` +
      ` ${telephony?.visitorDays ?? 0} days of visitors, ${telephony?.emails ?? 0} e-mails)  peak RSS ${await peakRssMb()} MB`,
  );
}

console.log(`lots seed-demo with a year of contacts, ${new Date().toISOString()}`);
if (process.env['BENCH_EMBEDDED'] !== '0') {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-demo-'));
  const db = await openEmbedded({ dataDir });
  try {
    await run('embedded', db);
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
const url = process.env['BENCH_DATABASE_URL'];
if (url) {
  const db = openServer({ connectionString: url });
  try {
    await run('server', db);
  } finally {
    await db.close();
  }
} else {
  console.log('(set BENCH_DATABASE_URL to a fresh PostgreSQL database to run the server mode too)');
}
