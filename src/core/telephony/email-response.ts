/**
 * E-mails answered within one working day (docs/metrics.md, "Telephony"; DOMAIN.md: the national
 * comparison asks for the share of e-mails answered within one working day).
 *
 * - Working time between two instants counts only the day's window (default 08:00-17:00 local
 *   time) on working days, in the tenant's time zone (default Europe/Stockholm). A working day is
 *   a day that is not a closed day by src/core/calendar/swedish-calendar.ts (weekends, public
 *   holidays, midsommarafton, julafton, nyårsafton) nor one of the tenant's extra closed days.
 *   The window's ends are local wall-clock times, so a window is 9 hours on the days the clocks
 *   change too (the changes happen at night).
 * - An e-mail is answered within one working day when the working time from receipt to first
 *   answer is at most the limit (default 9 hours: one whole default window).
 * - Unanswered e-mails: one still unanswered at `asOf` whose working time since receipt already
 *   exceeds the limit can no longer be answered in time and counts as late (in the denominator);
 *   one still within the limit is pending and left out of the denominator until it is answered or
 *   runs out of time. For a period long past, nothing is pending and the denominator is every
 *   e-mail received.
 */
import { isClosedDay } from '../calendar/swedish-calendar.js';
import { instantAtLocalTime } from '../calendar/local-time.js';
import { calendarDayOfNumber, localSeconds } from '../calendar/local-day.js';
import {
  MUNICIPAL_TIME_ZONE,
  nextCalendarDay,
  startOfCalendarDay,
  type CalendarDay,
} from '../contacts/calendar-day.js';
import { share } from './daily-measures.js';

const HOUR_MS = 3_600_000;

export interface WorkingTimeOptions {
  timeZone?: string;
  /** The tenant's own closed days ('YYYY-MM-DD'), on top of weekends and holidays. */
  extraClosedDays?: Iterable<CalendarDay>;
  /** Start of the working window, minutes past local midnight. Default 480 (08:00). */
  dayStartMinute?: number;
  /** End of the working window, minutes past local midnight (1440 = midnight). Default 1020 (17:00). */
  dayEndMinute?: number;
}

function windowOf(options: WorkingTimeOptions): { start: number; end: number } {
  const start = options.dayStartMinute ?? 480;
  const end = options.dayEndMinute ?? 1020;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= 1440))
    throw new RangeError(`working window ${start}-${end} is not 0 <= start < end <= 1440 minutes`);
  return { start, end };
}

/**
 * The working time in milliseconds from `from` to `to`: the part of [from, to) inside the window
 * of a working day. 0 when `to` is not after `from`.
 */
export function workingTimeMs(from: Date, to: Date, options: WorkingTimeOptions = {}): number {
  return workingClock(options)(from, to);
}

/**
 * workingTimeMs for many intervals under the same options: each day's window (and whether the
 * day is closed) is worked out once and remembered, and days are found from a cached offset, so
 * a year of e-mails costs a year of days of time-zone arithmetic, not one per e-mail.
 */
export function workingClock(options: WorkingTimeOptions = {}): (from: Date, to: Date) => number {
  const timeZone = options.timeZone ?? MUNICIPAL_TIME_ZONE;
  const { start, end } = windowOf(options);
  const extraClosedDays = [...(options.extraClosedDays ?? [])];
  const local = localSeconds(timeZone);
  const dayOf = (ms: number) => Math.floor(local(Math.floor(ms / 1000)) / 86_400);
  const windows = new Map<number, { open: number; close: number } | null>();
  const windowOn = (dayNumber: number) => {
    let window = windows.get(dayNumber);
    if (window === undefined) {
      const day = calendarDayOfNumber(dayNumber);
      window = isClosedDay(day, { extraClosedDays })
        ? null
        : {
            open: instantAtLocalTime(day, start, timeZone).getTime(),
            close: (end === 1440
              ? startOfCalendarDay(nextCalendarDay(day), timeZone)
              : instantAtLocalTime(day, end, timeZone)
            ).getTime(),
          };
      windows.set(dayNumber, window);
    }
    return window;
  };
  return (from, to) => {
    const a = from.getTime();
    const b = to.getTime();
    if (!(b > a)) return 0;
    let total = 0;
    for (let day = dayOf(a), last = dayOf(b); day <= last; day += 1) {
      const w = windowOn(day);
      if (w) total += Math.max(0, Math.min(b, w.close) - Math.max(a, w.open));
    }
    return total;
  };
}

export interface ReceivedEmail {
  receivedAt: Date;
  /** The first answer; null while unanswered. */
  answeredAt: Date | null;
}

export interface EmailResponseOptions extends WorkingTimeOptions {
  /** When the measure is taken: decides whether an unanswered e-mail is late or pending. */
  asOf: Date;
  /** "Within one working day" means at most this many working hours. Default 9. */
  limitHours?: number;
}

export interface EmailResponseMeasures {
  received: number;
  answered: number;
  /** Answered with at most the limit of working time from receipt. */
  answeredWithin: number;
  /** Answered, but after more than the limit. */
  answeredLate: number;
  /** Unanswered at asOf with more than the limit of working time since receipt. */
  unansweredLate: number;
  /** Unanswered at asOf and still within the limit: not in the denominator. */
  pending: number;
  /** received - pending: the e-mails whose result is known. */
  due: number;
  /** answeredWithin / due; null when nothing is due. */
  answeredWithinShare: number | null;
  /** Working time from receipt to answer summed over answered e-mails, in seconds. */
  answeredWorkingSeconds: number;
  /** answeredWorkingSeconds / answered; null when nothing was answered. */
  meanWorkingSecondsToAnswer: number | null;
}

/**
 * The e-mail measure over the e-mails received in one period (the caller chooses them by
 * receipt). An answer before its receipt is an error, reported with the e-mail's position.
 */
export function emailResponseMeasures(
  emails: readonly ReceivedEmail[],
  options: EmailResponseOptions,
): EmailResponseMeasures {
  const limitHours = options.limitHours ?? 9;
  if (!(limitHours >= 0)) throw new RangeError(`limit of ${limitHours} working hours is negative`);
  const limitMs = limitHours * HOUR_MS;
  const working = workingClock({ ...options, extraClosedDays: [...(options.extraClosedDays ?? [])] });
  const m: EmailResponseMeasures = {
    received: 0,
    answered: 0,
    answeredWithin: 0,
    answeredLate: 0,
    unansweredLate: 0,
    pending: 0,
    due: 0,
    answeredWithinShare: null,
    answeredWorkingSeconds: 0,
    meanWorkingSecondsToAnswer: null,
  };
  emails.forEach((email, index) => {
    m.received += 1;
    if (email.answeredAt) {
      if (email.answeredAt.getTime() < email.receivedAt.getTime())
        throw new RangeError(`e-mail ${index + 1}: answered before it was received`);
      const ms = working(email.receivedAt, email.answeredAt);
      m.answered += 1;
      m.answeredWorkingSeconds += ms / 1000;
      if (ms <= limitMs) m.answeredWithin += 1;
      else m.answeredLate += 1;
    } else if (working(email.receivedAt, options.asOf) > limitMs) {
      m.unansweredLate += 1;
    } else {
      m.pending += 1;
    }
  });
  m.due = m.received - m.pending;
  m.answeredWithinShare = share(m.answeredWithin, m.due);
  m.meanWorkingSecondsToAnswer = share(m.answeredWorkingSeconds, m.answered);
  return m;
}
