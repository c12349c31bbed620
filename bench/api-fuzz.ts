/**
 * Issue #11: the API fuzz test (src/server/api-fuzz.test.ts) at a larger size: BENCH_FUZZ_REQUESTS
 * requests (default 20,000) for each of BENCH_FUZZ_SEEDS (default 1,2,3), on the embedded
 * database and, with DATABASE_URL, on the PostgreSQL server. Prints each run's status histogram
 * and the total; exits non-zero when any run found a 5xx or an error that is not problem+json.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const requests = Number(process.env['BENCH_FUZZ_REQUESTS'] ?? 20_000);
const seeds = (process.env['BENCH_FUZZ_SEEDS'] ?? '1,2,3').split(',').map(Number);
const databases: [string, string | undefined][] = [['embedded', undefined]];
if (process.env['DATABASE_URL']) databases.push(['PostgreSQL', process.env['DATABASE_URL']]);

const total: Record<string, number> = {};
let failed = false;
for (const [name, url] of databases) {
  for (const seed of seeds) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOTS_FUZZ_REQUESTS: String(requests),
      LOTS_FUZZ_SEED: String(seed),
    };
    if (url) env['DATABASE_URL'] = url;
    else delete env['DATABASE_URL'];
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'integration',
        'src/server/api-fuzz.test.ts',
      ],
      { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const output = `${run.stdout}${run.stderr}`;
    const line = /api fuzz: (.*)/.exec(output)?.[1] ?? '(no summary)';
    console.log(
      `${name}, seed ${seed}: ${line} (${Math.round((Date.now() - started) / 1000)} s)${run.status === 0 ? '' : ' FAILED'}`,
    );
    if (run.status !== 0) {
      failed = true;
      console.log(
        output
          .split('\n')
          .filter((l) => l.includes('"'))
          .slice(0, 20)
          .join('\n'),
      );
    }
    for (const [, status, n] of line.matchAll(/(\d{3}): (\d+)/g))
      total[status ?? ''] = (total[status ?? ''] ?? 0) + Number(n);
  }
}
const sum = Object.values(total).reduce((a, b) => a + b, 0);
console.log(
  `total: ${sum} requests; ${Object.entries(total)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')}`,
);
process.exit(failed ? 1 : 0);
