/**
 * The X-bar chart for a mean of respondents with a different n each point (issue #15: a survey's
 * weekly index or mean). An XmR chart of the weekly means would treat a week of 4 answers like a
 * week of 120; this chart gives each week its own limits from its own n. Source: Montgomery, D. C.,
 * Introduction to Statistical Quality Control (6th ed. 2009 or later), ch. 6.3.2, "X̄ and s charts
 * with variable sample size":
 *
 *   x̄̄        = Σ sums / Σ n over the baseline's weeks (every respondent weighs the same)
 *   s         = √(Σ (n_i - 1)·s_i² / (Σ n_i - m)), the pooled within-week standard deviation of
 *               respondents (m weeks), computed from each week's sum and sum of squares
 *   sigma_i   = s / √n_i
 *   limits_i  = x̄̄ ± 3 · sigma_i · widening, cut to the scale
 *
 * Between-week variation (seasons, a news story) is real in survey data as in call shares, so the
 * limits are widened as Laney's p' chart widens the p-chart (p-chart.ts): z_i = (x̄_i - x̄̄)/sigma_i
 * over the baseline's weeks in order, sigma_z = MR̄(z)/1.128, widening = max(1, sigma_z). With
 * within-week variation only (sigma_z ≤ 1) it is Montgomery's chart unchanged.
 *
 * No limits: no week with answers, or no week with 2 or more (no within-week spread:
 * 'too_few_points'); s = 0 (everyone answered alike: 'no_variation').
 */
import {
  buildControlChart,
  type Baseline,
  type ControlChart,
  type NoLimitsReason,
  type PointLimits,
} from './baseline.js';
import type { RuleId } from './rules.js';

export interface XbarLimits {
  centre: number;
  /** The pooled respondent-level standard deviation. */
  standardDeviation: number;
  respondents: number;
  points: number;
  sigmaZ: number | null;
  widening: number;
}

export type XbarLimitsResult = { limits: XbarLimits } | { reason: NoLimitsReason };

/** One point: the sum of the respondents' values, of their squares, and how many they were. */
export interface XbarInput {
  date: string;
  sum: number;
  squares: number;
  n: number;
}

const D2 = 1.128;

export function xbarLimits(points: readonly { sum: number; squares: number; n: number }[]): XbarLimitsResult {
  const weeks = points.filter((p) => p.n > 0);
  const respondents = weeks.reduce((a, p) => a + p.n, 0);
  const degrees = respondents - weeks.length;
  if (weeks.length === 0 || degrees < 1) return { reason: 'too_few_points' };
  const centre = weeks.reduce((a, p) => a + p.sum, 0) / respondents;
  const within = weeks.reduce((a, p) => a + Math.max(0, p.squares - (p.sum * p.sum) / p.n), 0);
  const standardDeviation = Math.sqrt(within / degrees);
  if (!(standardDeviation > 1e-12)) return { reason: 'no_variation' };
  const z = weeks.map((p) => (p.sum / p.n - centre) / (standardDeviation / Math.sqrt(p.n)));
  const ranges = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
  const sigmaZ = ranges.length > 0 ? ranges.reduce((a, b) => a + b, 0) / ranges.length / D2 : null;
  return {
    limits: {
      centre,
      standardDeviation,
      respondents,
      points: weeks.length,
      sigmaZ,
      widening: Math.max(1, sigmaZ ?? 1),
    },
  };
}

export function xbarLimitsAt(
  limits: XbarLimits,
  n: number,
  scale: { low: number; high: number },
): PointLimits {
  if (!(n > 0)) throw new RangeError(`an X-bar point needs respondents (n=${n})`);
  const sigma = (limits.standardDeviation / Math.sqrt(n)) * limits.widening;
  return {
    centre: limits.centre,
    sigma,
    upper: Math.min(scale.high, limits.centre + 3 * sigma),
    lower: Math.max(scale.low, limits.centre - 3 * sigma),
  };
}

/** An X-bar chart over dated points (weeks) with one or more baselines (baseline.ts). */
export function xbarChart(
  series: readonly XbarInput[],
  baselines: readonly Baseline[],
  options: { scale: { low: number; high: number }; rules?: readonly RuleId[] },
): ControlChart<XbarLimits> {
  return buildControlChart<XbarLimits>({
    dates: series.map((d) => d.date),
    values: series.map((d) => (d.n > 0 ? d.sum / d.n : null)),
    skipped: series.map((d) => (d.n > 0 ? null : 'no_data')),
    baselines,
    rules: options.rules,
    model: {
      fit: (indices) => xbarLimits(indices.map((i) => series[i]!)),
      at: (limits, i) => xbarLimitsAt(limits, series[i]!.n, options.scale),
    },
  });
}
