/**
 * How a call import's summary (and a refused file's 422) reads on the import page: the counts
 * that matter always, the rest only when they are not zero, the zero ones named together on one
 * line; and each rejected line of a 422 by its number.
 */
import type { ApiError } from '../../api/problem.js';
import type { CallImportSummary } from './types.js';

export const SUMMARY_COUNTS = [
  'imported',
  'duplicates',
  'calls',
  'lines',
  'completedFromEarlierFile',
  'stillOpen',
  'neverEnded',
  'duplicateLines',
  'blankLines',
  'turnedAway',
  'customEvents',
  'orphanEvents',
  'unterminated',
  'intervals',
] as const;
export type SummaryCount = (typeof SUMMARY_COUNTS)[number];

/** Shown even when zero: what was imported, what was there already, and how much was read. */
const ALWAYS: ReadonlySet<SummaryCount> = new Set(['imported', 'duplicates', 'calls', 'lines']);

export interface SummaryCounts {
  shown: { key: SummaryCount; count: number }[];
  /** The other counts that are zero, named together. */
  zero: SummaryCount[];
  /** Records that are not queued calls, by reason (CDR: calls that never reached a queue). */
  skipped: { reason: string; count: number }[];
}

export function summaryCounts(summary: CallImportSummary): SummaryCounts {
  const shown: SummaryCounts['shown'] = [];
  const zero: SummaryCount[] = [];
  for (const key of SUMMARY_COUNTS) {
    const count = summary[key];
    if (count === undefined) continue;
    if (count !== 0 || ALWAYS.has(key)) shown.push({ key, count });
    else zero.push(key);
  }
  const skipped = Object.entries(summary.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ({ reason, count }));
  return { shown, zero, skipped };
}

export type ImportOutcome = 'dryRun' | 'alreadyImported' | 'imported';

export function importOutcome(summary: CallImportSummary): ImportOutcome {
  if (summary.dryRun) return 'dryRun';
  if (summary.alreadyImportedAs) return 'alreadyImported';
  return 'imported';
}

export interface LineError {
  /** The line's number in the file; null for what is about the whole file ("43 more lines ..."). */
  line: number | null;
  detail: string;
}

/** The lines a refused file (422 call_import_invalid) lists: /file/line/<n>, then maybe /file. */
export function lineErrorsOf(error: ApiError): LineError[] {
  return error.fieldErrors.map((e) => {
    const match = /^\/file\/line\/(\d+)$/.exec(e.pointer);
    return { line: match ? Number(match[1]) : null, detail: e.detail || e.code };
  });
}
