/**
 * The verdict on an improvement (issue #13): did the avoidable contacts it targets become fewer?
 *
 * The primary evidence is the VOLUME of targeted failure demand in the weeks after the change,
 * set against what the same weeks would have held without it. Contacts rise and fall with the
 * seasons and with cycles such as an invoice run, so the after weeks are compared, in this order
 * of preference, with:
 * 1. year_before: the same weeks a year before (52 weeks earlier), when the municipality logged
 *    contacts in every one of them and all of them are before the change; each after week is
 *    paired with its own week;
 * 2. cycle: the before weeks in the same place of the cycle the user named (the week of an
 *    invoice run with the week of an earlier invoice run, the week after with the week after, ...);
 * 3. other_contacts: the before weeks, with the contacts outside the improvement's population as
 *    the yardstick (targeted failure demand per other contact), which takes out the seasons that
 *    move all contacts alike. Other contacts, not all: the change itself must not shrink the
 *    yardstick.
 * The change is the common rate ratio of these strata with its 95% interval (rate-ratio.ts):
 * improved when the whole interval is below 1, worsened when above, else no change that the data
 * can show. Not enough data with fewer than 4 after weeks or fewer than 10 targeted
 * failure-demand contacts in the compared weeks.
 *
 * Secondary, shown and never deciding: the targeted failure demand's share of all contacts,
 * pooled over the compared weeks and the after weeks, with Newcombe's interval of the difference.
 * The share of failure demand among the TARGETED contacts is not used: for a topic that is failure
 * demand by nature (an invoice nobody understands) it stays near 100% however many fewer call.
 */
import type { Interval } from '../analysis/statistics.js';
import { addDays } from '../calendar/swedish-calendar.js';
import type { CalendarDay } from '../contacts/calendar-day.js';
import { shareVerdict, type ShareVerdict, type Verdict } from '../signals/verdict.js';
import { cyclePhase, yearBeforeOf, type Cycle, type WeekFigures } from './improvement.js';
import { stratifiedRateRatio, type RateRatio, type StratumWeek } from './rate-ratio.js';

export type Comparison = 'year_before' | 'cycle' | 'other_contacts';

export const MIN_AFTER_WEEKS = 4;
export const MIN_COMPARED_FAILURE_DEMAND = 10;

export type NotEnoughReason = 'too_few_after_weeks' | 'too_few_compared' | 'too_few_weeks';

export interface VolumeEvidence {
  verdict: Verdict;
  comparison: Comparison;
  /** Why the verdict is not_enough_data; null otherwise. */
  reason: NotEnoughReason | null;
  afterWeeks: number;
  /** The weeks compared with (year-before weeks, or before weeks). */
  comparedWeeks: number;
  /** Targeted failure demand in all the after weeks and in all the compared weeks. */
  afterFailureDemand: number;
  comparedFailureDemand: number;
  /** The rate ratio with its interval; null when it cannot be estimated. */
  estimate: RateRatio | null;
  minAfterWeeks: number;
  minComparedFailureDemand: number;
}

export interface ImprovementVerdict {
  /** The primary evidence's verdict. */
  verdict: Verdict;
  volume: VolumeEvidence;
  /** Targeted failure demand ÷ all contacts, compared weeks and after weeks pooled. */
  share: ShareVerdict;
  /** The secondary share points the opposite way to the verdict (improved vs worsened). */
  shareDisagrees: boolean;
  /** The year-before weeks compared with, when the comparison is year_before. */
  yearBefore: WeekFigures[] | null;
}

export interface VerdictInput {
  /** The before snapshot. */
  before: readonly WeekFigures[];
  after: readonly WeekFigures[];
  /** The week 52 weeks before each after week, in the same order; null when not read. */
  yearBefore: readonly WeekFigures[] | null;
  implementedOn: CalendarDay;
  cycle: Cycle | null;
}

