import { describe, expect, it } from 'vitest';
import {
  formatSurveyScope,
  goalEvidence,
  parseSurveyScope,
  scopeQuestions,
  standardDeviationOf,
  surveyChange,
  surveyInterval,
  surveyParts,
} from './survey-measures.js';
import { templateOf } from './templates.js';

const SURVEY = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('survey scopes', () => {
  it('reads and writes a dimension or a question of a survey', () => {
    const text = `survey:${SURVEY}:dimension:samarbete`;
    expect(parseSurveyScope(text)).toEqual({
      kind: 'survey',
      surveyId: SURVEY,
      part: 'dimension',
      key: 'samarbete',
    });
    expect(formatSurveyScope(parseSurveyScope(text)!)).toBe(text);
    expect(parseSurveyScope(`survey:${SURVEY}:question:ease`)?.key).toBe('ease');
  });

  it('refuses an unknown dimension, a bad key, a missing id and a telephony scope', () => {
    expect(parseSurveyScope(`survey:${SURVEY}:dimension:speed`)).toBeNull();
    expect(parseSurveyScope(`survey:${SURVEY}:question:Ease-1`)).toBeNull();
    expect(parseSurveyScope('survey::question:ease')).toBeNull();
    expect(parseSurveyScope(`queue:${SURVEY}`)).toBeNull();
    expect(parseSurveyScope('all')).toBeNull();
  });

  it('counts the 1-5 questions of the part in every version, with their conditions', () => {
    const email = templateOf('skr_email').definition;
    const departments = templateOf('departments').definition;
    const versions = [
      { number: 1, definition: departments },
      { number: 2, definition: { questions: departments.questions.filter((q) => q.key !== 'informing') } },
    ];
    const scope = parseSurveyScope(`survey:${SURVEY}:dimension:samarbete`)!;
    expect(scopeQuestions(scope, versions).map((q) => `${q.version}:${q.key}`)).toEqual([
      '1:forwarding',
      '1:informing',
      '1:cooperation',
      '2:forwarding',
      '2:cooperation',
    ]);
    // SKR's e-mail survey asks enkelhet only of those who got an answer.
    const ease = scopeQuestions(parseSurveyScope(`survey:${SURVEY}:question:ease`)!, [
      { number: 1, definition: email },
    ]);
    expect(ease).toEqual([{ version: 1, key: 'ease', cond: 'got_answer', any: ['yes'] }]);
    // A text question is no measure.
    expect(scopeQuestions(parseSurveyScope(`survey:${SURVEY}:question:one_change`)!, versions)).toEqual([]);
  });
});

describe('surveyParts (hand-worked)', () => {
  // Four respondents: 5, 5, 3 and a dimension mean of 4.5.
  const values = [
    { value: 5, count: 2 },
    { value: 3, count: 1 },
    { value: 4.5, count: 1 },
  ];

  it('index: points 100 + 100 + 50 + 87.5 = 337.5 over 4, squares 10,000·2 + 2,500 + 7,656.25', () => {
    expect(surveyParts('survey_index', values)).toEqual({
      numerator: 337.5,
      denominator: 4,
      squares: 30156.25,
    });
  });

  it('mean: 5 + 5 + 3 + 4.5 = 17.5 over 4, squares 25·2 + 9 + 20.25 = 79.25', () => {
    expect(surveyParts('survey_mean', values)).toEqual({ numerator: 17.5, denominator: 4, squares: 79.25 });
  });

  it('share satisfied: 4 or more, so the 4.5 mean counts: 3 of 4', () => {
    expect(surveyParts('survey_satisfied_share', values)).toEqual({ numerator: 3, denominator: 4 });
  });

  it('refuses a value off the scale', () => {
    expect(() => surveyParts('survey_mean', [{ value: 6, count: 1 }])).toThrow(RangeError);
    expect(() => surveyParts('survey_mean', [{ value: 0.5, count: 1 }])).toThrow(RangeError);
  });

  it('standard deviation and t interval: s = √((79.25 - 17.5²/4)/3) = 0.94648; 4.375 ± 3.18245·s/2, cut at 5', () => {
    const parts = surveyParts('survey_mean', values);
    expect(standardDeviationOf(parts)).toBeCloseTo(0.946485, 5);
    const interval = surveyInterval('survey_mean', parts)!;
    expect(interval.low).toBeCloseTo(2.868932, 5);
    expect(interval.high).toBe(5);
    // The index's interval is the same on its own scale: 84.375 ± 37.65 -> 46.72..100.
    const index = surveyInterval('survey_index', surveyParts('survey_index', values))!;
    expect(index.low).toBeCloseTo((2.868932 - 1) * 25, 3);
    expect(index.high).toBe(100);
    expect(surveyInterval('survey_mean', { numerator: 4, denominator: 1, squares: 16 })).toBeNull();
  });
});

