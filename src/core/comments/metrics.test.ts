import { describe, expect, it } from 'vitest';
import { multiLabelReport, singleLabelReport } from './metrics.js';

describe('singleLabelReport', () => {
  it('computes the confusion matrix and macro-F1 by hand', () => {
    // actual:    p p p s s n
    // predicted: p p s s n n
    // positive: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8
    // skeptical: tp 1, fp 1, fn 1 -> F1 0.5
    // negative: tp 1, fp 1, fn 0 -> P 0.5, R 1, F1 2/3
    const report = singleLabelReport(
      ['p', 's', 'n'],
      ['p', 'p', 'p', 's', 's', 'n'],
      ['p', 'p', 's', 's', 'n', 'n'],
    );
    expect(report.confusion).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    expect(report.perClass.map((c) => c.f1)).toEqual([0.8, 0.5, 2 / 3]);
    expect(report.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 12);
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
  });
});

describe('multiLabelReport', () => {
  it('scores each label as its own yes/no question', () => {
    // a: actual in rows 0,1; predicted in 0,2 -> tp 1, fp 1, fn 1 -> F1 0.5
    // b: actual in row 2; predicted in 2 -> F1 1
    const report = multiLabelReport(['a', 'b'], [['a'], ['a'], ['b']], [['a'], [], ['a', 'b']]);
    expect(report.confusion[0]).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(report.perClass.map((c) => c.f1)).toEqual([0.5, 1]);
    expect(report.macroF1).toBe(0.75);
  });
});