/** Whether the year-before weeks can be compared with: one per after week, each before the change, each with contacts logged. */
export function hasYearBefore(input: VerdictInput): boolean {
  const { after, yearBefore, implementedOn } = input;
  return (
    yearBefore !== null &&
    after.length > 0 &&
    yearBefore.length === after.length &&
    yearBefore.every(
      (w, i) =>
        w.week === yearBeforeOf(after[i]!.week) && w.allContacts > 0 && addDays(w.week, 6) < implementedOn,
    )
  );
}

/** The comparison used, by the order of preference above. */
export function comparisonOf(input: VerdictInput): Comparison {
  if (hasYearBefore(input)) return 'year_before';
  return input.cycle ? 'cycle' : 'other_contacts';
}

function stratumWeeks(input: VerdictInput, comparison: Comparison): StratumWeek[] {
  const after = (w: WeekFigures, stratum: string, exposure = 1): StratumWeek => ({
    week: w.week,
    stratum,
    isAfter: true,
    count: w.failureDemand,
    exposure,
  });
  const before = (w: WeekFigures, stratum: string, exposure = 1): StratumWeek => ({
    ...after(w, stratum, exposure),
    isAfter: false,
  });
  switch (comparison) {
    case 'year_before':
      return input.after.flatMap((w, i) => [after(w, w.week), before(input.yearBefore![i]!, w.week)]);
    case 'cycle': {
      const phase = (w: WeekFigures) => String(cyclePhase(w.week, input.cycle!));
      return [...input.before.map((w) => before(w, phase(w))), ...input.after.map((w) => after(w, phase(w)))];
    }
    case 'other_contacts': {
      const others = (w: WeekFigures) => Math.max(0, w.allContacts - w.contacts);
      return [
        ...input.before.map((w) => before(w, 'all', others(w))),
        ...input.after.map((w) => after(w, 'all', others(w))),
      ];
    }
  }
}

const sum = (weeks: readonly WeekFigures[], key: 'failureDemand' | 'allContacts') =>
  weeks.reduce((total, w) => total + w[key], 0);

/** The verdict and its evidence; see the module comment for the method. */
export function improvementVerdict(input: VerdictInput): ImprovementVerdict {
  const comparison = comparisonOf(input);
  const compared = comparison === 'year_before' ? input.yearBefore! : input.before;
  const volume: VolumeEvidence = {
    verdict: 'not_enough_data',
    comparison,
    reason: null,
    afterWeeks: input.after.length,
    comparedWeeks: compared.length,
    afterFailureDemand: sum(input.after, 'failureDemand'),
    comparedFailureDemand: sum(compared, 'failureDemand'),
    estimate: null,
    minAfterWeeks: MIN_AFTER_WEEKS,
    minComparedFailureDemand: MIN_COMPARED_FAILURE_DEMAND,
  };
  if (volume.afterWeeks < MIN_AFTER_WEEKS) volume.reason = 'too_few_after_weeks';
  else if (volume.comparedFailureDemand < MIN_COMPARED_FAILURE_DEMAND) volume.reason = 'too_few_compared';
  else {
    const estimate = stratifiedRateRatio(stratumWeeks(input, comparison));
    if (typeof estimate === 'string') volume.reason = 'too_few_weeks';
    else {
      volume.estimate = estimate;
      volume.verdict = isBelow(estimate.interval, 1)
        ? 'improved'
        : isAbove(estimate.interval, 1)
          ? 'worsened'
          : 'no_change';
    }
  }
  const share = shareVerdict({
    before: compared.map((w) => ({ numerator: w.failureDemand, denominator: w.allContacts })),
    after: input.after.map((w) => ({ numerator: w.failureDemand, denominator: w.allContacts })),
    better: 'lower',
  });
  const opposite = { improved: 'worsened', worsened: 'improved' } as Partial<Record<Verdict, Verdict>>;
  return {
    verdict: volume.verdict,
    volume,
    share,
    shareDisagrees: opposite[volume.verdict] === share.verdict,
    yearBefore: comparison === 'year_before' ? [...input.yearBefore!] : null,
  };
}

const isBelow = (interval: Interval, x: number) => interval.high < x;
const isAbove = (interval: Interval, x: number) => interval.low > x;
