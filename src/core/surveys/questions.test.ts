import { describe, expect, it } from 'vitest';
import {
  answerProblem,
  definitionProblems,
  isAsked,
  isComplete,
  versionStep,
  type AnswerValue,
  type Question,
  type SurveyDefinition,
} from './questions.js';
import { SURVEY_TEMPLATES, templateOf } from './templates.js';

const scale: Question = { key: 'q', kind: 'scale5', text: { sv: 'Fråga' } };

describe('a survey definition', () => {
  it.each(SURVEY_TEMPLATES.map((t) => [t.key, t] as const))(
    'the shipped template %s has no problem',
    (_key, t) => {
      expect(definitionProblems(t.definition)).toEqual([]);
      expect(t.definition.questions.every((q) => q.text.en !== undefined)).toBe(true);
    },
  );

  it('says what is wrong and where', () => {
    const definition: SurveyDefinition = {
      questions: [
        { key: 'a', kind: 'nps', text: { sv: 'Hur troligt ...' }, dimension: 'enkelhet' },
        { key: 'a', kind: 'yes_no', text: { sv: ' ' }, ends: { low: { sv: 'x' }, high: { sv: 'y' } } },
        {
          key: 'Bad-Key',
          kind: 'one_choice',
          text: { sv: 'Välj' },
          choices: [{ key: 'x', label: { sv: 'X' } }],
        },
        { key: 'c', kind: 'text', text: { sv: 'Kommentar' }, condition: { question: 'd', anyOf: ['yes'] } },
        {
          key: 'd',
          kind: 'yes_no',
          text: { sv: 'Ja eller nej' },
          condition: { question: 'a', anyOf: ['yes'] },
        },
        { key: 'e', kind: 'scale5', text: { sv: 'Skala' }, condition: { question: 'd', anyOf: ['maybe'] } },
      ],
    };
    expect(definitionProblems(definition)).toEqual([
      { path: '/questions/0/dimension', code: 'dimension_only_on_scale5' },
      { path: '/questions/1/key', code: 'duplicate_key' },
      { path: '/questions/1/text/sv', code: 'empty_text' },
      { path: '/questions/1/ends', code: 'ends_only_on_scales' },
      { path: '/questions/2/key', code: 'bad_key' },
      { path: '/questions/2/choices', code: 'choices_required' },
      { path: '/questions/3/condition/question', code: 'condition_on_later_question' },
      { path: '/questions/4/condition/question', code: 'condition_on_unconditional_kind' },
      { path: '/questions/5/condition/anyOf', code: 'condition_unknown_answer' },
    ]);
    expect(definitionProblems({ questions: [] })).toEqual([{ path: '/questions', code: 'no_questions' }]);
  });
});

describe('an answer', () => {
  const choice: Question = {
    key: 'c',
    kind: 'many_choices',
    text: { sv: 'Välj' },
    choices: [
      { key: 'a', label: { sv: 'A' } },
      { key: 'b', label: { sv: 'B' } },
    ],
  };
  it.each<[Question, AnswerValue, string | null]>([
    [scale, 5, null],
    [scale, 1, null],
    [scale, 0, 'out_of_scale'],
    [scale, 6, 'out_of_scale'],
    [scale, 4.5, 'wrong_type'],
    [scale, '4', 'wrong_type'],
    [{ ...scale, kind: 'nps' }, 0, null],
    [{ ...scale, kind: 'nps' }, 10, null],
    [{ ...scale, kind: 'nps' }, 11, 'out_of_scale'],
    [{ ...scale, kind: 'yes_no' }, 'yes', null],
    [{ ...scale, kind: 'yes_no' }, 'ja', 'unknown_choice'],
    [choice, ['a', 'b'], null],
    [choice, ['a', 'a'], 'duplicate_choice'],
    [choice, [], 'empty'],
    [choice, ['z'], 'unknown_choice'],
    [{ ...choice, kind: 'one_choice' }, 'b', null],
    [{ ...choice, kind: 'one_choice' }, ['b'], 'wrong_type'],
    [{ ...scale, kind: 'text' }, 'Bra bemötande', null],
    [{ ...scale, kind: 'text' }, '   ', 'empty'],
    [{ ...scale, kind: 'text' }, 'x'.repeat(2001), 'too_long'],
  ])('%j answered %j: %s', (question, value, problem) => {
    expect(answerProblem(question, value)).toBe(problem);
  });

  it("asks SKR's e-mail questions only of those who got an answer", () => {
    const { definition } = templateOf('skr_email');
    const ease = definition.questions.find((q) => q.key === 'ease')!;
    expect(isAsked(ease, new Map())).toBe(false);
    expect(isAsked(ease, new Map([['got_answer', 'no']]))).toBe(false);
    expect(isAsked(ease, new Map([['got_answer', 'yes']]))).toBe(true);
    expect(isComplete(definition, new Map([['got_answer', 'no']]))).toBe(true);
    expect(isComplete(definition, new Map([['got_answer', 'yes']]))).toBe(false);
    expect(
      isComplete(
        definition,
        new Map<string, AnswerValue>([
          ['got_answer', 'yes'],
          ['ease', 4],
          ['clarity', 5],
        ]),
      ),
    ).toBe(true);
  });
});

describe('versions', () => {
  const before: SurveyDefinition = { questions: [scale] };
  it('edits in place before the first invitation and makes a new version after it', () => {
    const reworded: SurveyDefinition = { questions: [{ ...scale, text: { sv: 'Annan fråga' } }] };
    expect(versionStep(before, reworded, 0)).toBe('edit_in_place');
    expect(versionStep(before, reworded, 1)).toBe('new_version');
    const english: SurveyDefinition = { questions: [{ ...scale, text: { sv: 'Fråga', en: 'Question' } }] };
    expect(versionStep(before, english, 7)).toBe('new_version');
  });
  it('needs no version for the same definition written in another key order', () => {
    const same: SurveyDefinition = {
      questions: [{ text: { sv: 'Fråga' }, kind: 'scale5', key: 'q', required: false }],
    };
    expect(versionStep(before, same, 12)).toBe('unchanged');
  });
});
