// npm run build: compile server, core, db and cli to dist/ (tsc), copy the SQL migrations and
// reference data beside them, and build the web app to dist/web (vite).
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompress } from './precompress.mjs';
import { root, runTool, seconds } from './run.mjs';

const dist = path.join(root, 'dist');

async function step(name, fn) {
  const started = performance.now();
  await fn();
  console.log(`build: ${name} ${seconds(performance.now() - started)}`);
}

async function mustSucceed(code, what) {
  if (code !== 0) {
    console.error(`build: ${what} failed (exit ${code})`);
    process.exit(code);
  }
}

const started = performance.now();
// A stale file from a renamed source would otherwise be loaded at run time.
await rm(dist, { recursive: true, force: true });

await step('tsc', async () => mustSucceed(await runTool('tsc', ['-p', 'tsconfig.build.json']), 'tsc'));

await step('assets', async () => {
  const migrations = path.join(root, 'src/db/migrations');
  await mkdir(path.join(dist, 'db/migrations'), { recursive: true });
  for (const file of await readdir(migrations)) {
    if (file.endsWith('.sql')) await cp(path.join(migrations, file), path.join(dist, 'db/migrations', file));
  }
  await cp(path.join(root, 'src/db/reference'), path.join(dist, 'db/reference'), { recursive: true });
});

await step('vite', async () =>
  mustSucceed(
    await runTool('vite', ['build', '--config', 'vite.config.ts', '--logLevel', 'warn']),
    'vite build',
  ),
);

// Each text file of the web app also as .br and .gz beside it (issue #14.6).
await step('precompress', () => precompress(path.join(dist, 'web')));

console.log(`build: done in ${seconds(performance.now() - started)}`);
