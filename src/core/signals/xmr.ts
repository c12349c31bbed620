/**
 * The XmR chart (individuals and moving range) for counts and times: contacts a day, calls
 * offered, mean handling time. Sources: Wheeler, D. J., Understanding Variation: The Key to
 * Managing Chaos (1993, 2nd ed. 2000): natural process limits and the XmR chart; and
 * Montgomery, D. C., Introduction to Statistical Quality Control (6th ed. 2009 or later), ch. 6,
 * "Control charts for individual measurements".
 *
 *   centre X̄   = mean of the baseline values
 *   MR̄         = mean of |x_i - x_(i-1)| over consecutive baseline points (n - 1 ranges)
 *   limits      = X̄ ± 2.66 · MR̄        (2.66 = 3 / d2, d2 = 1.128 for ranges of 2 points)
 *   sigma       = MR̄ / 1.128            (for the 2-sigma zones of rule 4)
 *   MR chart    upper range limit = 3.267 · MR̄  (D4 for n = 2); no lower limit (D3 = 0)
 *
 * Closed days and days without a value are removed from the sequence before anything is
 * computed, so a moving range spans a weekend (Friday to Monday) rather than breaking at it.
 */
import { buildControlChart, type Baseline, type ControlChart, type NoLimitsReason } from './baseline.js';
import type { RuleId } from './rules.js';

/** d2 for subgroups of 2, the bias correction of a range (Montgomery's table of factors for variables control charts). */
export const D2 = 1.128;
/** 3 / d2, the scaling of MR̄ to 3-sigma limits as Wheeler tables it (2.6596 rounded). */
export const E2 = 2.66;
/** D4 for n = 2: the upper limit of the moving range chart (Wheeler; Montgomery's table of factors). */
export const D4 = 3.267;

export interface XmrLimits {
  centre: number;
  averageMovingRange: number;
  sigma: number;
  upper: number;
  lower: number;
  /** The lower limit fell below the natural lower bound (0 for counts and times) and was raised to it. */
  isLowerClipped: boolean;
  movingRangeUpper: number;
  /** Baseline points used. */
  points: number;
}

export type XmrLimitsResult = { limits: XmrLimits } | { reason: NoLimitsReason };

export interface XmrOptions {
  /**
   * The least value the measure can take: 0 for counts and times (the default); null for none.
   * A computed lower limit below it is raised to it. A count cannot fall below 0, so a lower
   * limit of -3 says nothing: Wheeler calls this a boundary condition (Understanding Variation),
   * and with the limit on the boundary no point can be "beyond" it (beyond is strict).
   */
  lowerBound?: number | null;
}

/** The moving ranges |x_i - x_(i-1)| of a sequence: one fewer than the values. */
export function movingRanges(values: readonly number[]): number[] {
  return values.slice(1).map((x, i) => Math.abs(x - values[i]!));
}

/**
 * XmR limits from a baseline's values (closed days already removed). Fewer than 2 values give no
 * moving range and so no limits ('too_few_points'); a baseline whose values are all equal has
 * MR̄ = 0 and gives none either ('no_variation'), since every later difference would signal.
 */
export function xmrLimits(values: readonly number[], options: XmrOptions = {}): XmrLimitsResult {
  const { lowerBound = 0 } = options;
  if (values.some((x) => !Number.isFinite(x))) throw new RangeError('values must be finite numbers');
  if (values.length < 2) return { reason: 'too_few_points' };
  const centre = values.reduce((sum, x) => sum + x, 0) / values.length;
  const ranges = movingRanges(values);
  const averageMovingRange = ranges.reduce((sum, r) => sum + r, 0) / ranges.length;
  if (averageMovingRange === 0) return { reason: 'no_variation' };
  const computedLower = centre - E2 * averageMovingRange;
  const isLowerClipped = lowerBound !== null && computedLower < lowerBound;
  return {
    limits: {
      centre,
      averageMovingRange,
      sigma: averageMovingRange / D2,
      upper: centre + E2 * averageMovingRange,
      lower: isLowerClipped ? lowerBound : computedLower,
      isLowerClipped,
      movingRangeUpper: D4 * averageMovingRange,
      points: values.length,
    },
  };
}

/** One day (or week) of a count or time. value null: nothing to measure; closed: a closed day. */
export interface XmrInput {
  date: string;
  value: number | null;
  isClosed?: boolean;
}

export interface XmrChart extends ControlChart<XmrLimits> {
  /**
   * The moving range at each point: |x - the previous plotted x|, over the whole series with
   * skipped points removed; null for skipped points and the first plotted one. Drawn against
   * its baseline's movingRangeUpper.
   */
  movingRanges: (number | null)[];
}

/**
 * An XmR chart over a dated series with one or more baselines (baseline.ts): each baseline's
 * limits from its own plotted points, the rules run per baseline.
 */
export function xmrChart(
  series: readonly XmrInput[],
  baselines: readonly Baseline[],
  options: XmrOptions & { rules?: readonly RuleId[] } = {},
): XmrChart {
  const values = series.map((p) => (p.isClosed ? null : p.value));
  const chart = buildControlChart<XmrLimits>({
    dates: series.map((p) => p.date),
    values,
    skipped: series.map((p) => (p.isClosed ? 'closed' : p.value === null ? 'no_data' : null)),
    baselines,
    rules: options.rules,
    model: {
      fit: (indices) =>
        xmrLimits(
          indices.map((i) => values[i]!),
          options,
        ),
      at: ({ centre, sigma, upper, lower }) => ({ centre, sigma, upper, lower }),
    },
  });
  let previous: number | null = null;
  const ranges = chart.points.map((p) => {
    if (p.value === null) return null;
    const range = previous === null ? null : Math.abs(p.value - previous);
    previous = p.value;
    return range;
  });
  return { ...chart, movingRanges: ranges };
}
