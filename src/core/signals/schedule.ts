/**
 * When the daily evaluation of signals runs (issue #6): at a fixed local time, 06:00 in Sweden,
 * whatever the clock change. Pure, so the days the clocks change can be tested.
 */
import {
  calendarDayOf,
  MUNICIPAL_TIME_ZONE,
  nextCalendarDay,
  startOfCalendarDay,
  wallClockMs,
  type CalendarDay,
} from '../contacts/calendar-day.js';

/** The local hour the evaluation runs at. */
export const SIGNALS_RUN_HOUR = 6;

const HOUR_MS = 3_600_000;

/**
 * The instant of `hour`:00 local time on the day. Stockholm's clocks change at 02:00 and 03:00,
 * so a later hour exists exactly once; it is found from the day's local midnight plus the hours,
 * corrected by however much the clock moved in between.
 */
export function localTimeOn(day: CalendarDay, hour: number, timeZone: string = MUNICIPAL_TIME_ZONE): Date {
  const midnight = startOfCalendarDay(day, timeZone).getTime();
  const guess = midnight + hour * HOUR_MS;
  // The wall clock at the guess runs ahead by the hour the clock sprang forward (or behind).
  const wallHour = (wallClockMs(guess, timeZone) - wallClockMs(midnight, timeZone)) / HOUR_MS;
  return new Date(guess - (wallHour - hour) * HOUR_MS);
}

/** The next run strictly after `now`: today's `hour`:00 local time if still ahead, else tomorrow's. */
export function nextRunAt(
  now: Date,
  hour: number = SIGNALS_RUN_HOUR,
  timeZone: string = MUNICIPAL_TIME_ZONE,
): Date {
  const today = calendarDayOf(now, timeZone);
  const run = localTimeOn(today, hour, timeZone);
  return run.getTime() > now.getTime() ? run : localTimeOn(nextCalendarDay(today), hour, timeZone);
}

/** The day a run at `now` evaluates: yesterday, local time (the last whole day). */
export function dayToEvaluate(now: Date, timeZone: string = MUNICIPAL_TIME_ZONE): CalendarDay {
  const today = calendarDayOf(now, timeZone);
  return calendarDayOf(new Date(startOfCalendarDay(today, timeZone).getTime() - HOUR_MS), timeZone);
}
