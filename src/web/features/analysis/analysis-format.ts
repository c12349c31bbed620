/**
 * Numbers of the analyses as the page shows them, through the one format module
 * (src/core/text/format.ts), which also writes the CSV export's digits (formatPlainDecimal rounds
 * the same way), so a table on screen and its file hold the same figures; the page adds the
 * percent sign, thousands separators and a true minus sign.
 */
import type { ChangeAnalysis } from '../../../core/analysis/types.js';
import type { ColumnUnit } from '../../../core/analysis/tables.js';
import {
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPeriodKey,
  formatPoints as formatPointsIn,
} from '../../../core/text/format.js';

export type TableLocale = 'sv' | 'en';

/** The analyses' language for an interface language: Swedish unless English. */
export function tableLocaleOf(language: string): TableLocale {
  return language.startsWith('en') ? 'en' : 'sv';
}

/** A whole number with the language's thousands separator: "12 345" (sv), "12,345" (en). */
export function formatCount(value: number, locale: TableLocale): string {
  return formatInteger(value, locale);
}

/** A share (0-1) in percent with one decimal: "12,3 %" (sv, no-break space), "12.3%" (en). */
export function formatShare(value: number, locale: TableLocale): string {
  return formatPercent(value, locale);
}

/** A difference of shares in percentage points, one decimal, signed when negative: "−4,1". */
export function formatPoints(difference: number, locale: TableLocale): string {
  return formatPointsIn(difference, locale);
}

/** A rate (contacts per day) with one decimal. */
export function formatRate(value: number, locale: TableLocale): string {
  return formatDecimal(value, 1, locale);
}

/** The text for a missing figure (a share of nothing, a week without last year). */
export const MISSING = '–';

/** One cell of an analysis table as the page shows it. */
export function formatCell(value: string | number | null, unit: ColumnUnit, locale: TableLocale): string {
  if (value === null || value === '') return value === '' ? '' : MISSING;
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'share':
      return formatShare(value, locale);
    case 'rate':
      return formatRate(value, locale);
    case 'count':
    case 'minutes':
      return formatCount(value, locale);
    case 'text':
      return String(value);
  }
}

/** Whether a column holds numbers (right-aligned, tabular figures). */
export function isNumericUnit(unit: ColumnUnit): boolean {
  return unit !== 'text';
}

/**
 * The words of a change between two periods: which way it went, how far, the ends of its 95%
 * interval (percentage points for shares, contacts per day for rates), and whether the interval
 * leaves out zero ("större än slumpen") or not ("kan vara slump").
 */
export interface ChangeWords {
  /** i18n key below analysis.change.sentence. */
  key: 'shareUp' | 'shareDown' | 'shareSame' | 'rateUp' | 'rateDown' | 'rateSame' | 'none' | 'noBase';
  amount: string;
  low: string;
  high: string;
  verdict: 'significant' | 'chance' | null;
}

export function changeWords(change: ChangeAnalysis, locale: TableLocale): ChangeWords {
  if (!change.baseHasData) return { key: 'noBase', amount: '', low: '', high: '', verdict: null };
  if (change.difference === null || change.interval === null) {
    return { key: 'none', amount: '', low: '', high: '', verdict: null };
  }
  const isShare = change.kind === 'share';
  const format = (v: number) => (isShare ? formatPoints(v, locale) : formatRate(v, locale));
  const amount = format(Math.abs(change.difference));
  // "Unchanged" when the difference rounds to zero at the precision shown.
  const direction = /^[0,.]+$/.test(amount) ? 'Same' : change.difference > 0 ? 'Up' : 'Down';
  return {
    key: `${isShare ? 'share' : 'rate'}${direction}`,
    amount,
    low: format(change.interval.low),
    high: format(change.interval.high),
    verdict: change.significant ? 'significant' : 'chance',
  };
}

/** A bucket's key as people read it: "2026-05" is "maj 2026", "2026-W05" is "v. 5 2026" ("W5 2026"). */
export function bucketLabel(key: string, locale: TableLocale): string {
  return formatPeriodKey(key, locale);
}
