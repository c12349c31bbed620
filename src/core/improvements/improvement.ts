/**
 * The improvement board (tavelmöte, issue #6): what an improvement targets, where it stands, the
 * weeks its "before" is measured over, the weeks its "after" is measured over, and the verdict.
 *
 * An improvement targets contacts by topic (each with the topics below it), by need and by
 * failure-demand reason. Its population is the contacts whose topic is one of the targeted
 * topics (when any are given) AND whose need is one of the targeted needs (when any are given);
 * its targeted failure demand is the failure-demand contacts of that population, with one of the
 * targeted reasons when any are given. The verdict (improvement-verdict.ts) is on the volume of
 * targeted failure demand, made comparable across seasons.
 *
 * Before: the whole ISO weeks preceding the week the improvement was created (default 12), taken
 * once at creation and kept as they were then (a snapshot), so later corrections of contacts do
 * not move the baseline under the improvement. After: the whole ISO weeks from the first Monday
 * on or after the day the change took effect (implementedOn) through the last week that is over.
 */
import { addDays, weekdayOf } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import { FAILURE_REASONS, NEEDS, type FailureReason, type Need } from '../contacts/taxonomy.js';

export const IMPROVEMENT_STATUSES = ['idea', 'planned', 'in_progress', 'done', 'evaluated'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export const DEFAULT_BASELINE_WEEKS = 12;
export const MIN_BASELINE_WEEKS = 4;
export const MAX_BASELINE_WEEKS = 52;
export const MAX_TARGET_TOPICS = 50;

export interface ImprovementTargets {
  topicIds: readonly string[];
  needs: readonly Need[];
  failureReasons: readonly FailureReason[];
}

export interface Refusal {
  field: string;
  code: string;
}

/**
 * Why targets cannot be used: none at all, too many topics, or a value given twice. A card that
 * names a survey measure (issue #15: "how cooperation is rated") may target nothing else; it then
 * has no failure-demand before/after, only the survey measure's.
 */
export function targetRefusals(
  targets: ImprovementTargets,
  options: { hasSurveyMeasure?: boolean } = {},
): Refusal[] {
  const refusals: Refusal[] = [];
  const { topicIds, needs, failureReasons } = targets;
  if (topicIds.length + needs.length + failureReasons.length === 0 && !options.hasSurveyMeasure)
    refusals.push({ field: 'targets', code: 'targets_required' });
  if (topicIds.length > MAX_TARGET_TOPICS)
    refusals.push({ field: 'targets/topicIds', code: 'too_many_items' });
  const twice = (values: readonly string[]) => new Set(values).size !== values.length;
  if (twice(topicIds)) refusals.push({ field: 'targets/topicIds', code: 'value_twice' });
  if (twice(needs)) refusals.push({ field: 'targets/needs', code: 'value_twice' });
  if (twice(failureReasons)) refusals.push({ field: 'targets/failureReasons', code: 'value_twice' });
  if (needs.some((n) => !NEEDS.includes(n)))
    refusals.push({ field: 'targets/needs', code: 'invalid_choice' });
  if (failureReasons.some((r) => !FAILURE_REASONS.includes(r)))
    refusals.push({ field: 'targets/failureReasons', code: 'invalid_choice' });
  return refusals;
}

/**
 * Moves on the board. Any column to any other, so a card put in the wrong column can go back,
 * except 'evaluated': only a done improvement (one whose change took effect) can be evaluated.
 */
export function moveRefusal(from: ImprovementStatus, to: ImprovementStatus): string | null {
  if (to === 'evaluated' && from !== 'done' && from !== 'evaluated') return 'evaluate_only_when_done';
  return null;
}

/** The Monday of the ISO week of a day. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** The whole ISO weeks before the week of `created`: from a Monday to a Sunday. */
export function baselinePeriod(
  created: CalendarDay,
  weeks: number = DEFAULT_BASELINE_WEEKS,
): { from: CalendarDay; to: CalendarDay } {
  if (!Number.isInteger(weeks) || weeks < MIN_BASELINE_WEEKS || weeks > MAX_BASELINE_WEEKS)
    throw new RangeError(`baseline weeks must be ${MIN_BASELINE_WEEKS}..${MAX_BASELINE_WEEKS}`);
  const monday = mondayOf(created);
  return { from: addDays(monday, -7 * weeks), to: addDays(monday, -1) };
}

/**
 * The whole weeks after the change: from the first Monday on or after implementedOn (the week it
 * took effect in is partly before, so it is left out) to the Sunday of the last week that is over
 * by `today` (today itself is not over). null while no such week exists.
 */
export function afterPeriod(
  implementedOn: CalendarDay,
  today: CalendarDay,
): { from: CalendarDay; to: CalendarDay } | null {
  const from = weekdayOf(implementedOn) === 1 ? implementedOn : addDays(mondayOf(implementedOn), 7);
  const to = addDays(mondayOf(today), -1);
  return to >= from ? { from, to } : null;
}

/** The figures of one ISO week (its Monday) for an improvement's population. */
export interface WeekFigures {
  week: CalendarDay;
  /** Contacts in the population. */
  contacts: number;
  /** Targeted failure-demand contacts among them. */
  failureDemand: number;
  /**
   * All the municipality's contacts that week (the population included). Before snapshots taken
   * before migration 0015 lack it; the server reads it then.
   */
  allContacts: number;
}

/**
 * A recurring cycle the user names for an improvement, such as a quarterly invoice run: its
 * length in weeks and a day one cycle began on (an invoice day). Weeks in the same place of the
 * cycle are compared with each other.
 */
export interface Cycle {
  weeks: number;
  startsOn: CalendarDay;
}

export const MIN_CYCLE_WEEKS = 2;
export const MAX_CYCLE_WEEKS = 52;

/** The place of a week (its Monday) in a cycle: 0 for the week the cycle began in, 1 the next, ... */
export function cyclePhase(week: CalendarDay, cycle: Cycle): number {
  const days =
    (Date.parse(`${mondayOf(week)}T00:00:00Z`) - Date.parse(`${mondayOf(cycle.startsOn)}T00:00:00Z`)) /
    86_400_000;
  const weeks = Math.round(days / 7);
  return ((weeks % cycle.weeks) + cycle.weeks) % cycle.weeks;
}

/** 52 weeks (364 days) before a day: the same weekday of the same week a year before. */
export const yearBeforeOf = (day: CalendarDay): CalendarDay => addDays(day, -364);
