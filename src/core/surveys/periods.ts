/**
 * How the survey results read a period from their counts (migration 0022), which are kept per day
 * and per calendar month: each month the period touches is read from its month's row, and a month
 * it covers only in part either from the days inside the period, or as the month's row less the
 * days outside it, whichever reads fewer days (at most 15 a month). Counts add and subtract
 * exactly, so the sum is the period's. Days are ISO dates, YYYY-MM-DD.
 */
import { addDays, daysBetween } from '../calendar/swedish-calendar.js';

export interface PeriodPart {
  grain: 'day' | 'month';
  /** The first day (of a month for grain month) and the last day of the part. */
  from: string;
  to: string;
  /** 1: added; -1: taken away. */
  sign: 1 | -1;
}

const firstOfMonth = (day: string): string => `${day.slice(0, 7)}-01`;

function lastOfMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

export function periodParts(from: string, to: string): PeriodPart[] {
  const parts: PeriodPart[] = [];
  const whole: { from: string; to: string }[] = [];
  for (let month = firstOfMonth(from); month <= to; month = addDays(lastOfMonth(month), 1)) {
    const end = lastOfMonth(month);
    const inFrom = from > month ? from : month;
    const inTo = to < end ? to : end;
    if (inFrom === month && inTo === end) {
      whole.push({ from: month, to: end });
      continue;
    }
    const inside = daysBetween(inFrom, inTo).length;
    const monthDays = daysBetween(month, end).length;
    if (inside <= monthDays - inside) {
      parts.push({ grain: 'day', from: inFrom, to: inTo, sign: 1 });
    } else {
      whole.push({ from: month, to: end });
      if (inFrom > month) parts.push({ grain: 'day', from: month, to: addDays(inFrom, -1), sign: -1 });
      if (inTo < end) parts.push({ grain: 'day', from: addDays(inTo, 1), to: end, sign: -1 });
    }
  }
  if (whole.length > 0) {
    // Whole months are contiguous: one range of month rows.
    parts.unshift({ grain: 'month', from: whole[0]!.from, to: whole[whole.length - 1]!.to, sign: 1 });
  }
  return parts;
}
