import { describe, expect, it } from 'vitest';
import {
  beyondLimits,
  findRuleHits,
  runOneSide,
  trend,
  twoOfThreeBeyondTwoSigma,
  type RulePoint,
} from './rules.js';

/** A chart with constant lines: centre 10, sigma 1, limits 7 and 13 unless told. */
const chart = (values: number[], centre = 10, sigma = 1): RulePoint[] =>
  values.map((value) => ({ value, centre, sigma, upper: centre + 3 * sigma, lower: centre - 3 * sigma }));

// Montgomery, Introduction to Statistical Quality Control (ch. 6, individuals chart): the
// loan-processing costs of 20 weeks, x̄ = 300.5, MR̄ = 7.79, limits 279.78 and 321.22, in control.
// σ = 7.79 / 1.128 = 6.906; 2σ line at 300.5 ± 13.81 = 286.69 and 314.31 (314 is just inside).
const MONTGOMERY_COSTS = [
  310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304,
];
const costs = () => {
  const centre = 300.5;
  const mr = 148 / 19;
  return MONTGOMERY_COSTS.map((value) => ({
    value,
    centre,
    sigma: mr / 1.128,
    upper: centre + 2.66 * mr,
    lower: centre - 2.66 * mr,
  }));
};

describe('a textbook series in control signals on no rule', () => {
  it("Montgomery's 20 weekly costs: no point out, no run of 8, no trend of 6, no 2 of 3 past 2σ", () => {
    expect(findRuleHits(costs())).toEqual([]);
  });
});

describe('rule 1: a point beyond the limits', () => {
  it('fires above and below, at each such point', () => {
    expect(beyondLimits(chart([10, 13.01, 10, 6.99]))).toEqual([
      { rule: 'beyond_limits', side: 'above', index: 1, from: 1, to: 1 },
      { rule: 'beyond_limits', side: 'below', index: 3, from: 3, to: 3 },
    ]);
  });

  it('a point exactly on a limit is not beyond it (13 = 10 + 3·1)', () => {
    expect(beyondLimits(chart([13, 7]))).toEqual([]);
  });

  it('with per-point limits, the same value is out on a busy day and in on a quiet one', () => {
    const points: RulePoint[] = [
      { value: 0.33, centre: 0.2, sigma: 0.04, upper: 0.32, lower: 0.08 },
      { value: 0.33, centre: 0.2, sigma: 0.08, upper: 0.44, lower: 0 },
    ];
    expect(beyondLimits(points).map((h) => h.index)).toEqual([0]);
  });

  it("Montgomery's costs with one week at 330 (> 321.22): fires there only", () => {
    const points = costs();
    points[10] = { ...points[10]!, value: 330 };
    expect(findRuleHits(points, ['beyond_limits'])).toEqual([
      { rule: 'beyond_limits', side: 'above', index: 10, from: 10, to: 10 },
    ]);
  });
});

describe('rule 2: 8 in a row on one side of the centre line', () => {
  it('8 above fires at the eighth', () => {
    expect(runOneSide(chart([9, 11, 11, 11, 11, 11, 11, 11, 11, 9]))).toEqual([
      { rule: 'run_one_side', side: 'above', index: 8, from: 1, to: 8 },
    ]);
  });

  it('7 in a row do not', () => {
    expect(runOneSide(chart([9, 11, 11, 11, 11, 11, 11, 11, 9]))).toEqual([]);
  });

  it('a run of 11 below is one hit at its eighth point, its range the whole run', () => {
    expect(runOneSide(chart(Array<number>(11).fill(9.5)))).toEqual([
      { rule: 'run_one_side', side: 'below', index: 7, from: 0, to: 10 },
    ]);
  });

  it('a point on the centre line breaks the run: 3 + centre + 5 is no run of 8', () => {
    expect(runOneSide(chart([11, 11, 11, 10, 11, 11, 11, 11, 11]))).toEqual([]);
  });

  it('8 below then 8 above: two runs', () => {
    const hits = runOneSide(chart([...Array<number>(8).fill(9), ...Array<number>(8).fill(11)]));
    expect(hits.map((h) => [h.side, h.index, h.from, h.to])).toEqual([
      ['below', 7, 0, 7],
      ['above', 15, 8, 15],
    ]);
  });

  it('values alternating about the centre never run', () => {
    expect(runOneSide(chart(Array.from({ length: 30 }, (_, i) => (i % 2 ? 11 : 9))))).toEqual([]);
  });
});

