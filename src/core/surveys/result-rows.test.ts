import { describe, expect, it } from 'vitest';
import {
  choiceRows,
  indexText,
  meanText,
  scaleRows,
  shareText,
  type ResultsBodyJson,
} from './result-rows.js';

const scale = (n: number, mean: number | null) => ({
  n,
  mean,
  meanInterval: mean === null ? null : { low: mean - 0.1, high: mean + 0.1 },
  index: mean === null ? null : (mean - 1) * 25,
  indexInterval: mean === null ? null : { low: (mean - 1.1) * 25, high: (mean - 0.9) * 25 },
  satisfiedShare: n === 0 ? null : 0.5,
  satisfiedInterval: null,
  distribution: [0, 0, 0, 0, 0],
  uncertain: n < 30,
});

const results: ResultsBodyJson = {
  respondents: 40,
  questions: [
    {
      key: 'got_answer',
      kind: 'yes_no',
      n: 40,
      choices: [
        { key: 'yes', count: 30, share: 0.75, interval: { low: 0.6, high: 0.86 } },
        { key: 'no', count: 10, share: 0.25, interval: { low: 0.14, high: 0.4 } },
      ],
    },
    { key: 'simple', kind: 'scale5', dimension: 'enkelhet', result: scale(30, 4) },
    { key: 'comment', kind: 'text', n: 12 },
    { key: 'polite', kind: 'scale5', dimension: null, result: scale(29, 3.5) },
  ],
  dimensions: [{ dimension: 'enkelhet', questions: ['simple'], result: scale(30, 4) }],
};

describe('scaleRows', () => {
  it('keeps the scale questions in order, then the dimensions; text and choices are not scale rows', () => {
    const rows = scaleRows(results, [{ question: 'simple', index: 77 }]);
    expect(rows.map((r) => `${r.level}:${r.key}`)).toEqual([
      'question:simple',
      'question:polite',
      'dimension:enkelhet',
    ]);
  });

  it('puts the national index only beside the question it belongs to', () => {
    const rows = scaleRows(results, [{ question: 'simple', index: 77 }]);
    expect(rows.map((r) => r.national)).toEqual([77, null, null]);
  });
});

describe('choiceRows', () => {
  it('one row per answer, uncertain when the question has fewer than 30 answers (40 is not)', () => {
    const rows = choiceRows(results);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      question: 'got_answer',
      choice: 'yes',
      count: 30,
      n: 40,
      uncertain: false,
    });
  });
});

describe('texts with intervals', () => {
  it('mean 4 with 3.9-4.1 reads "4,00 (3,90–4,10)" in Swedish', () => {
    expect(meanText(scale(30, 4), 'sv')).toBe('4,00 (3,90–4,10)');
  });
  it('index of mean 4 is (4-1)*25 = 75, interval (4-1.1)*25 = 72.5 -> 73 and 77.5 -> 78 (half away from zero)', () => {
    expect(indexText(scale(30, 4), 'en')).toBe('75 (73–78)');
  });
  it('no answers reads as a dash, not 0', () => {
    expect(meanText(scale(0, null), 'sv')).toBe('–');
    expect(shareText(null, null, 'sv')).toBe('–');
  });
  it('a share without interval is the share alone: 0.5 -> "50 %"', () => {
    expect(shareText(0.5, null, 'sv')).toBe('50\u00a0%');
  });
});
