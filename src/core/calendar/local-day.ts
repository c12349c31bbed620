/**
 * The local calendar day of many instants, fast: an import assigns a day to each of a million
 * calls, and Intl's formatter costs microseconds a call. The zone's offset is looked up once per
 * quarter hour of UTC time and cached; every clock change in the time zone database falls on a
 * quarter hour (Stockholm's on 01:00 UTC), so the day is the one Intl gives, across daylight
 * saving changes too.
 */
import { wallClockMs, type CalendarDay } from '../contacts/calendar-day.js';

const QUARTER_HOUR_SECONDS = 900;
const DAY_SECONDS = 86_400;

/** Days since 1970-01-01 of a calendar day ('YYYY-MM-DD'). */
export function dayNumberOf(day: CalendarDay): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** The calendar day ('YYYY-MM-DD') that is `n` days after 1970-01-01. */
export function calendarDayOfNumber(n: number): CalendarDay {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A function from epoch seconds to the local day in the zone, as days since 1970-01-01 (the
 * same numbering as PostgreSQL's `date '1970-01-01' + n`).
 */
export function localDayNumbers(timeZone: string): (epochSeconds: number) => number {
  const local = localSeconds(timeZone);
  return (epochSeconds) => Math.floor(local(epochSeconds) / DAY_SECONDS);
}

/**
 * A function from epoch seconds to the zone's wall clock as seconds since 1970-01-01 00:00 local
 * time: its day is `Math.floor(s / 86400)`, its hour `Math.floor((s % 86400) / 3600)`.
 */
export function localSeconds(timeZone: string): (epochSeconds: number) => number {
  const offsets = new Map<number, number>();
  return (epochSeconds) => {
    const bucket = Math.floor(epochSeconds / QUARTER_HOUR_SECONDS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const at = bucket * QUARTER_HOUR_SECONDS * 1000;
      offset = (wallClockMs(at, timeZone) - at) / 1000;
      offsets.set(bucket, offset);
    }
    return epochSeconds + offset;
  };
}
