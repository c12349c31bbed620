/**
 * Baselines: the periods a user chooses to compute a chart's limits from (issue #6). Limits are
 * computed from the points inside a baseline period and nothing else, and change only where the
 * user sets a new baseline (typically after an improvement). Each point is judged by the most
 * recent baseline that began on or before it; points before the first baseline use the first.
 * The rules run separately on the points each baseline governs, so no pattern spans a change of
 * limits: a run above the old centre that goes on above a new, higher centre is not one run.
 *
 * Shared by the XmR chart (xmr.ts) and the p-chart (p-chart.ts), which supply the limits.
 */
import { findRuleHits, RULES, type RuleHit, type RuleId, type RulePoint } from './rules.js';

/** A baseline period, inclusive, as ISO dates (or any keys that sort as text, like "2026-W05"). */
export interface Baseline {
  from: string;
  to: string;
}

/** Why a point is not on the chart: a closed day, or a day with nothing to measure. */
export type SkipReason = 'closed' | 'no_data';

/**
 * Why a baseline has no limits: fewer than 2 points (an XmR chart needs one moving range; a
 * p-chart needs one day with a denominator), or no variation at all (every baseline point equal,
 * or a share of 0 or 1), where the limits would collapse onto the centre line and flag every
 * later point that differs in the least.
 */
export type NoLimitsReason = 'too_few_points' | 'no_variation';

/** The lines at one point: the centre, sigma (for the 2-sigma zones) and the 3-sigma limits. */
export interface PointLimits {
  centre: number;
  sigma: number;
  upper: number;
  lower: number;
}

export interface ChartPoint {
  date: string;
  /** The plotted value (a count, a time, a share); null when the point is skipped. */
  value: number | null;
  skipped: SkipReason | null;
  /** The baseline (index into the chart's baselines) whose limits apply here. */
  baseline: number;
  /** The point lies in its baseline's period and helped compute the limits. */
  isInBaseline: boolean;
  /** null when the point is skipped or its baseline has no limits. */
  limits: PointLimits | null;
}

export interface ChartBaseline<L> {
  from: string;
  to: string;
  /** The first point these limits govern, where the chart marks the change; null when none. */
  startIndex: number | null;
  /** Points (not skipped) inside the baseline period. */
  points: number;
  limits: L | null;
  noLimitsReason: NoLimitsReason | null;
}

/** A rule that fired, with from, to and index as positions in the input series (and chart.points). */
export interface ChartSignal extends RuleHit {
  /** The date of the point where the rule fired. */
  date: string;
  baseline: number;
}

export interface ControlChart<L> {
  points: ChartPoint[];
  baselines: ChartBaseline<L>[];
  signals: ChartSignal[];
}

/** What a chart kind supplies: the limits from a baseline's points, and the lines at one point. */
export interface LimitsModel<L> {
  fit(indices: readonly number[]): { limits: L } | { reason: NoLimitsReason };
  at(limits: L, index: number): PointLimits;
}

/** Baselines sorted by start; RangeError for none, one that ends before it starts, or two that start together. */
export function sortBaselines(baselines: readonly Baseline[]): Baseline[] {
  if (baselines.length === 0) throw new RangeError('a chart needs at least one baseline');
  const sorted = [...baselines].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  sorted.forEach((b, i) => {
    if (b.to < b.from) throw new RangeError(`baseline ${b.from}..${b.to} ends before it starts`);
    if (i > 0 && sorted[i - 1]!.from === b.from) throw new RangeError(`two baselines start on ${b.from}`);
  });
  return sorted;
}

/** For each date, the index of the sorted baseline that governs it: the last one starting on or before it, else the first. */
export function governingBaselines(dates: readonly string[], sorted: readonly Baseline[]): number[] {
  return dates.map((date) => {
    let governing = 0;
    sorted.forEach((b, i) => {
      if (b.from <= date) governing = i;
    });
    return governing;
  });
}

/**
 * A control chart over a dated series: limits per baseline from the model, the lines at every
 * plotted point, and the rules (all four unless told) run on each baseline's stretch of plotted
 * points. Dates must be in ascending order.
 */
export function buildControlChart<L>(options: {
  dates: readonly string[];
  values: readonly (number | null)[];
  skipped: readonly (SkipReason | null)[];
  baselines: readonly Baseline[];
  model: LimitsModel<L>;
  rules?: readonly RuleId[];
}): ControlChart<L> {
  const { dates, values, skipped, model, rules = RULES } = options;
  dates.forEach((date, i) => {
    if (i > 0 && date <= dates[i - 1]!) throw new RangeError(`dates must ascend (${dates[i - 1]}, ${date})`);
  });
  const sorted = sortBaselines(options.baselines);
  const governing = governingBaselines(dates, sorted);
  const isPlotted = (i: number) => skipped[i] === null && values[i] !== null;

  const baselines: ChartBaseline<L>[] = sorted.map((b, k) => {
    // Limits only ever come from the points inside the baseline period.
    const inside = dates.flatMap((date, i) => (isPlotted(i) && date >= b.from && date <= b.to ? [i] : []));
    const fitted = model.fit(inside);
    const startIndex = governing.findIndex((g, i) => g === k && dates[i]! >= b.from);
    return {
      from: b.from,
      to: b.to,
      startIndex: startIndex === -1 ? null : startIndex,
      points: inside.length,
      limits: 'limits' in fitted ? fitted.limits : null,
      noLimitsReason: 'reason' in fitted ? fitted.reason : null,
    };
  });

  const points: ChartPoint[] = dates.map((date, i) => {
    const k = governing[i]!;
    const b = baselines[k]!;
    const limits = isPlotted(i) && b.limits !== null ? model.at(b.limits, i) : null;
    return {
      date,
      value: isPlotted(i) ? values[i]! : null,
      skipped: isPlotted(i) ? null : (skipped[i] ?? 'no_data'),
      baseline: k,
      isInBaseline: isPlotted(i) && date >= b.from && date <= b.to,
      limits,
    };
  });

  const signals: ChartSignal[] = baselines.flatMap((_, k) => {
    // The baseline's stretch, skipped points removed: positions in it map back to series indices.
    const stretch = points.flatMap((p, i) => (p.baseline === k && p.limits !== null ? [i] : []));
    const rulePoints: RulePoint[] = stretch.map((i) => ({ value: points[i]!.value!, ...points[i]!.limits! }));
    return findRuleHits(rulePoints, rules).map((hit) => ({
      ...hit,
      index: stretch[hit.index]!,
      from: stretch[hit.from]!,
      to: stretch[hit.to]!,
      date: dates[stretch[hit.index]!]!,
      baseline: k,
    }));
  });
  return { points, baselines, signals };
}
