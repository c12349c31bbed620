import { describe, expect, it } from 'vitest';
import { surveyResults } from './aggregate.js';
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
