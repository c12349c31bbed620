/**
 * The verdict on an improvement (issue #6, the improvement board): the measure before and after,
 * and whether it improved, worsened, did not change detectably, or cannot be judged yet. Each
 * verdict carries its evidence.
 *
 * - Shares: the difference of the pooled after and before shares with Newcombe's hybrid score
 *   interval (analysis/statistics.ts, shareDifference). A change is one whose 95% interval
 *   excludes zero. Each period needs a minimum n (default 30, the analyses' rule of thumb).
 * - Counts and times: the XmR chart of the before period, its limits applied unchanged to the
 *   after period; a shift is rule 2 (8 in a row on one side of the before centre) or rule 1 (a
 *   point beyond the before limits) among the after points (rules.ts). Rules 3 and 4 are not
 *   used: a trend or a pair of near-limit points is a reason to look, not evidence of a lasting
 *   change. Each period needs a minimum number of points (default 8 each: limits from fewer
 *   before points move a lot with each new value, and fewer than 8 after points could never
 *   show rule 2). The before period's limits are never recomputed with after data.
 *
 * "no_change" means no change these data can show, not proof that nothing changed.
 */
import { MIN_RELIABLE_N, shareDifference, type Interval } from '../analysis/statistics.js';
import type { NoLimitsReason } from './baseline.js';
import { beyondLimits, RULES, runOneSide, type RuleHit, type RulePoint } from './rules.js';
import { xmrLimits, type XmrLimits, type XmrOptions } from './xmr.js';

export type Verdict = 'improved' | 'worsened' | 'no_change' | 'not_enough_data';

/** Which way is better: availability 'higher', failure demand and queue time 'lower'. */
export type Better = 'higher' | 'lower';

/** Default minimum contacts in each period for a share verdict. */
export const DEFAULT_MIN_SHARE_N = MIN_RELIABLE_N;
/** Default minimum points (days or weeks, closed days not counted) in each period for a count verdict. */
export const DEFAULT_MIN_BEFORE_POINTS = 8;
export const DEFAULT_MIN_AFTER_POINTS = 8;

export interface SharePeriod {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null for no contacts. */
  share: number | null;
}

export interface ShareVerdict {
  verdict: Verdict;
  before: SharePeriod;
  after: SharePeriod;
  /** after - before, with its 95% interval; null when a period has no contacts. */
  difference: number | null;
  interval: Interval | null;
  minimumN: number;
}

type ShareDay = { numerator: number; denominator: number; isClosed?: boolean };

function pooled(days: readonly ShareDay[]): SharePeriod {
  const open = days.filter((d) => !d.isClosed);
  const numerator = open.reduce((sum, d) => sum + d.numerator, 0);
  const denominator = open.reduce((sum, d) => sum + d.denominator, 0);
  return { numerator, denominator, share: denominator > 0 ? numerator / denominator : null };
}

function directionOf(side: 'above' | 'below', better: Better): 'improved' | 'worsened' {
  return (side === 'above') === (better === 'higher') ? 'improved' : 'worsened';
}

/**
 * A share before and after: the days of each period pooled (closed days left out), then
 * Newcombe's interval for after - before (Newcombe 1998, Stat Med 17:873-890, method 10).
 * not_enough_data when either period has fewer than minimumN contacts.
 */
export function shareVerdict(options: {
  before: readonly ShareDay[];
  after: readonly ShareDay[];
  better: Better;
  minimumN?: number;
}): ShareVerdict {
  const { better, minimumN = DEFAULT_MIN_SHARE_N } = options;
  const before = pooled(options.before);
  const after = pooled(options.after);
  const change = shareDifference(after.numerator, after.denominator, before.numerator, before.denominator);
  const evidence = {
    before,
    after,
    difference: change?.difference ?? null,
    interval: change?.interval ?? null,
    minimumN,
  };
  if (change === null || before.denominator < minimumN || after.denominator < minimumN) {
    return { verdict: 'not_enough_data', ...evidence };
  }
  if (!change.isSignificant) return { verdict: 'no_change', ...evidence };
  return { verdict: directionOf(change.difference > 0 ? 'above' : 'below', better), ...evidence };
}

export interface CountVerdict {
  verdict: Verdict;
  /** Plotted points (closed days and days without a value removed) in each period. */
  beforePoints: number;
  afterPoints: number;
  /** The before period's XmR limits; null when it has none (see noLimitsReason) or too few points. */
  limits: XmrLimits | null;
  noLimitsReason: NoLimitsReason | null;
  afterMean: number | null;
  /** Rule 1 and rule 2 hits among the after points, positions in the after input series. */
  hits: RuleHit[];
  /** Signals on both sides of the centre and no single direction: the verdict is no_change. */
  isMixed: boolean;
  minBeforePoints: number;
  minAfterPoints: number;
}

type CountDay = { value: number | null; isClosed?: boolean };

/**
 * A count or time before and after: the XmR limits of the before period, and a shift (rule 2,
 * else rule 1) among the after points. A sustained run outranks single points: a run of 8 below
 * the centre with one spike above is a shift down. Signals on both sides of the same rule give
 * no direction (isMixed, verdict no_change).
 */
export function countVerdict(
  options: {
    before: readonly CountDay[];
    after: readonly CountDay[];
    better: Better;
    minBeforePoints?: number;
    minAfterPoints?: number;
  } & XmrOptions,
): CountVerdict {
  const {
    better,
    minBeforePoints = DEFAULT_MIN_BEFORE_POINTS,
    minAfterPoints = DEFAULT_MIN_AFTER_POINTS,
  } = options;
  if (minBeforePoints < 2) throw new RangeError('an XmR chart needs at least 2 before points');
  const plotted = (days: readonly CountDay[]) =>
    days.flatMap((d, i) => (d.isClosed || d.value === null ? [] : [{ index: i, value: d.value }]));
  const before = plotted(options.before);
  const after = plotted(options.after);
  const afterMean = after.length > 0 ? after.reduce((sum, p) => sum + p.value, 0) / after.length : null;
  const fitted = xmrLimits(
    before.map((p) => p.value),
    options,
  );
  const limits = 'limits' in fitted ? fitted.limits : null;
  const result: CountVerdict = {
    verdict: 'not_enough_data',
    beforePoints: before.length,
    afterPoints: after.length,
    limits,
    noLimitsReason: 'reason' in fitted ? fitted.reason : null,
    afterMean,
    hits: [],
    isMixed: false,
    minBeforePoints,
    minAfterPoints,
  };
  if (limits === null || before.length < minBeforePoints || after.length < minAfterPoints) return result;

  const { centre, sigma, upper, lower } = limits;
  const points: RulePoint[] = after.map((p) => ({ value: p.value, centre, sigma, upper, lower }));
  const toSeries = (hit: RuleHit): RuleHit => ({
    ...hit,
    index: after[hit.index]!.index,
    from: after[hit.from]!.index,
    to: after[hit.to]!.index,
  });
  const runs = runOneSide(points);
  const beyond = beyondLimits(points);
  result.hits = [...beyond, ...runs]
    .sort((a, b) => a.index - b.index || RULES.indexOf(a.rule) - RULES.indexOf(b.rule))
    .map(toSeries);

  const sides = (hits: RuleHit[]) => new Set(hits.map((h) => h.side as 'above' | 'below'));
  const runSides = sides(runs);
  const deciding = runSides.size > 0 ? runSides : sides(beyond);
  if (deciding.size === 0) return { ...result, verdict: 'no_change' };
  if (deciding.size === 2) return { ...result, verdict: 'no_change', isMixed: true };
  return { ...result, verdict: directionOf([...deciding][0]!, better) };
}
