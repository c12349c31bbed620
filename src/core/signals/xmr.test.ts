import { describe, expect, it } from 'vitest';
import { movingRanges, xmrChart, xmrLimits, type XmrInput } from './xmr.js';

const two = (x: number) => Math.round(x * 100) / 100;

// Montgomery, Introduction to Statistical Quality Control, ch. 6 (individuals chart): 20 weeks of
// loan-processing costs. Σx = 6010 → x̄ = 300.5; Σ|MR| = 148 over 19 ranges → MR̄ = 7.79;
// limits 300.5 ± 2.66·7.79 = 279.78 and 321.22; MR chart upper limit 3.267·7.79 = 25.45.
const COSTS = [
  310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304,
];

describe('xmrLimits', () => {
  it("Montgomery's loan-processing costs: 300.5, MR̄ 7.79, 279.78 to 321.22, MR limit 25.45", () => {
    const result = xmrLimits(COSTS);
    if (!('limits' in result)) throw new Error('expected limits');
    const { limits } = result;
    expect(limits.centre).toBe(300.5);
    expect(two(limits.averageMovingRange)).toBe(7.79);
    expect(two(limits.lower)).toBe(279.78);
    expect(two(limits.upper)).toBe(321.22);
    expect(two(limits.movingRangeUpper)).toBe(25.45);
    // σ = MR̄ / d2 = 7.789 / 1.128 = 6.906.
    expect(limits.sigma).toBeCloseTo(6.9056, 4);
    expect(limits.isLowerClipped).toBe(false);
    expect(limits.points).toBe(20);
  });

  it('by hand: 4, 6, 5, 7 → x̄ 5.5, ranges 2, 1, 2 → MR̄ 5/3, limits 5.5 ± 4.433', () => {
    const result = xmrLimits([4, 6, 5, 7]);
    expect('limits' in result && result.limits.upper).toBeCloseTo(5.5 + (2.66 * 5) / 3, 12);
    expect('limits' in result && result.limits.lower).toBeCloseTo(5.5 - (2.66 * 5) / 3, 12);
  });

  it('a count whose lower limit falls below 0 is clipped to 0 (the natural bound); null keeps it', () => {
    // 1, 5, 1, 5: x̄ 3, MR̄ 4, 3 - 10.64 = -7.64.
    const clipped = xmrLimits([1, 5, 1, 5]);
    expect('limits' in clipped && [clipped.limits.lower, clipped.limits.isLowerClipped]).toEqual([0, true]);
    const free = xmrLimits([1, 5, 1, 5], { lowerBound: null });
    expect('limits' in free && two(free.limits.lower)).toBe(-7.64);
  });

  it('no limits from fewer than 2 points, or from values that never vary', () => {
    expect(xmrLimits([])).toEqual({ reason: 'too_few_points' });
    expect(xmrLimits([12])).toEqual({ reason: 'too_few_points' });
    expect(xmrLimits([4, 4, 4])).toEqual({ reason: 'no_variation' });
  });

  it('refuses values that are not finite', () => {
    expect(() => xmrLimits([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('movingRanges', () => {
  it('one fewer than the values', () => {
    expect(movingRanges([4, 6, 5, 7])).toEqual([2, 1, 2]);
    expect(movingRanges([4])).toEqual([]);
  });
});

const day = (i: number) => `2026-03-${String(i + 1).padStart(2, '0')}`;
const series = (values: (number | null | 'closed')[]): XmrInput[] =>
  values.map((v, i) =>
    v === 'closed' ? { date: day(i), value: 0, isClosed: true } : { date: day(i), value: v },
  );

describe('xmrChart', () => {
  it('closed days are removed: not in the baseline, not checked, and the run of 8 goes on across them', () => {
    // Baseline 12, 10, 12, 10 (a closed day between, its value 0 ignored): x̄ 11, MR̄ 2.
    // Then eight points at 11.5, above the centre, with two closed days (value 0) among them.
    const chart = xmrChart(
      series([12, 10, 'closed', 12, 10, 11.5, 11.5, 'closed', 11.5, 11.5, 11.5, 'closed', 11.5, 11.5, 11.5]),
      [{ from: day(0), to: day(4) }],
    );
    expect(chart.baselines[0]!.limits?.centre).toBe(11);
    expect(chart.baselines[0]!.limits?.averageMovingRange).toBe(2);
    expect(chart.baselines[0]!.points).toBe(4);
    expect(chart.points[2]).toMatchObject({
      value: null,
      skipped: 'closed',
      limits: null,
      isInBaseline: false,
    });
    // No rule 1 for the closed days' zeros; one run of 8, from day 5 to day 14, firing on day 14.
    expect(chart.signals.map((s) => [s.rule, s.index, s.from, s.to, s.date])).toEqual([
      ['run_one_side', 14, 5, 14, day(14)],
    ]);
  });

  it('moving ranges span closed days and are null where nothing is plotted', () => {
    const chart = xmrChart(series([10, 'closed', 13, null, 12]), [{ from: day(0), to: day(4) }]);
    expect(chart.movingRanges).toEqual([null, null, 3, null, 1]);
    expect(chart.points[3]!.skipped).toBe('no_data');
  });

  it('a baseline with one point has no limits, says why, and signals nothing', () => {
    const chart = xmrChart(series([10, 'closed', 50, 60]), [{ from: day(0), to: day(1) }]);
    expect(chart.baselines[0]).toMatchObject({ limits: null, noLimitsReason: 'too_few_points', points: 1 });
    expect(chart.points.every((p) => p.limits === null)).toBe(true);
    expect(chart.signals).toEqual([]);
  });

  it("Montgomery's costs then a week at 330: rule 1 on that week, judged by the baseline's limits", () => {
    const chart = xmrChart(series([...COSTS, 330]), [{ from: day(0), to: day(19) }]);
    expect(chart.signals.map((s) => [s.rule, s.side, s.index])).toEqual([['beyond_limits', 'above', 20]]);
    expect(chart.points[20]!.isInBaseline).toBe(false);
  });
});
