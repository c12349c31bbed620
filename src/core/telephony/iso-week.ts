/**
 * ISO 8601 weeks as the weekly report names them ("2026-W10"): weeks start on Monday, and week 1
 * of a year is the week holding its first Thursday, so 2025-12-29 is in 2026-W01 and 2027-01-01
 * is in 2026-W53. Swedish calendars print the same week numbers.
 */
import { addDays, weekdayOf } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';

export interface IsoWeek {
  year: number;
  week: number;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** 52 or 53: the ISO year has 53 weeks when 28 December falls in week 53. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOfDay(`${year}-12-28`).week;
}

/** The ISO week holding a calendar day (its year can differ from the day's near New Year). */
export function isoWeekOfDay(day: CalendarDay): IsoWeek {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const days = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return { year, week: Math.floor(days / 7) + 1 };
}

/** "2026-W10" → { year: 2026, week: 10 }; RangeError for anything else (W00, W54, W53 of a 52-week year). */
export function parseIsoWeek(text: string): IsoWeek {
  const match = ISO_WEEK.exec(text);
  if (!match) throw new RangeError(`not an ISO week (YYYY-Www): ${text}`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1900 || week < 1 || week > weeksInIsoYear(year))
    throw new RangeError(`no week ${week} in ISO year ${year}: ${text}`);
  return { year, week };
}

/** { year: 2026, week: 3 } → "2026-W03". */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of the week. */
export function mondayOfIsoWeek({ year, week }: IsoWeek): CalendarDay {
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  const mondayOfWeek1 = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

/** The seven days of the week, Monday to Sunday. */
export function daysOfIsoWeek(week: IsoWeek): CalendarDay[] {
  const monday = mondayOfIsoWeek(week);
  return [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n));
}

/** The weeks from `from` to `to`, both included; RangeError when `to` is before `from`. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const last = mondayOfIsoWeek(to);
  let monday = mondayOfIsoWeek(from);
  if (last < monday) throw new RangeError(`${formatIsoWeek(to)} is before ${formatIsoWeek(from)}`);
  const weeks: IsoWeek[] = [];
  while (monday <= last) {
    weeks.push(isoWeekOfDay(monday));
    monday = addDays(monday, 7);
  }
  return weeks;
}
