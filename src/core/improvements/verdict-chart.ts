/**
 * The rows of the small chart beside an improvement's verdict: why the verdict is what it is.
 * With the year before as the comparison, one row per after week: what it held, what the same
 * week held a year before, and what it was expected to hold without the change. Otherwise the
 * before weeks (what they held), then the after weeks (what they held and what was expected
 * there without the change), in week order.
 */
import type { WeekFigures } from './improvement.js';
import type { ImprovementVerdict } from './improvement-verdict.js';

export interface VerdictChartRow {
  week: string;
  period: 'before' | 'after';
  /** Targeted failure demand that week. */
  failureDemand: number;
  /** Expected without the change (after weeks of the estimate only). */
  expected: number | null;
  /** The same week a year before (year_before comparison only). */
  yearBefore: number | null;
}

export function verdictChartRows(options: {
  before: readonly WeekFigures[];
  after: readonly WeekFigures[];
  verdict: Pick<ImprovementVerdict, 'volume' | 'yearBefore'>;
}): VerdictChartRow[] {
  const { before, after, verdict } = options;
  const expected = new Map((verdict.volume.estimate?.afterWeeks ?? []).map((w) => [w.week, w.expected]));
  const afterRows = after.map((w, i): VerdictChartRow => ({
    week: w.week,
    period: 'after',
    failureDemand: w.failureDemand,
    expected: expected.get(w.week) ?? null,
    yearBefore: verdict.yearBefore?.[i]?.failureDemand ?? null,
  }));
  if (verdict.yearBefore) return afterRows;
  return [
    ...before.map((w): VerdictChartRow => ({
      week: w.week,
      period: 'before',
      failureDemand: w.failureDemand,
      expected: null,
      yearBefore: null,
    })),
    ...afterRows,
  ];
}

/**
 * The ISO 8601 week number of a 'YYYY-MM-DD' day, by plain date arithmetic (the week of its
 * Thursday), with no calendar library: the web app's chart labels need nothing more.
 */
export function isoWeekNumber(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / (7 * 86_400_000)) + 1;
}
