import { describe, expect, it } from 'vitest';
import {
  countedAnswers,
  resultsFromCounts,
  surveyResults,
  type AnswerCount,
  type DimensionMeanCount,
} from './aggregate.js';
import type { AnswerValue } from './questions.js';
import { templateOf } from './templates.js';

const answers = (entries: [string, AnswerValue][]) => new Map<string, AnswerValue>(entries);

describe('survey results', () => {
  it("scores SKR's e-mail questions only for those who got an answer", () => {
    const { definition } = templateOf('skr_email');
    const r = surveyResults(definition, [
      answers([
        ['got_answer', 'yes'],
        ['ease', 5],
        ['clarity', 4],
      ]),
      answers([
        ['got_answer', 'yes'],
        ['ease', 3],
      ]),
      // Said yes, scored, then changed to no: the scores do not count.
      answers([
        ['got_answer', 'no'],
        ['ease', 1],
        ['clarity', 1],
      ]),
      answers([]),
    ]);
    expect(r.respondents).toBe(3);
    const ease = r.questions.find((q) => q.key === 'ease')!;
    expect(ease.kind === 'scale5' && ease.result).toMatchObject({ n: 2, mean: 4, index: 75, satisfied: 1 });
    const got = r.questions.find((q) => q.key === 'got_answer')!;
    expect(got.kind === 'yes_no' && got.choices.map((c) => [c.key, c.count])).toEqual([
      ['yes', 2],
      ['no', 1],
    ]);
    expect(r.dimensions.map((d) => [d.dimension, d.result.n, d.result.mean])).toEqual([
      ['enkelhet', 2, 4],
      ['tydlighet', 1, 4],
    ]);
  });

  it('weighs each department once in a dimension of three questions', () => {
    const { definition } = templateOf('departments');
    const r = surveyResults(definition, [
      answers([
        ['forwarding', 5],
        ['informing', 4],
        ['cooperation', 3],
        ['one_change', 'Snabbare återkoppling'],
      ]),
      answers([['forwarding', 2]]),
    ]);
    const [samarbete] = r.dimensions;
    // Respondent means 4 and 2: mean 3, not (5+4+3+2)/4 = 3.5.
    expect(samarbete).toMatchObject({
      dimension: 'samarbete',
      questions: ['forwarding', 'informing', 'cooperation'],
    });
    expect(samarbete!.result).toMatchObject({ n: 2, mean: 3, index: 50, satisfied: 1 });
    expect(r.questions.find((q) => q.key === 'one_change')).toEqual({
      key: 'one_change',
      kind: 'text',
      n: 1,
    });
  });
});

describe('results from counts', () => {
  it('equal the results from the answers, on random answers to every template', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const key of ['after_contact', 'skr_phone', 'skr_email', 'departments'] as const) {
      const { definition } = templateOf(key);
      const respondents = Array.from({ length: 300 }, () => {
        const a = new Map<string, AnswerValue>();
        for (const q of definition.questions) {
          if (random() < 0.2) continue;
          if (q.kind === 'scale5') a.set(q.key, 1 + Math.floor(random() * 5));
          else if (q.kind === 'yes_no') a.set(q.key, random() < 0.7 ? 'yes' : 'no');
          else if (q.kind === 'one_choice')
            a.set(q.key, q.choices![Math.floor(random() * q.choices!.length)]!.key);
          else a.set(q.key, 'En kommentar');
        }
        return a;
      });
      const expected = surveyResults(definition, respondents);
      // The counts as the database makes them: counted answers per question and value, respondent means.
      const counted = respondents.map((a) => countedAnswers(definition, a)).filter((a) => a.size > 0);
      const answers = new Map<string, AnswerCount>();
      for (const a of counted) {
        for (const [k, v] of a) {
          const id = `${k}|${JSON.stringify(v)}`;
          answers.set(id, { key: k, value: v, count: (answers.get(id)?.count ?? 0) + 1 });
        }
      }
      const means = new Map<string, DimensionMeanCount>();
      for (const d of expected.dimensions) {
        for (const a of counted) {
          const given = d.questions.map((k) => a.get(k)).filter((v): v is number => typeof v === 'number');
          if (given.length === 0) continue;
          const mean = given.reduce((x, y) => x + y, 0) / given.length;
          const id = `${d.dimension}|${mean}`;
          means.set(id, { dimension: d.dimension, mean, count: (means.get(id)?.count ?? 0) + 1 });
        }
      }
      // Equal up to the order of adding (the last bits of a double).
      const rounded = (x: unknown): unknown =>
        JSON.parse(JSON.stringify(x), (_k, v: unknown) =>
          typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v,
        );
      expect(
        rounded(resultsFromCounts(definition, counted.length, [...answers.values()], [...means.values()])),
      ).toEqual(rounded(expected));
    }
  });
});
