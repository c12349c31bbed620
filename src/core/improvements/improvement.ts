/**
 * The improvement board (tavelmöte, issue #6): what an improvement targets, where it stands, the
 * weeks its "before" is measured over, the weeks its "after" is measured over, and the verdict.
 *
 * An improvement targets contacts by topic (each with the topics below it), by need and by
 * failure-demand reason. Its population is the contacts whose topic is one of the targeted
 * topics (when any are given) AND whose need is one of the targeted needs (when any are given);
 * its targeted failure demand is the failure-demand contacts of that population, with one of the
 * targeted reasons when any are given. Two measures follow, both "lower is better":
 * - the failure-demand share of the population, per week and pooled over a period (share);
 * - the targeted failure-demand contacts per ISO week (count).
 *
 * Before: the whole ISO weeks preceding the week the improvement was created (default 12), taken
 * once at creation and kept as they were then (a snapshot), so later corrections of contacts do
 * not move the baseline under the improvement. After: the whole ISO weeks from the first Monday
 * on or after the day the change took effect (implementedOn) through the last week that is over.
 */
import { addDays, weekdayOf } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import { FAILURE_REASONS, NEEDS, type FailureReason, type Need } from '../contacts/taxonomy.js';
import {
  countVerdict,
  DEFAULT_MIN_AFTER_POINTS,
  DEFAULT_MIN_BEFORE_POINTS,
  DEFAULT_MIN_SHARE_N,
  shareVerdict,
  type CountVerdict,
  type ShareVerdict,
  type Verdict,
} from '../signals/verdict.js';

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

/** Why targets cannot be used: none at all, too many topics, or a value given twice. */
export function targetRefusals(targets: ImprovementTargets): Refusal[] {
  const refusals: Refusal[] = [];
  const { topicIds, needs, failureReasons } = targets;
  if (topicIds.length + needs.length + failureReasons.length === 0)
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
}

export interface ImprovementVerdict {
  verdict: Verdict;
  /** The two measures disagree (one improved, the other worsened): the verdict is no_change. */
  isMixed: boolean;
  share: ShareVerdict;
  count: CountVerdict;
}

/**
 * The verdict on an improvement from its before and after weeks: the failure-demand share
 * (Newcombe's interval of the difference, signals/verdict.ts shareVerdict) and the weekly
 * failure-demand contacts (the before weeks' XmR limits applied to the after weeks,
 * countVerdict). Together: improved (or worsened) when one shows it and the other does not show
 * the opposite; no_change when they contradict or neither shows a change it could show;
 * not_enough_data when neither can judge yet.
 */
export function improvementVerdict(options: {
  before: readonly WeekFigures[];
  after: readonly WeekFigures[];
  minimumN?: number;
  minBeforeWeeks?: number;
  minAfterWeeks?: number;
}): ImprovementVerdict {
  const share = shareVerdict({
    before: options.before.map((w) => ({ numerator: w.failureDemand, denominator: w.contacts })),
    after: options.after.map((w) => ({ numerator: w.failureDemand, denominator: w.contacts })),
    better: 'lower',
    minimumN: options.minimumN ?? DEFAULT_MIN_SHARE_N,
  });
  const count = countVerdict({
    before: options.before.map((w) => ({ value: w.failureDemand })),
    after: options.after.map((w) => ({ value: w.failureDemand })),
    better: 'lower',
    minBeforePoints: options.minBeforeWeeks ?? DEFAULT_MIN_BEFORE_POINTS,
    minAfterPoints: options.minAfterWeeks ?? DEFAULT_MIN_AFTER_POINTS,
  });
  const verdicts = new Set([share.verdict, count.verdict]);
  const isMixed = verdicts.has('improved') && verdicts.has('worsened');
  const verdict: Verdict = isMixed
    ? 'no_change'
    : verdicts.has('improved')
      ? 'improved'
      : verdicts.has('worsened')
        ? 'worsened'
        : verdicts.has('no_change')
          ? 'no_change'
          : 'not_enough_data';
  return { verdict, isMixed, share, count };
}
