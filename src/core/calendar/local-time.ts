/**
 * Wall-clock time in the municipality's zone to an instant. "09:30 on 2026-03-30" in Stockholm is
 * 07:30 UTC (summer time, UTC+2), while "09:30 on 2026-03-27" is 08:30 UTC (winter time, UTC+1):
 * the clocks change on the last Sunday of March and of October at 01:00 UTC (EU Directive
 * 2000/84/EC). Uses Intl's time zone data only.
 */
import { isCalendarDay, MUNICIPAL_TIME_ZONE, type CalendarDay } from '../contacts/calendar-day.js';

const MINUTE = 60_000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at the instant, in minutes (Stockholm: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string = MUNICIPAL_TIME_ZONE): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT+02:00", or plain "GMT" for UTC itself.
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new RangeError(`unexpected offset ${name} in ${timeZone}`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The instant at which the zone's clocks show `minuteOfDay` minutes past midnight on the day
 * (0-1439; seconds and milliseconds may follow as a fraction). A wall-clock time skipped when
 * the clocks go forward (02:30 on the last Sunday of March) is read with the offset before the
 * change, as if the clock had not been moved yet (03:30 summer time); a time that happens twice
 * when they go back (02:30 on the last Sunday of October) is the first, in summer time.
 */
export function instantAtLocalTime(
  day: CalendarDay,
  minuteOfDay: number,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  if (!(minuteOfDay >= 0 && minuteOfDay < 1440))
    throw new RangeError(`not a minute of the day: ${minuteOfDay}`);
  const asUtc = Date.parse(`${day}T00:00:00Z`) + minuteOfDay * MINUTE;
  // The offset an hour before is the one in force before any change at this time of day.
  const before = utcOffsetMinutes(new Date(asUtc - 180 * MINUTE), timeZone);
  const candidate = asUtc - before * MINUTE;
  const after = utcOffsetMinutes(new Date(candidate), timeZone);
  if (after === before) return new Date(candidate);
  // The offset changed between: does the wall clock, read with the new offset, still exist?
  const withAfter = asUtc - after * MINUTE;
  return utcOffsetMinutes(new Date(withAfter), timeZone) === after
    ? new Date(withAfter)
    : new Date(candidate);
}
