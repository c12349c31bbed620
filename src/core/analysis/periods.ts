/**
 * The buckets of a time series (ISO weeks or calendar months, cut to the period), and "the same
 * days last year" for comparisons: for a week, the same ISO weekday of the same ISO week a year
 * earlier (so Mondays meet Mondays); for a month, the same date a year earlier.
 */
import { addDays, daysBetween, weekdayOf } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import { formatIsoWeek, isoWeekOfDay, mondayOfIsoWeek, weeksInIsoYear } from '../telephony/iso-week.js';
import type { Bucket, SeriesInterval } from './types.js';

export function bucketKeyOf(day: CalendarDay, interval: SeriesInterval): string {
  return interval === 'week' ? formatIsoWeek(isoWeekOfDay(day)) : day.slice(0, 7);
}

/** The buckets from the period's first day to its last, each cut to the period. */
export function bucketsOf(from: CalendarDay, to: CalendarDay, interval: SeriesInterval): Bucket[] {
  const buckets: Bucket[] = [];
  for (const day of daysBetween(from, to)) {
    const key = bucketKeyOf(day, interval);
    const last = buckets[buckets.length - 1];
    if (last && last.key === key) last.to = day;
    else buckets.push({ key, from: day, to: day });
  }
  return buckets;
}

/** The number of calendar days in a bucket or period. */
export function dayCount(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The day a year earlier that a day is compared with, or null when there is none: week 53 in
 * a year before one without, 29 February.
 */
export function lastYearDayOf(day: CalendarDay, interval: SeriesInterval): CalendarDay | null {
  if (interval === 'month') {
    const [y, m, d] = day.split('-');
    if (m === '02' && d === '29') return null;
    return `${String(Number(y) - 1).padStart(4, '0')}-${m}-${d}`;
  }
  const { year, week } = isoWeekOfDay(day);
  if (week > weeksInIsoYear(year - 1)) return null;
  return addDays(mondayOfIsoWeek({ year: year - 1, week }), (weekdayOf(day) + 6) % 7);
}

/** The earliest and latest day a year earlier that a period can be compared with. */
export function lastYearRange(from: CalendarDay, to: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  // A week a year earlier begins at most 371 days before (52 weeks + 1 when the year had 53)
  // and at least 364; a date a year earlier is 365 or 366 days before.
  return { from: addDays(from, -371), to: addDays(to, -364) };
}

/** The same date a year earlier (29 February: 28 February). */
export function sameDateYearBefore(day: CalendarDay): CalendarDay {
  const [y, m, d] = day.split('-');
  const year = String(Number(y) - 1).padStart(4, '0');
  return m === '02' && d === '29' ? `${year}-02-28` : `${year}-${m}-${d}`;
}

/**
 * The base period a change is compared with by default: the same dates a year before when
 * contacts were logged then (the period starts on or after the first day with contacts,
 * `dataFrom`); else the period of the same length just before, when that has data; else null:
 * nothing logged to compare with. Missing is not zero: a year before the first contact is no
 * year of zero contacts.
 */
export function defaultBasePeriod(
  from: CalendarDay,
  to: CalendarDay,
  dataFrom: CalendarDay | null,
): { from: CalendarDay; to: CalendarDay } | null {
  if (dataFrom === null) return null;
  const yearBefore = { from: sameDateYearBefore(from), to: sameDateYearBefore(to) };
  if (yearBefore.from >= dataFrom) return yearBefore;
  const length = dayCount(from, to);
  const preceding = { from: addDays(from, -length), to: addDays(from, -1) };
  return preceding.from >= dataFrom ? preceding : null;
}
