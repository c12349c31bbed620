/**
 * Goals (issue #6): a target for a measure over a period (day, week, month, tertial, year), met
 * or missed only on enough data. A goal is never missed on a handful of contacts, and neither is
 * it met on one: below the goal's minimum n the answer is "not enough data".
 */
import type { CalendarDay } from '../contacts/calendar-day.js';
import { daysOfIsoWeek, formatIsoWeek, isoWeekOfDay } from '../telephony/iso-week.js';
import { MIN_RELIABLE_N } from '../analysis/statistics.js';

export type GoalDirection = 'at_least' | 'at_most';
export type GoalLevel = 'day' | 'week' | 'month' | 'tertial' | 'year';
export type GoalStatus = 'met' | 'missed' | 'not_enough_data';

/** The minimum n a new goal gets unless the user chooses another (the analyses' rule of thumb). */
export const DEFAULT_GOAL_MINIMUM_N = MIN_RELIABLE_N;

export interface Goal {
  /** A share as a fraction (0.85 for 85%), or a count or time in the measure's own unit. */
  target: number;
  direction: GoalDirection;
  level: GoalLevel;
  /** Contacts (or calls) the period needs before it is judged. */
  minimumN: number;
}

/**
 * The period's figure: a share as numerator of denominator (n is the denominator), or a value
 * (a count, a mean time) with the number of contacts or calls behind it as n.
 */
export type GoalObservation =
  | { kind: 'share'; numerator: number; denominator: number }
  | { kind: 'value'; value: number | null; n: number };

export interface GoalCheck {
  status: GoalStatus;
  /** The share or value; null when there was nothing to measure. */
  value: number | null;
  n: number;
  target: number;
  direction: GoalDirection;
}

/** The goal judged on one period's figure: met, missed, or not enough data (n below minimumN, or no value). */
export function checkGoal(goal: Goal, observation: GoalObservation): GoalCheck {
  if (!Number.isInteger(goal.minimumN) || goal.minimumN < 1) {
    throw new RangeError(`a goal's minimum n is a whole number of at least 1 (${goal.minimumN})`);
  }
  let value: number | null;
  let n: number;
  if (observation.kind === 'share') {
    const { numerator, denominator } = observation;
    if (
      !Number.isInteger(numerator) ||
      !Number.isInteger(denominator) ||
      numerator < 0 ||
      numerator > denominator
    ) {
      throw new RangeError(`counts must satisfy 0 <= k <= n, integers (k=${numerator}, n=${denominator})`);
    }
    if (goal.target < 0 || goal.target > 1)
      throw new RangeError(`a share's target is a fraction (${goal.target})`);
    n = denominator;
    // k / n, not k >= target · n: the division is exactly rounded, so 85/100 equals the literal 0.85.
    value = denominator > 0 ? numerator / denominator : null;
  } else {
    if (!Number.isInteger(observation.n) || observation.n < 0) {
      throw new RangeError(`n is a whole number of contacts (${observation.n})`);
    }
    n = observation.n;
    value = observation.value;
  }
  const base = { value, n, target: goal.target, direction: goal.direction };
  if (value === null || n < goal.minimumN) return { status: 'not_enough_data', ...base };
  const isMet = goal.direction === 'at_least' ? value >= goal.target : value <= goal.target;
  return { status: isMet ? 'met' : 'missed', ...base };
}

/**
 * The period a day belongs to at a goal's level: "2026-03-11", ISO week "2026-W11", "2026-03",
 * tertial "2026-T1" (January-April, May-August, September-December, as municipal follow-up
 * divides the year), "2026".
 */
export function goalPeriodOf(day: CalendarDay, level: GoalLevel): string {
  switch (level) {
    case 'day':
      return day;
    case 'week':
      return formatIsoWeek(isoWeekOfDay(day));
    case 'month':
      return day.slice(0, 7);
    case 'tertial':
      return `${day.slice(0, 4)}-T${Math.floor((Number(day.slice(5, 7)) - 1) / 4) + 1}`;
    case 'year':
      return day.slice(0, 4);
  }
}

/**
 * The period a day belongs to at a goal's level, with its first and last day (inclusive):
 * 2026-03-11 by week is 2026-W11, 2026-03-09..2026-03-15; by tertial 2026-T1, 2026-01-01..2026-04-30.
 */
export function goalPeriodBounds(
  day: CalendarDay,
  level: GoalLevel,
): { period: string; from: CalendarDay; to: CalendarDay } {
  const period = goalPeriodOf(day, level);
  const year = day.slice(0, 4);
  const lastOfMonth = (month: number) =>
    new Date(Date.UTC(Number(year), month, 0)).toISOString().slice(0, 10);
  switch (level) {
    case 'day':
      return { period, from: day, to: day };
    case 'week': {
      const days = daysOfIsoWeek(isoWeekOfDay(day));
      return { period, from: days[0]!, to: days[6]! };
    }
    case 'month':
      return { period, from: `${day.slice(0, 7)}-01`, to: lastOfMonth(Number(day.slice(5, 7))) };
    case 'tertial': {
      const first = (Number(period.slice(-1)) - 1) * 4 + 1;
      return { period, from: `${year}-${String(first).padStart(2, '0')}-01`, to: lastOfMonth(first + 3) };
    }
    case 'year':
      return { period, from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** One day of a share for checkGoalByPeriod: numerator of denominator. */
export interface ShareDay {
  date: CalendarDay;
  numerator: number;
  denominator: number;
}

/**
 * A share goal judged per period at its level: the days summed into their periods (a pooled
 * share, so a busy day weighs more than a quiet one), in the order the periods first appear.
 * Closed days add nothing (their denominators are 0).
 */
export function checkShareGoalByPeriod(
  goal: Goal,
  days: readonly ShareDay[],
): { period: string; check: GoalCheck }[] {
  const totals = new Map<string, { numerator: number; denominator: number }>();
  for (const day of days) {
    const period = goalPeriodOf(day.date, goal.level);
    const total = totals.get(period) ?? { numerator: 0, denominator: 0 };
    total.numerator += day.numerator;
    total.denominator += day.denominator;
    totals.set(period, total);
  }
  return [...totals].map(([period, total]) => ({
    period,
    check: checkGoal(goal, { kind: 'share', ...total }),
  }));
}
