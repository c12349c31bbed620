/**
 * Calendar days in the municipality's time zone. A Swedish contact centre's "today" and a
 * period filter's "1-31 March" are days in Europe/Stockholm, whatever the server's zone, and a
 * day is 23 or 25 hours long when daylight saving time starts or ends (last Sunday of March and
 * of October, at 01:00 UTC: EU Directive 2000/84/EC). Uses Intl's time zone data only.
 */

export const MUNICIPAL_TIME_ZONE = 'Europe/Stockholm';

/** A calendar day as 'YYYY-MM-DD'. */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of an instant in the zone. */
function wallClock(
  instant: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/**
 * The zone's wall clock at the instant, as milliseconds of a UTC date with the same fields
 * (whole seconds): the instant plus the zone's offset then.
 */
export function wallClockMs(instantMs: number, timeZone: string = MUNICIPAL_TIME_ZONE): number {
  const w = wallClock(new Date(instantMs), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The calendar day on which the instant falls in the zone. */
export function calendarDayOf(instant: Date, timeZone: string = MUNICIPAL_TIME_ZONE): CalendarDay {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether the two instants fall on the same calendar day in the zone. */
export function isSameCalendarDay(a: Date, b: Date, timeZone: string = MUNICIPAL_TIME_ZONE): boolean {
  return calendarDayOf(a, timeZone) === calendarDayOf(b, timeZone);
}

/** Whether the text is a real calendar day 'YYYY-MM-DD' (no 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The days Lots works with: 2000-01-01 to 2099-12-31. Every date a client sends is bounded to
 * them (server/http/dates.ts), so a far-off year never reaches the calendar arithmetic or the
 * database (issue #11: `to=9999-12-31` gave a RangeError, `0000-01-01` a database error).
 */
export const FIRST_SUPPORTED_DAY: CalendarDay = '2000-01-01';
export const LAST_SUPPORTED_DAY: CalendarDay = '2099-12-31';

/** Whether the text is a real calendar day within the supported range. */
export function isSupportedDay(text: string): boolean {
  return isCalendarDay(text) && text >= FIRST_SUPPORTED_DAY && text <= LAST_SUPPORTED_DAY;
}

/** Offset of the zone from UTC at the instant, in milliseconds (Stockholm: +1 h winter, +2 h summer). */
function offsetAt(instant: Date, timeZone: string): number {
  return wallClockMs(instant.getTime(), timeZone) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the calendar day starts in the zone (local midnight). Stockholm's clock
 * changes happen at 02:00 and 03:00 local time, never at midnight, so midnight always exists
 * exactly once; the second pass settles the offset on the day of a change.
 */
export function startOfCalendarDay(day: CalendarDay, timeZone: string = MUNICIPAL_TIME_ZONE): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  const first = naive - offsetAt(new Date(naive), timeZone);
  const second = naive - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

/** The calendar day after the given one ('2026-12-31' -> '2027-01-01'). */
export function nextCalendarDay(day: CalendarDay): CalendarDay {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The half-open interval [start, end) of instants from the first day's midnight to the midnight
 * after the last day, in the zone: what "from 2026-03-01 to 2026-03-31" means for a period filter.
 */
export function calendarDayRange(
  from: CalendarDay,
  to: CalendarDay,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): { start: Date; end: Date } {
  return {
    start: startOfCalendarDay(from, timeZone),
    end: startOfCalendarDay(nextCalendarDay(to), timeZone),
  };
}
