/**
 * Benchmark: the embedded database in a busy hour (issue #14.3). Guides save contacts at a fixed
 * rate (default 50/s, open loop: latency from when each save was due) into the demo municipality
 * with its year of contacts, in three phases of BENCH_SECONDS (default 20) each: saves alone;
 * saves while a manager opens the analyses one after another; saves while the manager does so and
 * an administrator imports a queue_log file of BENCH_CALLS calls (default 50,000) through the
 * API. Prints each phase's p50/p99/max save latency, the analyses' latencies and the import's
 * time, with the load. Target: save p99 under 50 ms at 50/s. The server (PGlite in its main
 * thread) runs in a child process (bench/support/contacts-server.ts, BENCH_DEMO=1), whose data
 * folder is removed when it stops; the queue_log file is removed too. Not a test.
 *
 *   npx tsx bench/mixed.ts
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/server/demo/demo-municipality.js';
import { writeQueueLogFile } from './support/queue-log-file.js';

const RATE = Number(process.env['BENCH_RATE'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const CALLS = Number(process.env['BENCH_CALLS'] ?? 50_000);
const LIMIT_MS = 50;

interface Target {
  port: number;
  cookie: string;
  csrfToken: string;
  topicId: string;
}
interface Session {
  cookie: string;
  csrfToken: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

function request(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string | number>,
  body?: string | NodeJS.ReadableStream,
): Promise<{ status: number; text: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: url, method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          setCookie: res.headers['set-cookie'] ?? [],
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined) req.end();
    else if (typeof body === 'string') req.end(body);
    else body.pipe(req);
  });
}

async function login(port: number, role: string): Promise<Session> {
  const who = DEMO_LOGINS.find((l) => l.role === role);
  if (!who) throw new Error(`no demo ${role}`);
  const payload = JSON.stringify({ email: who.email, password: DEMO_PASSWORD });
  const res = await request(
    port,
    'POST',
    '/api/auth/login',
    { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    payload,
  );
  if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${res.text}`);
  const cookie = (res.setCookie[0] ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken: (JSON.parse(res.text) as { csrfToken: string }).csrfToken };
}

function save(target: Target): Promise<number> {
  const payload = JSON.stringify({
    channel: 'phone',
    startedAt: new Date().toISOString(),
    durationSeconds: 180,
    need: 'want_to_know',
    topicId: target.topicId,
    resolution: 'resolved_self',
    summary: 'Frågade om fakturans förfallodag, fick svar direkt.',
  });
  return request(
    target.port,
    'POST',
    '/api/contacts',
    {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      cookie: target.cookie,
      'x-csrf-token': target.csrfToken,
      'idempotency-key': randomUUID(),
    },
    payload,
  ).then((r) => r.status);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const f = (x: number) => x.toFixed(1);

/** Saves at RATE/s for SECONDS, each latency counted from when it was due. */
async function saves(target: Target): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < RATE * SECONDS; i += 1) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      save(target).then(
        (status) => {
          latencies.push(performance.now() - due);
          if (status !== 201) errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(inflight);
  return { latencies, errors };
}

const today = new Date().toISOString().slice(0, 10);
const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
const ANALYSES = ['when?interval=month', 'who?', 'why?interval=month', 'outcome?', 'fix-first?'].map(
  (a) => `/api/analysis/${a}${a.endsWith('?') ? '' : '&'}from=${yearAgo}&to=${today}`,
);

/** The manager opening analyses one after another until `stop`. */
async function analysesUntil(port: number, manager: Session, stop: { done: boolean }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; !stop.done; i += 1) {
    const t0 = performance.now();
    const res = await request(port, 'GET', ANALYSES[i % ANALYSES.length]!, { cookie: manager.cookie });
    if (res.status !== 200) throw new Error(`analysis: ${res.status} ${res.text.slice(0, 200)}`);
    times.push(performance.now() - t0);
  }
  return times;
}

