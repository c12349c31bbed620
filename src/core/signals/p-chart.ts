/**
 * The p-chart for shares (availability, answered within 2 minutes, resolution, failure demand),
 * with limits that follow each day's denominator, as Laney's p' chart (below). Source: Montgomery, D. C., Introduction to
 * Statistical Quality Control (6th ed. 2009 or later), ch. 7, "Control charts for fraction
 * nonconforming", variable sample size (limits for each sample from its own n_i):
 *
 *   p̄        = Σ numerators / Σ denominators over the baseline (not the mean of the daily shares,
 *              which would weigh a quiet day like a busy one)
 *   sigma_i  = √(p̄ (1 - p̄) / n_i)
 *   limits_i = p̄ ± 3 · sigma_i, clipped to [0, 1]
 *
 * Days with n_i = 0 have no share and are skipped like closed days.
 *
 * The rules read each day with its own sigma_i, which for rules 1, 2 and 4 is the same as
 * applying them to the standardized values z_i = (p_i - p̄) / sigma_i (Montgomery, ch. 7, the
 * standardized control chart). Rule 3 (a trend) reads the shares themselves: a share that keeps
 * rising is the trend a user cares about, whatever the day's n.
 *
 * Overdispersion: the plain p-chart assumes binomial variation only. With hundreds of calls a
 * day, real day-to-day variation exceeds it (weather, news, staffing), and its limits are so
 * narrow that most days signal (the demo year: 8 of 7 days beyond the limits of availability in
 * one week). So the limits are Laney's p' chart (Laney, D. B. 2002, "Improved control charts for
 * attributes", Quality Engineering 14(4):531-537), which keeps the day's own n and widens sigma by
 * the variation between the baseline's days:
 *
 *   z_i      = (p_i - p̄) / √(p̄ (1 - p̄) / n_i)          for the baseline's days, in date order
 *   sigma_z  = MR̄(z) / 1.128                            (the XmR chart's estimate, on the z)
 *   limits_i = p̄ ± 3 · sigma_i · max(1, sigma_z)
 *
 * Decision: sigma_z below 1 (less variation than binomial) is taken as 1, so the limits are never
 * narrower than the p-chart's; a baseline of one day (no moving range) gives sigma_z = 1.
 */
import { buildControlChart, type Baseline, type ControlChart, type PointLimits } from './baseline.js';
import type { RuleId } from './rules.js';

export interface PLimits {
  /** p̄: the pooled share of the baseline. */
  centre: number;
  numerator: number;
  denominator: number;
  /** Baseline days used (with a denominator). */
  points: number;
  /** Laney's sigma_z of the baseline (MR̄ of the z-scores / 1.128); null with one day. */
  sigmaZ: number | null;
  /** What the binomial sigma is multiplied by: max(1, sigmaZ). */
  widening: number;
}

export type PLimitsResult = { limits: PLimits } | { reason: 'too_few_points' | 'no_variation' };

/** One day of a share: numerator of denominator (answered of offered...). */
export interface PInput {
  date: string;
  numerator: number;
  denominator: number;
  isClosed?: boolean;
}

function assertCounts(k: number, n: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`counts must satisfy 0 <= k <= n, integers (k=${k}, n=${n})`);
  }
}

/**
 * p̄ from the baseline's days (closed days and days with n = 0 already removed). No day gives no
 * limits ('too_few_points'; one day is enough, since each day's n carries its own variation);
 * p̄ = 0 or 1 gives sigma 0 and no limits ('no_variation').
 */
export function pLimits(days: readonly { numerator: number; denominator: number }[]): PLimitsResult {
  days.forEach((d) => assertCounts(d.numerator, d.denominator));
  const counted = days.filter((d) => d.denominator > 0);
  if (counted.length === 0) return { reason: 'too_few_points' };
  const numerator = counted.reduce((sum, d) => sum + d.numerator, 0);
  const denominator = counted.reduce((sum, d) => sum + d.denominator, 0);
  const centre = numerator / denominator;
  if (centre === 0 || centre === 1) return { reason: 'no_variation' };
  const z = counted.map(
    (d) => (d.numerator / d.denominator - centre) / Math.sqrt((centre * (1 - centre)) / d.denominator),
  );
  const ranges = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
  const sigmaZ = ranges.length > 0 ? ranges.reduce((a, b) => a + b, 0) / ranges.length / D2 : null;
  return {
    limits: {
      centre,
      numerator,
      denominator,
      points: counted.length,
      sigmaZ,
      widening: Math.max(1, sigmaZ ?? 1),
    },
  };
}

/** d2 for moving ranges of two points (as in xmr.ts: 2.66 = 3 / d2). */
const D2 = 1.128;

/**
 * The lines for a day with denominator n (n > 0): p̄ ± 3·√(p̄(1 - p̄)/n)·widening, clipped to
 * [0, 1]; widening is Laney's max(1, sigma_z) (1: the plain p-chart).
 */
export function pLimitsAt(centre: number, n: number, widening = 1): PointLimits {
  if (!(n > 0)) throw new RangeError(`a p-chart point needs a denominator above 0 (n=${n})`);
  if (!(widening >= 1)) throw new RangeError(`the widening is at least 1 (${widening})`);
  const sigma = Math.sqrt((centre * (1 - centre)) / n) * widening;
  return { centre, sigma, upper: Math.min(1, centre + 3 * sigma), lower: Math.max(0, centre - 3 * sigma) };
}

/** A p-chart over a dated series with one or more baselines (baseline.ts). */
export function pChart(
  series: readonly PInput[],
  baselines: readonly Baseline[],
  options: { rules?: readonly RuleId[] } = {},
): ControlChart<PLimits> {
  series.forEach((d) => assertCounts(d.numerator, d.denominator));
  return buildControlChart<PLimits>({
    dates: series.map((d) => d.date),
    values: series.map((d) => (d.isClosed || d.denominator === 0 ? null : d.numerator / d.denominator)),
    skipped: series.map((d) => (d.isClosed ? 'closed' : d.denominator === 0 ? 'no_data' : null)),
    baselines,
    rules: options.rules,
    model: {
      fit: (indices) => pLimits(indices.map((i) => series[i]!)),
      at: (limits, i) => pLimitsAt(limits.centre, series[i]!.denominator, limits.widening),
    },
  });
}