describe('rule 3: 6 in a row steadily rising or falling', () => {
  it('6 rising points (5 rises) fire at the sixth', () => {
    expect(trend(chart([9, 9.2, 9.4, 9.6, 9.8, 10]))).toEqual([
      { rule: 'trend', side: 'rising', index: 5, from: 0, to: 5 },
    ]);
  });

  it('5 rising points do not', () => {
    expect(trend(chart([9, 9.2, 9.4, 9.6, 9.8]))).toEqual([]);
  });

  it('a tie breaks a trend: 3 rising, a repeat, 4 rising', () => {
    expect(trend(chart([9, 9.2, 9.4, 9.4, 9.6, 9.8, 10]))).toEqual([]);
  });

  it('a fall then a rise: the turning point starts the new trend', () => {
    // 12 → 8 falls; 8, 9, 10, 11, 12, 13 are six rising points at 1..6.
    expect(trend(chart([12, 8, 9, 10, 11, 12, 13]))).toEqual([
      { rule: 'trend', side: 'rising', index: 6, from: 1, to: 6 },
    ]);
  });

  it('7 falling points: one hit at the sixth, the range all seven', () => {
    expect(trend(chart([13, 12, 11, 10, 9, 8, 7]))).toEqual([
      { rule: 'trend', side: 'falling', index: 5, from: 0, to: 6 },
    ]);
  });

  it('ignores the centre line: a trend across it counts', () => {
    expect(trend(chart([8, 9, 9.5, 10.5, 11, 12])).map((h) => h.index)).toEqual([5]);
  });
});

describe('rule 4: 2 of 3 beyond 2 sigma on one side', () => {
  it('2.5σ, 0, 2.1σ above: fires at the third, from the first', () => {
    expect(twoOfThreeBeyondTwoSigma(chart([12.5, 10, 12.1]))).toEqual([
      { rule: 'two_of_three_beyond_two_sigma', side: 'above', index: 2, from: 0, to: 2 },
    ]);
  });

  it('two in a row below fire at the second', () => {
    expect(twoOfThreeBeyondTwoSigma(chart([7.5, 7.9]))).toEqual([
      { rule: 'two_of_three_beyond_two_sigma', side: 'below', index: 1, from: 0, to: 1 },
    ]);
  });

  it('must not signal: 2 of 4, opposite sides, or exactly on the 2σ line', () => {
    expect(twoOfThreeBeyondTwoSigma(chart([12.5, 10, 10, 12.5]))).toEqual([]);
    expect(twoOfThreeBeyondTwoSigma(chart([12.5, 7.5, 10]))).toEqual([]);
    expect(twoOfThreeBeyondTwoSigma(chart([12, 12, 12.5]))).toEqual([]);
  });

  it('a point beyond 3σ counts as beyond 2σ (zone A or beyond)', () => {
    expect(twoOfThreeBeyondTwoSigma(chart([13.5, 12.2])).map((h) => h.index)).toEqual([1]);
  });

  it('uses each point its own sigma (p-chart): 0.29 is past 2σ at σ = 0.04, not at σ = 0.08', () => {
    // 0.2 + 2·0.04 = 0.28 < 0.29; 0.2 + 2·0.08 = 0.36 > 0.29.
    const at = (value: number, sigma: number): RulePoint => ({
      value,
      centre: 0.2,
      sigma,
      upper: 0.2 + 3 * sigma,
      lower: 0,
    });
    expect(twoOfThreeBeyondTwoSigma([at(0.29, 0.04), at(0.29, 0.04)])).toHaveLength(1);
    expect(twoOfThreeBeyondTwoSigma([at(0.29, 0.04), at(0.29, 0.08)])).toEqual([]);
  });
});

describe('findRuleHits', () => {
  it('orders hits by point, then by rule, and runs only the rules asked for', () => {
    // 14 is beyond 13 and, with 12.5 before it, the second of two past 2σ.
    const points = chart([12.5, 14]);
    expect(findRuleHits(points).map((h) => [h.index, h.rule])).toEqual([
      [1, 'beyond_limits'],
      [1, 'two_of_three_beyond_two_sigma'],
    ]);
    expect(findRuleHits(points, ['run_one_side'])).toEqual([]);
  });
});