function line(label: string, latencies: number[], errors: number): string {
  const s = [...latencies].sort((a, b) => a - b);
  const p99 = percentile(s, 99);
  return (
    `${label.padEnd(44)} saves ${String(s.length).padStart(5)}  p50 ${f(percentile(s, 50)).padStart(7)} ms` +
    `  p99 ${f(p99).padStart(7)} ms  max ${f(s.at(-1) ?? NaN).padStart(7)} ms  errors ${errors}` +
    `  p99 < ${LIMIT_MS} ms: ${p99 < LIMIT_MS ? 'yes' : 'NO'}  (load ${load()})`
  );
}

console.log(`Mixed busy hour, embedded (issue #14.3), ${new Date().toISOString()}, load ${load()}`);
const temp = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-mixed-'));
const script = fileURLToPath(new URL('./support/contacts-server.ts', import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', BENCH_DEMO: '1' };
delete env['BENCH_DATABASE_URL'];
const child = spawn(process.execPath, ['--import', 'tsx', script], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  console.log('seeding the demo year into a fresh embedded database (in the server process) ...');
  const seeded = performance.now();
  const target = await new Promise<Target>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (l) => resolve(JSON.parse(l) as Target));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  console.log(`  ready in ${((performance.now() - seeded) / 1000) | 0} s (load ${load()})`);
  const manager = await login(target.port, 'manager');
  const admin = await login(target.port, 'administrator');
  const file = path.join(temp, 'queue_log');
  const written = await writeQueueLogFile(file, CALLS);
  const size = (await stat(file)).size;

  // Warm-up: a few saves and one round of the analyses (the months counted once).
  for (let i = 0; i < 20; i += 1) await save(target);
  for (const url of ANALYSES) await request(target.port, 'GET', url, { cookie: manager.cookie });

  const alone = await saves(target);
  console.log(line(`1. saves alone, ${RATE}/s for ${SECONDS} s`, alone.latencies, alone.errors));

  const stop2 = { done: false };
  const analyses2 = analysesUntil(target.port, manager, stop2);
  const withAnalyses = await saves(target);
  stop2.done = true;
  const a2 = [...(await analyses2)].sort((a, b) => a - b);
  console.log(line('2. saves while the analyses run', withAnalyses.latencies, withAnalyses.errors));
  console.log(
    `   analyses meanwhile: ${a2.length}, median ${f(percentile(a2, 50))} ms, p95 ${f(percentile(a2, 95))} ms, max ${f(a2.at(-1) ?? NaN)} ms`,
  );

  const stop3 = { done: false };
  const analyses3 = analysesUntil(target.port, manager, stop3);
  const importStarted = performance.now();
  let importMs = NaN;
  const importing = request(
    target.port,
    'POST',
    `/api/telephony/imports?format=asterisk-queue-log&source=bench-mixed&fileName=queue_log`,
    {
      'content-type': 'application/octet-stream',
      'content-length': size,
      cookie: admin.cookie,
      'x-csrf-token': admin.csrfToken,
    },
    createReadStream(file),
  ).then((r) => {
    importMs = performance.now() - importStarted;
    if (r.status !== 201) throw new Error(`import: ${r.status} ${r.text.slice(0, 300)}`);
  });
  const withAll = await saves(target);
  stop3.done = true;
  const a3 = [...(await analyses3)].sort((a, b) => a - b);
  const importDuring = Number.isNaN(importMs);
  await importing;
  console.log(line('3. saves while the analyses and an import run', withAll.latencies, withAll.errors));
  console.log(
    `   analyses meanwhile: ${a3.length}, median ${f(percentile(a3, 50))} ms, p95 ${f(percentile(a3, 95))} ms, max ${f(a3.at(-1) ?? NaN)} ms`,
  );
  console.log(
    `   import of ${written.calls.toLocaleString('en')} calls (${written.lines.toLocaleString('en')} lines): ` +
      `${f(importMs / 1000)} s${importDuring ? ', outlasting the phase' : ', within the phase'}`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(temp, { recursive: true, force: true });
  agent.destroy();
}
