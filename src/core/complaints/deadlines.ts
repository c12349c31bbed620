/**
 * Deadlines of a synpunkt in working days (issue #17): to acknowledge (default 1) and to answer
 * (default 5: "svar inom fem arbetsdagar", as Vara and Mjölby write it), each per type.
 *
 * A working day is a day the municipality is open in the Swedish calendar (core/calendar:
 * weekends, public holidays, midsommarafton, julafton, nyårsafton and the tenant's own closed
 * days are not). The day a case comes in is day 0, whether or not it is a working day; the
 * deadline is the end of the n-th working day after it. A case that comes in on a Friday with
 * one working day to acknowledge is due on Monday; one that comes in on a Saturday is due on
 * Monday too (the first working day after it).
 */
import type { CalendarDay } from '../contacts/calendar-day.js';
import { addDays, isClosedDay, type ClosedDayOptions } from '../calendar/swedish-calendar.js';
import type { ComplaintType } from './complaints.js';

export interface DeadlineRule {
  acknowledgeDays: number;
  answerDays: number;
}

export type DeadlineRules = Readonly<Record<ComplaintType, DeadlineRule>>;

export const DEFAULT_DEADLINES: DeadlineRules = {
  complaint: { acknowledgeDays: 1, answerDays: 5 },
  praise: { acknowledgeDays: 1, answerDays: 5 },
  suggestion: { acknowledgeDays: 1, answerDays: 5 },
  question: { acknowledgeDays: 1, answerDays: 5 },
};

export const MAX_DEADLINE_DAYS = 60;

/** The n-th working day after `day` (n >= 0; n = 0 is the day itself). */
export function addWorkingDays(day: CalendarDay, n: number, options: ClosedDayOptions = {}): CalendarDay {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DEADLINE_DAYS) throw new RangeError(`not a deadline: ${n}`);
  const extra = [...(options.extraClosedDays ?? [])];
  let candidate = day;
  for (let left = n; left > 0; ) {
    candidate = addDays(candidate, 1);
    if (!isClosedDay(candidate, { extraClosedDays: extra })) left--;
  }
  return candidate;
}

/**
 * Working days from `from` to `to`: the open days after `from` up to and including `to`
 * (0 when answered the day it came in, or on the weekend after it). Negative never: `to`
 * before `from` gives 0.
 */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay, options: ClosedDayOptions = {}): number {
  const extra = [...(options.extraClosedDays ?? [])];
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
    if (!isClosedDay(day, { extraClosedDays: extra })) count++;
  return count;
}

export interface Deadlines {
  acknowledgeBy: CalendarDay;
  answerBy: CalendarDay;
}

export function deadlinesOf(
  receivedDay: CalendarDay,
  type: ComplaintType,
  rules: DeadlineRules = DEFAULT_DEADLINES,
  options: ClosedDayOptions = {},
): Deadlines {
  const rule = rules[type];
  return {
    acknowledgeBy: addWorkingDays(receivedDay, rule.acknowledgeDays, options),
    answerBy: addWorkingDays(receivedDay, rule.answerDays, options),
  };
}

/** Whether something done on `doneDay` (null: not yet, judged on `today`) kept the deadline. */
export function keptDeadline(deadline: CalendarDay, doneDay: CalendarDay | null, today: CalendarDay): boolean | null {
  if (doneDay !== null) return doneDay <= deadline;
  return today > deadline ? false : null;
}
