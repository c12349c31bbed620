/**
 * Property-based fuzzing of the whole API from its OpenAPI document (issue #11): a fixed seed, a
 * few thousand requests by every kind of caller, mostly schema-shaped values mixed with hostile
 * ones. No request may get a 5xx, and every error must be problem+json. `LOTS_FUZZ_REQUESTS` and
 * `LOTS_FUZZ_SEED` change the run; bench/api-fuzz.ts runs more of them.
 */
import { describe, expect, it } from 'vitest';
import { principalWorld } from '../test/principals.js';
import { runApiFuzz } from '../test/run-fuzz.js';
import { testServer } from '../test/server.js';

const REQUESTS = Number(process.env['LOTS_FUZZ_REQUESTS'] ?? 3000);
const SEED = Number(process.env['LOTS_FUZZ_SEED'] ?? 20261207);

// No Chromium: the PDF routes answer 503 report_pdf_unavailable at once instead of printing.
const server = await testServer({ chromiumPath: '/nonexistent/chromium' });
const world = await principalWorld(server);

describe('the whole API under generated requests', () => {
  it(
    `${REQUESTS} requests, seed ${SEED}: no 5xx, every error problem+json`,
    { timeout: 600_000 },
    async () => {
      const result = await runApiFuzz(server.app, world.principals, world.ids, {
        seed: SEED,
        requests: REQUESTS,
      });
      const histogram = Object.entries(result.histogram)
        .map(([status, n]) => `${status}: ${n}`)
        .join(', ');
      console.log(`api fuzz: ${result.requests} requests over ${result.operations} operations; ${histogram}`);
      expect(result.failures.slice(0, 20)).toEqual([]);
      // The run reached the services, not only the validation: some requests succeeded.
      expect((result.histogram[200] ?? 0) + (result.histogram[201] ?? 0)).toBeGreaterThan(REQUESTS / 20);
    },
  );
});
