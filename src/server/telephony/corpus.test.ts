/**
 * The corpus of real files (src/server/telephony/corpus, README.md there lists each file's source
 * and licence): every file is imported into a municipality of its own and the day rollups Lots
 * stores are compared with expected.json, worked by corpus/expected.py from docs/metrics.md alone
 * (issue 12). A file the independent reading refuses must be refused by Lots too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';
import { postCallFile, rollups } from '../../test/telephony.js';

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

interface ExpectedDay {
  day: string;
  offered: number;
  answered: number;
  abandoned: number;
  timeout: number;
  answered_wait_seconds: number;
  abandoned_wait_seconds: number;
  talk_seconds: number;
  turned_away: number;
}

interface ExpectedFile {
  file: string;
  format: string;
  refused?: string;
  calls?: number;
  skipped?: number;
  days?: ExpectedDay[];
}

/** The figures compared, the same projection of Lots' stored days and of the expected ones. */
const FIGURES = [
  'day',
  'offered',
  'answered',
  'abandoned',
  'timeout',
  'answered_wait_seconds',
  'abandoned_wait_seconds',
  'talk_seconds',
  'turned_away',
] as const satisfies readonly (keyof ExpectedDay)[];

const pick = (d: ExpectedDay): Pick<ExpectedDay, (typeof FIGURES)[number]> =>
  Object.fromEntries(FIGURES.map((k) => [k, d[k]])) as Pick<ExpectedDay, (typeof FIGURES)[number]>;

const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[];

const server = await testServer();

describe('the corpus of real telephony files (issue 12)', () => {
  it.each(expected.map((e) => [e.file, e] as const))('%s', async (_name, e) => {
    const who = await signedInAs(server, ['administrator']);
    const res = await postCallFile(
      server.app,
      who,
      readFileSync(path.join(CORPUS, e.file)),
      `format=${e.format}`,
    );
    if (e.refused) {
      expect(res.statusCode, JSON.stringify(res.json())).toBe(422);
      expect(await rollups(server.db, who.tenant.id, 'all')).toEqual([]);
      return;
    }
    expect(res.statusCode, JSON.stringify(res.json())).toBe(201);
    const summary = res.json<{ calls: number; skipped: Record<string, number> }>();
    expect(summary.calls).toBe(e.calls);
    expect(Object.values(summary.skipped).reduce((a, b) => a + b, 0)).toBe(e.skipped);
    const days = (await rollups(server.db, who.tenant.id, 'all')).filter(
      (d) => d.offered > 0 || d.turned_away > 0,
    );
    expect(days.map(pick)).toEqual((e.days ?? []).map(pick));
  });
});
