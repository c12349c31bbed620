/**
 * How the survey results read a period from their counts (migration 0022): the calendar months
 * wholly inside it from the months' rows, and the days at its ends (before the first whole month,
 * after the last) from the days' rows. Days are ISO dates, YYYY-MM-DD.
 */
import { addDays } from '../calendar/swedish-calendar.js';

export interface PeriodSplit {
  /** The first day of the first whole month and the last day of the last one; null when none. */
  months: { from: string; to: string } | null;
}

const firstOfMonth = (day: string): string => `${day.slice(0, 7)}-01`;

function firstOfNextMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export function splitPeriod(from: string, to: string): PeriodSplit {
  const first = from.endsWith('-01') ? from : firstOfNextMonth(from);
  const afterTo = addDays(to, 1);
  const last = afterTo.endsWith('-01') ? to : addDays(firstOfMonth(to), -1);
  return { months: first <= last ? { from: first, to: last } : null };
}
