import { describe, expect, it } from 'vitest';
import { xbarChart, xbarLimits, xbarLimitsAt } from './xbar-chart.js';

// Three weeks of respondents: [4, 5], [3, 4, 5], [2, 4].
const A = { sum: 9, squares: 41, n: 2 };
const B = { sum: 12, squares: 50, n: 3 };
const C = { sum: 6, squares: 20, n: 2 };

describe('xbarLimits (hand-worked, Montgomery 6.3.2 with Laney’s widening)', () => {
  it('centre 27/7, pooled s = √((0.5 + 2 + 2)/(7 - 3)) = 1.06066, sigma_z = 2/2/1.128 < 1 so no widening', () => {
    const result = xbarLimits([A, B, C]);
    if (!('limits' in result)) throw new Error('no limits');
    const { limits } = result;
    expect(limits.centre).toBeCloseTo(27 / 7, 12);
    expect(limits.standardDeviation).toBeCloseTo(Math.sqrt(1.125), 12);
    // z: (4.5 - 3.857)/0.75 = 0.857143, (4 - 3.857)/0.612372 = 0.233285, (3 - 3.857)/0.75 = -1.142857;
    // moving ranges 0.623858 and 1.376142, mean 1.
    expect(limits.sigmaZ).toBeCloseTo(1 / 1.128, 9);
    expect(limits.widening).toBe(1);
    expect(limits.respondents).toBe(7);
    expect(limits.points).toBe(3);
  });

  it('each week’s limits from its own n: n = 4 gives 3.857 ± 3·1.06066/2 = 2.26615..5.44813, cut to the scale', () => {
    const result = xbarLimits([A, B, C]);
    if (!('limits' in result)) throw new Error('no limits');
    const at4 = xbarLimitsAt(result.limits, 4, { low: 1, high: 5 });
    expect(at4.sigma).toBeCloseTo(0.53033, 6);
    expect(at4.lower).toBeCloseTo(2.2661526, 6);
    expect(at4.upper).toBe(5);
    const wide = xbarLimitsAt(result.limits, 100, { low: 1, high: 5 });
    expect(wide.upper).toBeCloseTo(27 / 7 + 0.3181981, 6);
  });

  it('widens by sigma_z when the weeks vary more than their respondents do', () => {
    // Two weeks of 2: [1, 1.2] and [4.8, 5]: pooled s = √((0.02 + 0.02)/2) = 0.141421; z = ∓18.97; sigma_z = 37.95/1.128.
    const result = xbarLimits([
      { sum: 2.2, squares: 2.44, n: 2 },
      { sum: 9.8, squares: 48.04, n: 2 },
    ]);
    if (!('limits' in result)) throw new Error('no limits');
    expect(result.limits.standardDeviation).toBeCloseTo(0.141421, 6);
    expect(result.limits.widening).toBeCloseTo(3.8 / 0.1 / 1.128, 6);
  });

  it('has no limits without a week of two answers, or when everyone answered alike', () => {
    expect(
      xbarLimits([
        { sum: 4, squares: 16, n: 1 },
        { sum: 5, squares: 25, n: 1 },
      ]),
    ).toEqual({
      reason: 'too_few_points',
    });
    expect(xbarLimits([])).toEqual({ reason: 'too_few_points' });
    expect(xbarLimits([{ sum: 8, squares: 32, n: 2 }])).toEqual({ reason: 'no_variation' });
  });
});

describe('xbarChart', () => {
  it('skips weeks without answers and signals a week beyond its own limits', () => {
    const weeks = [
      { date: '2026-01-11', ...A },
      { date: '2026-01-18', ...B },
      { date: '2026-01-25', ...C },
      { date: '2026-02-01', sum: 0, squares: 0, n: 0 },
      // 30 respondents all at 1: mean 1, far below 3.857 - 3·1.06066/√30 = 3.276.
      { date: '2026-02-08', sum: 30, squares: 30, n: 30 },
    ];
    const chart = xbarChart(weeks, [{ from: '2026-01-11', to: '2026-01-25' }], {
      scale: { low: 1, high: 5 },
    });
    expect(chart.points.map((p) => p.skipped)).toEqual([null, null, null, 'no_data', null]);
    expect(chart.points[4]!.limits!.lower).toBeCloseTo(27 / 7 - (3 * Math.sqrt(1.125)) / Math.sqrt(30), 9);
    expect(chart.signals.map((s) => [s.rule, s.date, s.side])).toEqual([
      ['beyond_limits', '2026-02-08', 'below'],
    ]);
  });
});
