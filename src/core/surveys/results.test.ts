import { describe, expect, it } from 'vitest';
import { choiceShares, npsResult, respondentMeans, responseRate, scale5Result } from './results.js';

function grades(counts: Record<number, number>): number[] {
  return Object.entries(counts).flatMap(([grade, count]) =>
    Array.from({ length: count }, () => Number(grade)),
  );
}

describe('a 1-5 scale', () => {
  it("gives SKR's index: the test vector of kkik.md, {5:64, 4:20, 3:8, 2:4, 1:4} -> 84.0", () => {
    const r = scale5Result(grades({ 5: 64, 4: 20, 3: 8, 2: 4, 1: 4 }));
    expect(r.n).toBe(100);
    expect(r.mean).toBeCloseTo(4.36, 10);
    expect(r.index).toBeCloseTo(84, 10);
    expect(r.satisfied).toBe(84);
    expect(r.satisfiedShare).toBeCloseTo(0.84, 10);
    expect(r.distribution).toEqual([4, 4, 8, 20, 64]);
    expect(r.uncertain).toBe(false);
    expect(r.comparableWithSkr).toBe(true);
  });

  it('gives the t interval of the mean, worked by hand for 1, 2, 3, 4, 5', () => {
    // mean 3, s² = 10/4 = 2.5, s/√5 = √0.5 = 0.707107, t(4, 0.975) = 2.776445: half 1.963243.
    const r = scale5Result([1, 2, 3, 4, 5]);
    expect(r.mean).toBe(3);
    expect(r.meanInterval!.low).toBeCloseTo(1.036757, 5);
    expect(r.meanInterval!.high).toBeCloseTo(4.963243, 5);
    expect(r.index).toBe(50);
    expect(r.indexInterval!.low).toBeCloseTo(0.918925, 4);
    expect(r.indexInterval!.high).toBeCloseTo(99.081075, 4);
    expect(r.uncertain).toBe(true);
    expect(r.comparableWithSkr).toBe(false);
  });

  it('keeps the interval on the scale, and gives Wilson for the share satisfied', () => {
    // 5, 5, 5, 4: mean 4.75, s = 0.5, s/√4 = 0.25, t(3) = 3.182446: 3.954388 .. 5.545612 -> 5.
    const r = scale5Result([5, 5, 5, 4]);
    expect(r.meanInterval!.low).toBeCloseTo(3.954388, 5);
    expect(r.meanInterval!.high).toBe(5);
    expect(r.indexInterval!.high).toBe(100);
    // Wilson, 4 of 4: low = (1 + z²/8 - z·√(z²/64)) / (1 + z²/4) = 0.510
    expect(r.satisfiedInterval!.low).toBeCloseTo(0.5101, 4);
    expect(r.satisfiedInterval!.high).toBe(1);
  });

  it('has a mean but no interval from one answer, and nothing from none', () => {
    expect(scale5Result([4])).toMatchObject({
      n: 1,
      mean: 4,
      meanInterval: null,
      index: 75,
      indexInterval: null,
    });
    expect(scale5Result([])).toMatchObject({
      n: 0,
      mean: null,
      index: null,
      satisfiedShare: null,
      satisfiedInterval: null,
    });
  });

  it('takes respondent means for a dimension and refuses grades off the scale', () => {
    expect(respondentMeans([[4, 5], [3], []])).toEqual([4.5, 3]);
    const r = scale5Result(respondentMeans([[4, 5], [3], [2, 2, 5]]));
    expect(r.n).toBe(3);
    expect(r.mean).toBeCloseTo((4.5 + 3 + 3) / 3, 10);
    expect(r.satisfied).toBe(1);
    expect(r.distribution).toEqual([0, 0, 2, 0, 0]);
    expect(() => scale5Result([0])).toThrow(RangeError);
    expect(() => scale5Result([6])).toThrow(RangeError);
  });
});

describe('NPS', () => {
  it('is promoters minus detractors with the interval of a multinomial difference', () => {
    // 2 promoters, 2 detractors of 6: score 0; var = (1/3 + 1/3 - 0) / 6 = 1/9; half = 1.96 · 1/3 · 100.
    const r = npsResult([10, 9, 8, 7, 6, 0]);
    expect(r).toMatchObject({ n: 6, promoters: 2, passives: 2, detractors: 2, score: 0 });
    expect(r.interval!.low).toBeCloseTo(-65.332, 2);
    expect(r.interval!.high).toBeCloseTo(65.332, 2);
  });

  it('caps the interval at 100', () => {
    // 4 of 5 promoters: 80; var = (0.8 - 0.64) / 5 = 0.032, half = 1.96 · 0.178885 · 100 = 35.06.
    const r = npsResult([10, 10, 10, 9, 8]);
    expect(r.score).toBeCloseTo(80, 10);
    expect(r.interval!.low).toBeCloseTo(44.94, 1);
    expect(r.interval!.high).toBe(100);
    expect(() => npsResult([11])).toThrow(RangeError);
  });
});

describe('choices and the response rate', () => {
  it('counts each choice among those who answered', () => {
    const yesNo = choiceShares(['yes', 'no'], ['yes', 'yes', 'no']);
    expect(yesNo.map((c) => [c.key, c.count, c.share])).toEqual([
      ['yes', 2, 2 / 3],
      ['no', 1, 1 / 3],
    ]);
    const many = choiceShares(['a', 'b', 'c'], [['a', 'b'], ['a']]);
    expect(many.map((c) => c.share)).toEqual([1, 0.5, 0]);
    expect(() => choiceShares(['a'], ['z'])).toThrow(RangeError);
  });

  it('is answered over delivered (SKR 2022: 18 %)', () => {
    const r = responseRate(200, 36);
    expect(r.rate).toBeCloseTo(0.18, 10);
    expect(r.interval!.low).toBeGreaterThan(0.13);
    expect(r.interval!.high).toBeLessThan(0.24);
    expect(responseRate(0, 0)).toEqual({ delivered: 0, answered: 0, rate: null, interval: null });
  });
});
