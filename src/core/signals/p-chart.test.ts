import { describe, expect, it } from 'vitest';
import { pChart, pLimits, pLimitsAt, type PInput } from './p-chart.js';

const four = (x: number) => Math.round(x * 10_000) / 10_000;
const day = (i: number) => `2026-04-${String(i + 1).padStart(2, '0')}`;

describe('pLimitsAt, by hand with p̄ = 0.2 (p̄(1 - p̄) = 0.16)', () => {
  it.each([
    // n = 100: σ = √(0.16/100) = 0.04 → 0.2 ± 0.12 = 0.08 to 0.32.
    [100, 0.04, 0.08, 0.32],
    // n = 400: σ = √(0.16/400) = 0.02 → 0.2 ± 0.06 = 0.14 to 0.26.
    [400, 0.02, 0.14, 0.26],
    // n = 25: σ = √(0.16/25) = 0.08 → 0.2 ± 0.24 = -0.04, clipped to 0, to 0.44.
    [25, 0.08, 0, 0.44],
    // n = 16: σ = √(0.16/16) = 0.1 → 0.2 ± 0.3 = -0.1, clipped to 0, to 0.5.
    [16, 0.1, 0, 0.5],
  ])('n = %i: σ %f, limits %f to %f', (n, sigma, lower, upper) => {
    const lines = pLimitsAt(0.2, n);
    expect(four(lines.sigma)).toBe(sigma);
    expect(four(lines.lower)).toBe(lower);
    expect(four(lines.upper)).toBe(upper);
  });

  it('clips the upper limit to 1: p̄ 0.9, n 4 → σ √(0.09/4) = 0.15, 0.9 + 0.45 = 1.35 → 1, lower 0.45', () => {
    const lines = pLimitsAt(0.9, 4);
    expect(lines.upper).toBe(1);
    expect(four(lines.lower)).toBe(0.45);
  });

  it('refuses a day without a denominator', () => {
    expect(() => pLimitsAt(0.2, 0)).toThrow(RangeError);
  });
});

describe('pLimits', () => {
  it('p̄ pools the counts: 20/100, 80/400, 5/25 → 105/525 = 0.2 (not a mean of shares)', () => {
    expect(
      pLimits([
        { numerator: 20, denominator: 100 },
        { numerator: 80, denominator: 400 },
        { numerator: 5, denominator: 25 },
      ]),
    ).toEqual({
      // Every day exactly 0.2: z = 0, sigma_z = 0, widened to 1 (the plain p-chart).
      limits: { centre: 0.2, numerator: 105, denominator: 525, points: 3, sigmaZ: 0, widening: 1 },
    });
    // 10/100 and 90/100 pooled is 100/200 = 0.5; 10/100 and 9/10 is 19/110 = 0.1727, not 0.5.
    const uneven = pLimits([
      { numerator: 10, denominator: 100 },
      { numerator: 9, denominator: 10 },
    ]);
    expect('limits' in uneven && four(uneven.limits.centre)).toBe(0.1727);
  });

  it('no limits without a denominator, nor when the share is 0 or 1', () => {
    expect(pLimits([])).toEqual({ reason: 'too_few_points' });
    expect(pLimits([{ numerator: 0, denominator: 0 }])).toEqual({ reason: 'too_few_points' });
    expect(pLimits([{ numerator: 0, denominator: 40 }])).toEqual({ reason: 'no_variation' });
    expect(pLimits([{ numerator: 40, denominator: 40 }])).toEqual({ reason: 'no_variation' });
  });

  it('refuses impossible counts', () => {
    expect(() => pLimits([{ numerator: 5, denominator: 4 }])).toThrow(RangeError);
    expect(() => pLimits([{ numerator: 1.5, denominator: 4 }])).toThrow(RangeError);
  });
});