describe('goalEvidence', () => {
  it('says clearly only when the whole interval is on one side of the target', () => {
    expect(goalEvidence({ low: 76, high: 82 }, 75, 'at_least')).toBe('clearly_met');
    expect(goalEvidence({ low: 60, high: 74 }, 75, 'at_least')).toBe('clearly_missed');
    expect(goalEvidence({ low: 70, high: 90 }, 75, 'at_least')).toBe('within_interval');
    expect(goalEvidence({ low: 0.1, high: 0.2 }, 0.25, 'at_most')).toBe('clearly_met');
    expect(goalEvidence({ low: 0.3, high: 0.4 }, 0.25, 'at_most')).toBe('clearly_missed');
    expect(goalEvidence(null, 75, 'at_least')).toBeNull();
  });
});

describe('surveyChange (the board’s before/after)', () => {
  // Before: 15 at 3 and 15 at 4 (mean 3.5); after: 15 at 4 and 15 at 5 (mean 4.5). s = √(7.5/29) = 0.50855
  // on both sides; se = √(2·s²/30) = 0.131306; Welch ν = 58, t = 2.00172; 1 ± 0.26284.
  const before = surveyParts('survey_mean', [
    { value: 3, count: 15 },
    { value: 4, count: 15 },
  ]);
  const after = surveyParts('survey_mean', [
    { value: 4, count: 15 },
    { value: 5, count: 15 },
  ]);

  it('a mean that rose by a whole grade on 30 and 30 respondents improved', () => {
    const change = surveyChange('survey_mean', before, after);
    expect(change.difference).toBe(1);
    expect(change.interval!.low).toBeCloseTo(0.73716, 3);
    expect(change.interval!.high).toBeCloseTo(1.26284, 3);
    expect(change.verdict).toBe('improved');
    expect(surveyChange('survey_mean', after, before).verdict).toBe('worsened');
  });

  it('the share satisfied uses Newcombe: 48/80 -> 56/70 is 0.0524..0.3339, improved', () => {
    const change = surveyChange(
      'survey_satisfied_share',
      { numerator: 48, denominator: 80 },
      { numerator: 56, denominator: 70 },
    );
    expect(change.interval!.low).toBeCloseTo(0.0524, 4);
    expect(change.interval!.high).toBeCloseTo(0.3339, 4);
    expect(change.verdict).toBe('improved');
  });

  it('is not enough data below 30 respondents on a side, however large the difference', () => {
    const few = surveyParts('survey_mean', [
      { value: 5, count: 10 },
      { value: 4, count: 10 },
    ]);
    const change = surveyChange('survey_mean', before, few);
    expect(change.after.n).toBe(20);
    expect(change.verdict).toBe('not_enough_data');
  });

  it('no change when the interval holds 0', () => {
    const same = surveyChange('survey_mean', before, before);
    expect(same.difference).toBe(0);
    expect(same.verdict).toBe('no_change');
  });
});
