// npm test: everything CI checks, in order, stopping at the first failure:
// lint, type-check, build, unit tests, integration tests on PGlite, integration tests on the
// PostgreSQL server (when DATABASE_URL is set), end-to-end tests in Chromium.
// Ends with the line "N passed, M failed" (tests counted over all vitest runs).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { root, run, runTool, seconds } from './run.mjs';

const runStarted = performance.now();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'lots-test-run-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];

/** Environment without DATABASE_URL: the integration suite then runs on PGlite. */
function envWithoutDatabaseUrl() {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

/** Runs one vitest project, printing its usual output, and adds its counts to the totals. */
async function vitest(project, env = process.env) {
  const report = path.join(tmp, `${project}-${results.length}.json`);
  const code = await runTool(
    'vitest',
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { env },
  );
  try {
    const json = JSON.parse(await readFile(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A run that crashed outside a test (a failing setup or import) counts as one failure.
    if (code !== 0 && (json.numFailedTests ?? 0) === 0) totals.failed += 1;
  } catch {
    if (code !== 0) totals.failed += 1;
  }
  return code;
}

const steps = [
  { name: 'lint', run: () => runTool('eslint', ['--max-warnings', '0', '.']) },
  { name: 'typecheck', run: () => runTool('tsc', ['-p', 'tsconfig.json', '--noEmit']) },
  { name: 'build', run: () => run(process.execPath, [path.join(root, 'scripts/build.mjs')]) },
  { name: 'unit', run: () => vitest('unit') },
  { name: 'integration (PGlite)', run: () => vitest('integration', envWithoutDatabaseUrl()) },
  {
    name: 'integration (PostgreSQL)',
    skip: process.env.DATABASE_URL ? undefined : 'DATABASE_URL not set',
    run: () => vitest('integration'),
  },
  {
    name: 'e2e',
    run: async () => {
      const chromium = await run('bash', [path.join(root, 'scripts/ensure-chromium.sh')]);
      return chromium === 0 ? vitest('e2e') : chromium;
    },
  },
];

let failedStep;
for (const step of steps) {
  if (step.skip) {
    results.push({ name: step.name, status: `skipped (${step.skip})`, ms: 0 });
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = performance.now();
  const code = await step.run();
  const ms = performance.now() - started;
  results.push({ name: step.name, status: code === 0 ? 'ok' : `FAILED (exit ${code})`, ms });
  console.log(`=== ${step.name}: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds(ms)} ===`);
  if (code !== 0) {
    failedStep = step.name;
    break;
  }
}
await rm(tmp, { recursive: true, force: true });

console.log('\nSteps:');
for (const r of results)
  console.log(`  ${r.name.padEnd(26)} ${r.status.padEnd(30)} ${r.ms ? seconds(r.ms) : ''}`);
if (failedStep) {
  console.log(`Stopped after the failed step: ${failedStep}`);
  // A failed lint, type-check or build ran no test but must still read as a failure.
  if (totals.failed === 0) totals.failed = 1;
}
console.log(`Total ${seconds(performance.now() - runStarted)}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedStep ? 1 : 0);