describe('pChart', () => {
  it('limits follow the day: after a baseline of p̄ 0.2, 0.33 signals at n = 100, 0.4 does not at n = 25', () => {
    const series: PInput[] = [
      { date: day(0), numerator: 20, denominator: 100 },
      { date: day(1), numerator: 80, denominator: 400 },
      { date: day(2), numerator: 5, denominator: 25 },
      // 33/100 = 0.33 > 0.32: out. 120/400 = 0.30 > 0.26: out. 10/25 = 0.4 < 0.44: in.
      { date: day(3), numerator: 33, denominator: 100 },
      { date: day(4), numerator: 120, denominator: 400 },
      { date: day(5), numerator: 10, denominator: 25 },
      // A closed day and a day with no calls are skipped, not a share of 0.
      { date: day(6), numerator: 0, denominator: 0, isClosed: true },
      { date: day(7), numerator: 0, denominator: 0 },
    ];
    const chart = pChart(series, [{ from: day(0), to: day(2) }], { rules: ['beyond_limits'] });
    expect(chart.signals.map((s) => [s.index, s.side])).toEqual([
      [3, 'above'],
      [4, 'above'],
    ]);
    expect(chart.points.map((p) => p.limits && four(p.limits.upper))).toEqual([
      0.32,
      0.26,
      0.44,
      0.32,
      0.26,
      0.44,
      null,
      null,
    ]);
    expect(chart.points.slice(6).map((p) => p.skipped)).toEqual(['closed', 'no_data']);
  });

  // Pyzdek & Keller, The Handbook for Quality Management (2nd ed. 2013), Table 9.6: bruised
  // peaches in 25 shipments of one crate (250) or two (500). p̄ = 1544/8000 = 0.193;
  // n = 250: σ = √(0.193·0.807/250) = 0.02496 → 0.1181 to 0.2679;
  // n = 500: σ = √(0.193·0.807/500) = 0.01765 → 0.1401 to 0.2459. No rule fires.
  const BRUISED = [
    47, 42, 55, 51, 46, 61, 39, 44, 41, 51, 88, 101, 101, 40, 48, 47, 50, 48, 57, 45, 43, 105, 98, 100, 96,
  ];
  const CRATES = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2];

  it('the bruised-peaches table: p̄ 0.193, limits by crate count, in control', () => {
    const series = BRUISED.map((k, i) => ({ date: day(i), numerator: k, denominator: 250 * CRATES[i]! }));
    const chart = pChart(series, [{ from: day(0), to: day(24) }]);
    expect(chart.baselines[0]!.limits).toMatchObject({
      centre: 0.193,
      numerator: 1544,
      denominator: 8000,
      points: 25,
      // Less than binomial variation between the shipments: the plain p-chart's limits.
      widening: 1,
    });
    expect(chart.baselines[0]!.limits!.sigmaZ).toBeLessThan(1);
    const one = chart.points[0]!.limits!;
    const two = chart.points[10]!.limits!;
    expect([four(one.lower), four(one.upper)]).toEqual([0.1181, 0.2679]);
    expect([four(two.lower), four(two.upper)]).toEqual([0.1401, 0.2459]);
    expect(chart.signals).toEqual([]);
  });

  // Laney's p' chart, by hand: p̄ 0.5 over days of n 400 (σ_i = √(0.25/400) = 0.025) alternating
  // 176 and 224 (0.44, 0.56): z = ∓2.4, moving ranges 4.8, sigma_z = 4.8 / 1.128 = 4.2553;
  // limits 0.5 ± 3 · 0.025 · 4.2553 = 0.5 ± 0.3191 → 0.1809 to 0.8191 (the plain p-chart's:
  // 0.425 to 0.575, which every baseline day but would break).
  it('widens the limits by the variation between days (Laney 2002), so ordinary days do not signal', () => {
    const baseline = [176, 224, 176, 224, 176, 224].map((k, i) => ({
      date: day(i),
      numerator: k,
      denominator: 400,
    }));
    const later = [
      { date: day(6), numerator: 240, denominator: 400 }, // 0.60: beyond the p-chart, inside p'
      { date: day(7), numerator: 340, denominator: 400 }, // 0.85: beyond p'
    ];
    const chart = pChart([...baseline, ...later], [{ from: day(0), to: day(5) }], {
      rules: ['beyond_limits'],
    });
    const limits = chart.baselines[0]!.limits!;
    expect(four(limits.sigmaZ!)).toBe(4.2553);
    expect(four(limits.widening)).toBe(4.2553);
    const lines = chart.points[6]!.limits!;
    expect([four(lines.lower), four(lines.upper)]).toEqual([0.1809, 0.8191]);
    expect(chart.signals.map((s) => [s.index, s.side])).toEqual([[7, 'above']]);
    expect(pLimitsAt(0.5, 400).upper).toBe(0.575);
    expect(() => pLimitsAt(0.5, 400, 0.5)).toThrow(RangeError);
  });

  it('refuses impossible counts in the series', () => {
    expect(() =>
      pChart([{ date: day(0), numerator: 3, denominator: 2 }], [{ from: day(0), to: day(0) }]),
    ).toThrow(RangeError);
  });
});
