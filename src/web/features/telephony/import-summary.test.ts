import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.js';
import { importOutcome, lineErrorsOf, summaryCounts } from './import-summary.js';
import type { CallImportSummary } from './types.js';

const summary = (overrides: Partial<CallImportSummary> = {}): CallImportSummary => ({
  importId: '6f0c1c3e-8a3b-4f43-9a77-3c2f1b0e9d10',
  format: 'asterisk-queue-log',
  source: 'asterisk',
  fileName: 'queue_log',
  dryRun: false,
  alreadyImportedAs: null,
  lines: 11,
  blankLines: 0,
  calls: 4,
  imported: 4,
  duplicates: 0,
  duplicateLines: 0,
  completedFromEarlierFile: 0,
  stillOpen: 1,
  neverEnded: 0,
  customEvents: 0,
  turnedAway: 0,
  orphanEvents: 0,
  unterminated: 0,
  skipped: {},
  rejectedCount: 0,
  rejected: [],
  firstDay: '2026-03-03',
  lastDay: '2026-03-03',
  bytes: 812,
  durationMs: 40,
  ...overrides,
});

describe('the import summary', () => {
  it('always shows imported, duplicates, calls and lines; other counts only when not zero', () => {
    const counts = summaryCounts(summary());
    expect(counts.shown).toEqual([
      { key: 'imported', count: 4 },
      { key: 'duplicates', count: 0 },
      { key: 'calls', count: 4 },
      { key: 'lines', count: 11 },
      { key: 'stillOpen', count: 1 },
    ]);
    expect(counts.zero).toEqual([
      'completedFromEarlierFile',
      'neverEnded',
      'duplicateLines',
      'blankLines',
      'turnedAway',
      'customEvents',
      'orphanEvents',
      'unterminated',
    ]);
  });

  it('intervals only when the format has them; skipped records by reason, zero ones left out', () => {
    const counts = summaryCounts(
      summary({ intervals: 0, skipped: { not_a_queue_call: 12, failed_call: 0 } }),
    );
    expect(counts.zero).toContain('intervals');
    expect(counts.skipped).toEqual([{ reason: 'not_a_queue_call', count: 12 }]);
    expect(summaryCounts(summary()).zero).not.toContain('intervals');
  });

  it('names the outcome: a dry run, a file seen before, or an import', () => {
    expect(importOutcome(summary({ dryRun: true, importId: null }))).toBe('dryRun');
    expect(importOutcome(summary({ importId: null, alreadyImportedAs: 'a' }))).toBe('alreadyImported');
    expect(importOutcome(summary())).toBe('imported');
  });
});

describe('the lines of a refused file', () => {
  it('reads each /file/line/<n> as its line number and the rest as about the file', () => {
    const error = new ApiError(422, 'call_import_invalid', 'Ingenting importerades.', [
      { pointer: '/file/line/14', code: 'line_rejected', detail: 'Raden kan inte läsas: okänd händelse' },
      { pointer: '/file', code: 'more_lines_rejected', detail: 'Ytterligare 3 rader kan inte läsas.' },
    ]);
    expect(lineErrorsOf(error)).toEqual([
      { line: 14, detail: 'Raden kan inte läsas: okänd händelse' },
      { line: null, detail: 'Ytterligare 3 rader kan inte läsas.' },
    ]);
  });
});
