import { describe, expect, it } from 'vitest';
import { stratifiedRateRatio, studentT975, type RateRatio, type StratumWeek } from './rate-ratio.js';

const week = (i: number) => `2026-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-0${1 + (i % 4)}`;
const series = (stratum: string, isAfter: boolean, counts: number[], exposure = 1): StratumWeek[] =>
  counts.map((count, i) => ({ week: week(i + (isAfter ? 20 : 0)), stratum, isAfter, count, exposure }));
const estimate = (weeks: StratumWeek[]): RateRatio => {
  const result = stratifiedRateRatio(weeks);
  if (typeof result === 'string') throw new Error(result);
  return result;
};

describe("Student's t quantile", () => {
  it('matches the tables', () => {
    // Tables: t(0.975) for 3, 6, 10, 28 and 120 degrees of freedom.
    expect(studentT975(3)).toBeCloseTo(3.182446, 6);
    expect(studentT975(6)).toBeCloseTo(2.446912, 4);
    expect(studentT975(10)).toBeCloseTo(2.228139, 5);
    expect(studentT975(28)).toBeCloseTo(2.048407, 5);
    expect(studentT975(120)).toBeCloseTo(1.97993, 5);
    expect(() => studentT975(0)).toThrow(RangeError);
  });
});

describe('stratifiedRateRatio', () => {
  it('halves: 4 weeks of 100 before, 4 weeks of 50 after, hand-worked interval', () => {
    const result = estimate([
      ...series('s', false, [100, 100, 100, 100]),
      ...series('s', true, [50, 50, 50, 50]),
    ]);
    // 200 / 400 = 0.5. No week differs from its fit, so the dispersion is its floor, 1.
    expect(result.ratio).toBeCloseTo(0.5, 10);
    expect(result.observed).toBe(200);
    expect(result.expected).toBeCloseTo(400, 8);
    expect(result.dispersion).toBe(1);
    // 8 weeks - 1 stratum - 1 effect = 6 degrees of freedom; var(log RR) = 1/200 + 1/400 = 0.0075.
    expect(result.degreesOfFreedom).toBe(6);
    const half = 2.446912 * Math.sqrt(0.0075);
    expect(result.interval.low).toBeCloseTo(0.5 * Math.exp(-half), 4); // 0.4045
    expect(result.interval.high).toBeCloseTo(0.5 * Math.exp(half), 4); // 0.6180
    expect(result.afterWeeks).toHaveLength(4);
    expect(result.afterWeeks[0]).toEqual({ week: week(20), observed: 50, expected: 100 });
  });

  it('widens the interval by the dispersion of weeks that vary more than a Poisson count', () => {
    const steady = estimate([
      ...series('s', false, [100, 100, 100, 100]),
      ...series('s', true, [50, 50, 50, 50]),
    ]);
    const noisy = estimate([
      ...series('s', false, [60, 140, 70, 130]),
      ...series('s', true, [20, 80, 30, 70]),
    ]);
    expect(noisy.ratio).toBeCloseTo(0.5, 10); // the same totals
    // Pearson: before fitted 100 each: (1600+1600+900+900)/100 = 50; after fitted 50 each:
    // (900+900+400+400)/50 = 52; 102 / 6 = 17.
    expect(noisy.dispersion).toBeCloseTo(17, 8);
    expect(Math.log(noisy.interval.high / noisy.ratio)).toBeCloseTo(
      Math.sqrt(17) * Math.log(steady.interval.high / steady.ratio),
      8,
    );
  });

  it('compares within strata: a stratum twice as busy does not bias the ratio', () => {
    // Stratum a: 10 -> 8 (x0.8); stratum b: 100 -> 80 (x0.8), each over 3 + 3 weeks.
    const result = estimate([
      ...series('a', false, [10, 10, 10]),
      ...series('a', true, [8, 8, 8]),
      ...series('b', false, [100, 100, 100]),
      ...series('b', true, [80, 80, 80]),
    ]);
    expect(result.ratio).toBeCloseTo(0.8, 8);
    expect(result.strata).toBe(2);
    expect(result.degreesOfFreedom).toBe(12 - 2 - 1);
  });

  it('uses the exposure as the yardstick', () => {
    // The same 5 per 100 other contacts before and after, though the volume doubled.
    const result = estimate([
      ...series('s', false, [50, 50, 50, 50], 1000),
      ...series('s', true, [100, 100, 100, 100], 2000),
    ]);
    expect(result.ratio).toBeCloseTo(1, 10);
  });

  it('leaves out strata with no after or no comparison weeks', () => {
    const result = estimate([
      ...series('a', false, [10, 12, 11, 9]),
      ...series('a', true, [5, 6, 4, 5]),
      ...series('only-before', false, [1000]),
    ]);
    expect(result.strata).toBe(1);
    expect(result.ratio).toBeCloseTo(20 / 42, 10);
  });

  it('gives an exact upper limit when nothing was counted after', () => {
    const result = estimate([...series('s', false, [10, 10, 10, 10]), ...series('s', true, [0, 0, 0, 0])]);
    expect(result.ratio).toBe(0);
    expect(result.expected).toBeCloseTo(40, 10);
    // The expected after count at the upper limit is -ln(0.025) = 3.689: 40 p = 3.689 with
    // p = RR / (RR + 1), so RR = 3.689 / 36.311 = 0.1016.
    expect(result.interval.high).toBeCloseTo(3.688879 / (40 - 3.688879), 5);
  });

  it('says why there is no estimate', () => {
    expect(stratifiedRateRatio([])).toBe('no_informative_strata');
    expect(
      stratifiedRateRatio([...series('s', false, [0, 0, 0, 0]), ...series('s', true, [3, 4, 5, 6])]),
    ).toBe('nothing_compared');
    // 2 + 2 weeks in one stratum: 4 - 1 - 1 = 2 degrees of freedom, fewer than 3.
    expect(stratifiedRateRatio([...series('s', false, [10, 12]), ...series('s', true, [5, 6])])).toBe(
      'too_few_degrees_of_freedom',
    );
  });
});
