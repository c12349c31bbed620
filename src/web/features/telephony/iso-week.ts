/**
 * ISO 8601 weeks ("2026-W10") and calendar days ("2026-03-03") in the browser. The same rules as
 * src/core/telephony/iso-week.ts (weeks start on Monday; week 1 holds the year's first Thursday),
 * written again here on purpose: that module reaches date-holidays through core/calendar, which
 * would add about a megabyte to the web app for four lines of date arithmetic. The tests beside
 * this file check the same boundary cases as core's.
 */

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a moment in the browser's own time zone (what "today" means to the person). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether the text is a real calendar day written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function utcOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return dayOf(utcOf(day) + n * DAY_MS);
}

/** 0 for Monday ... 6 for Sunday. */
export function weekdayIndex(day: string): number {
  return (new Date(utcOf(day)).getUTCDay() + 6) % 7;
}

/** The ISO week of a day, its year the week's (2027-01-01 is in '2026-W53'). */
export function isoWeekOfDay(day: string): string {
  const thursday = addDays(day, 3 - weekdayIndex(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((utcOf(thursday) - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: an ISO year has 53 weeks when 28 December falls in week 53. */
export function weeksInIsoYear(year: number): number {
  return Number(isoWeekOfDay(`${year}-12-28`).slice(6));
}

/** Whether the text names a week that exists: '2026-W53' does, '2025-W53' and '2026-W00' do not. */
export function isIsoWeek(text: string): boolean {
  const match = WEEK.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return year >= 1900 && week >= 1 && week <= weeksInIsoYear(year);
}

/** The Monday of a week (the week must be valid, see isIsoWeek). */
export function mondayOfIsoWeek(week: string): string {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  return addDays(jan4, (n - 1) * 7 - weekdayIndex(jan4));
}

/** The week `n` weeks after (or before, for a negative n) the given one. */
export function addIsoWeeks(week: string, n: number): string {
  return isoWeekOfDay(addDays(mondayOfIsoWeek(week), n * 7));
}

/**
 * The report's default period: the `count` weeks that end with the last complete week, the week
 * before the week of `today` (today is not over, and on a Monday the week so far is hours old).
 */
export function defaultWeekRange(today: string, count = 10): { from: string; to: string } {
  const to = addIsoWeeks(isoWeekOfDay(today), -1);
  return { from: addIsoWeeks(to, -(count - 1)), to };
}
