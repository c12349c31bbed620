/**
 * Benchmark: sustained POST /api/contacts over loopback, against the embedded database and the
 * PostgreSQL server. Not a test; prints figures.
 *
 *   npx tsx bench/contacts-post.ts                # embedded, and PostgreSQL when BENCH_DATABASE_URL is set
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lots_bench npx tsx bench/contacts-post.ts
 *
 * Two runs per database:
 * 1. Open loop at a fixed rate (default 200 contacts/s for 20 s). Latency is measured from the
 *    moment a request was due, not when it was sent, so a slow server cannot hide its queue
 *    (no coordinated omission). Target: p99 < 25 ms at 200/s on PostgreSQL.
 * 2. Closed loop with 32 concurrent clients for 10 s: the maximum throughput.
 * The server runs in a child process; its RSS is read from /proc after each run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';

interface Target {
  port: number;
  cookie: string;
  csrfToken: string;
  topicId: string;
  database: string;
}

const RATE = Number(process.env['BENCH_RATE'] ?? 200);
const OPEN_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const CLOSED_SECONDS = 10;
/** Open-loop runs, each reported, with the spread of their p99 (issue #14.7). */
const REPEATS = Number(process.env['BENCH_REPEATS'] ?? 3);
const CONCURRENCY = 32;

function startServer(databaseUrl: string | undefined): Promise<{ child: ChildProcess; target: Target }> {
  const script = fileURLToPath(new URL('./support/contacts-server.ts', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env['BENCH_DATABASE_URL'];
  if (databaseUrl) env['BENCH_DATABASE_URL'] = databaseUrl;
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve({ child, target: JSON.parse(line) as Target }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function rssMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function body(target: Target): string {
  return JSON.stringify({
    channel: 'phone',
    startedAt: new Date().toISOString(),
    durationSeconds: 180,
    need: 'want_to_know',
    topicId: target.topicId,
    resolution: 'resolved_self',
    summary: 'Frågade om fakturans förfallodag, fick svar direkt.',
  });
}

type Agent = http.Agent;

/** One POST on a keep-alive connection; resolves with the status code once the body is read. */
function post(agent: Agent, target: Target): Promise<number> {
  const payload = body(target);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: '/api/contacts',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          cookie: target.cookie,
          'x-csrf-token': target.csrfToken,
          'idempotency-key': randomUUID(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface RunResult {
  sent: number;
  ok: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

/** Open loop: request i is due at start + i / rate; latency counts from that moment. */
async function openLoop(agent: Agent, target: Target, rate: number, seconds: number): Promise<RunResult> {
  const total = rate * seconds;
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      post(agent, target).then(
        (status) => {
          latencies.push(performance.now() - due);
          if (status === 201) ok++;
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inflight);
  return { sent: total, ok, errors, seconds: (performance.now() - start) / 1000, latencies };
}

async function closedLoop(
  agent: Agent,
  target: Target,
  concurrency: number,
  seconds: number,
): Promise<RunResult> {
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const status = await post(agent, target).catch(() => 0);
        latencies.push(performance.now() - t);
        if (status === 201) ok++;
        else errors++;
      }
    }),
  );
  return { sent: ok + errors, ok, errors, seconds: (performance.now() - start) / 1000, latencies };
}

function summary(label: string, r: RunResult, mem: { rss: number; peak: number }): string {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  return (
    `${label.padEnd(34)} ${f(r.ok / r.seconds).padStart(7)} contacts/s  p50 ${f(percentile(sorted, 50)).padStart(6)} ms` +
    `  p99 ${f(percentile(sorted, 99)).padStart(7)} ms  max ${f(sorted.at(-1) ?? NaN).padStart(7)} ms` +
    `  errors ${r.errors}  server RSS ${mem.rss} MB (peak ${mem.peak} MB)`
  );
}

/**
 * How fast this machine is right now: the round trip of `SELECT 1` and of a one-row insert
 * transaction on the same PostgreSQL server, so that runs on a busy or a quiet machine can be
 * told apart (shared virtual machines vary several-fold from hour to hour).
 */
async function calibrate(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE TEMP TABLE calibration (v int)');
    const time = async (fn: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
      return percentile(
        samples.sort((a, b) => a - b),
        50,
      ).toFixed(2);
    };
    const select = await time(() => client.query('SELECT 1'));
    const insert = await time(async () => {
      await client.query('BEGIN');
      await client.query('INSERT INTO calibration VALUES (1)');
      await client.query('COMMIT');
    });
    return `machine now: SELECT 1 round trip p50 ${select} ms, one-row insert transaction p50 ${insert} ms`;
  } finally {
    await client.end();
  }
}

async function benchmark(databaseUrl: string | undefined): Promise<void> {
  if (databaseUrl) console.log(await calibrate(databaseUrl));
  const { child, target } = await startServer(databaseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    // The first save after the server started (cold: no plan, page or JIT warm), beside the warm ones.
    const t0 = performance.now();
    const first = await post(agent, target);
    console.log(
      `${target.database}: first save after start ${(performance.now() - t0).toFixed(1)} ms (status ${first})`,
    );
    await openLoop(agent, target, 50, 2); // warm-up: JIT, connection pool, first pages of the indexes
    const p99s: number[] = [];
    for (let run = 1; run <= REPEATS; run += 1) {
      const open = await openLoop(agent, target, RATE, OPEN_SECONDS);
      p99s.push(
        percentile(
          [...open.latencies].sort((a, b) => a - b),
          99,
        ),
      );
      console.log(
        summary(
          `${target.database}: ${RATE}/s for ${OPEN_SECONDS} s, run ${run}`,
          open,
          await rssMb(child.pid!),
        ) + `  load ${os.loadavg()[0]?.toFixed(1)}`,
      );
    }
    const sorted = [...p99s].sort((a, b) => a - b);
    console.log(
      `${target.database}: p99 over ${REPEATS} runs: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, ` +
        `spread ${sorted[0]?.toFixed(1)}-${sorted.at(-1)?.toFixed(1)} ms`,
    );
    const closed = await closedLoop(agent, target, CONCURRENCY, CLOSED_SECONDS);
    console.log(summary(`${target.database}: max, ${CONCURRENCY} clients`, closed, await rssMb(child.pid!)));
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
}

console.log(`POST /api/contacts over loopback, ${new Date().toISOString()}`);
if (process.env['BENCH_EMBEDDED'] !== '0') await benchmark(undefined);
if (process.env['BENCH_DATABASE_URL']) await benchmark(process.env['BENCH_DATABASE_URL']);
else console.log('(set BENCH_DATABASE_URL to a fresh PostgreSQL database to run the server mode too)');
