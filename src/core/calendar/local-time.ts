/**
 * Wall-clock time in a zone to an instant. "09:30 on 2026-03-30" in Stockholm is 07:30 UTC
 * (summer time, UTC+2), while "09:30 on 2026-03-27" is 08:30 UTC (winter time, UTC+1): the
 * clocks go from 02:00 to 03:00 on the last Sunday of March and from 03:00 back to 02:00 on the
 * last Sunday of October (EU Directive 2000/84/EC). So a local time can be missing (02:30 in
 * March) or happen twice (02:30 in October). Uses Intl's time zone data only.
 */
import {
  isCalendarDay,
  MUNICIPAL_TIME_ZONE,
  wallClockMs,
  type CalendarDay,
} from '../contacts/calendar-day.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone's offset from UTC at the instant, in minutes (Stockholm: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string = MUNICIPAL_TIME_ZONE): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockMs(whole, timeZone) - whole) / MINUTE);
}

/**
 * The instant at which the zone's clocks show the wall-clock time given as the milliseconds of a
 * UTC date with the same fields. A time that happens twice is taken the first time, as RFC 5545
 * and Temporal's 'compatible' choice do; a time the clocks skip gives null.
 */
function exactInstantMs(naiveMs: number, timeZone: string): number | null {
  const whole = Math.floor(naiveMs / 1000) * 1000;
  // The offsets a day before and a day after cover both sides of any clock change nearby.
  const offsets = new Set([whole - DAY, whole + DAY].map((t) => wallClockMs(t, timeZone) - t));
  const candidates = [...offsets]
    .map((offset) => whole - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === whole)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? null : first + (naiveMs - whole);
}

/**
 * The instant at which the zone's clocks show the local time; null for a time the clocks skip
 * (to be reported, not guessed: imports).
 */
export function zonedInstant(local: LocalDateTime, timeZone: string = MUNICIPAL_TIME_ZONE): Date | null {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const exact = exactInstantMs(naive, timeZone);
  return exact === null ? null : new Date(exact);
}

/**
 * The instant at which the zone's clocks show `minuteOfDay` minutes past midnight on the day
 * (0-1439; seconds and milliseconds may follow as a fraction). A time that happens twice is the
 * first, in summer time; a time skipped when the clocks go forward (02:30 on the last Sunday of
 * March) is read with the offset before the change, as if the clock had not been moved yet
 * (03:30 summer time): generated data and clock readings never fail.
 */
export function instantAtLocalTime(
  day: CalendarDay,
  minuteOfDay: number,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  if (!(minuteOfDay >= 0 && minuteOfDay < 1440))
    throw new RangeError(`not a minute of the day: ${minuteOfDay}`);
  const naive = Date.parse(`${day}T00:00:00Z`) + Math.round(minuteOfDay * MINUTE);
  const exact = exactInstantMs(naive, timeZone);
  if (exact !== null) return new Date(exact);
  const before = wallClockMs(naive - DAY, timeZone) - (naive - DAY);
  return new Date(naive - before);
}
