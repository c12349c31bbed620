/**
 * A survey's results from its respondents' answers (issue #15; docs/metrics.md, "Surveys"): per
 * question by its kind, and per dimension from each respondent's mean over the dimension's
 * questions. Only answers to questions that were asked count: a citizen who first said yes to
 * "did you get an answer?", scored clarity, and then changed to no, has no clarity score.
 */
import {
  choiceShares,
  npsResult,
  respondentMeans,
  scale5Result,
  type ChoiceShare,
  type NpsResult,
  type ScaleResult,
} from './results.js';
import { isAsked, type AnswerValue, type Dimension, type SurveyDefinition } from './questions.js';

export type QuestionResult =
  | { key: string; kind: 'scale5'; dimension: Dimension | null; result: ScaleResult }
  | { key: string; kind: 'nps'; result: NpsResult }
  | { key: string; kind: 'yes_no' | 'one_choice' | 'many_choices'; n: number; choices: ChoiceShare[] }
  | { key: string; kind: 'text'; n: number };

export interface DimensionResult {
  dimension: Dimension;
  questions: string[];
  result: ScaleResult;
}

export interface SurveyResults {
  /** Respondents: invitations with at least one answer counted. */
  respondents: number;
  questions: QuestionResult[];
  dimensions: DimensionResult[];
}

/** The answers that count: those to questions asked, given the respondent's other answers. */
export function countedAnswers(
  definition: SurveyDefinition,
  answers: ReadonlyMap<string, AnswerValue>,
): Map<string, AnswerValue> {
  const counted = new Map<string, AnswerValue>();
  for (const q of definition.questions) {
    const value = answers.get(q.key);
    if (value !== undefined && isAsked(q, answers)) counted.set(q.key, value);
  }
  return counted;
}

/**
 * The figures of every question and dimension, given the values counted for a question and the
 * respondents' means for a dimension (its questions' keys): the one place both ways in share.
 */
function buildResults(
  definition: SurveyDefinition,
  respondents: number,
  values: (key: string) => AnswerValue[],
  dimensionMeans: (dimension: Dimension, keys: readonly string[]) => number[],
): SurveyResults {
  const questions: QuestionResult[] = definition.questions.map((q) => {
    switch (q.kind) {
      case 'scale5':
        return {
          key: q.key,
          kind: q.kind,
          dimension: q.dimension ?? null,
          result: scale5Result(values(q.key) as number[]),
        };
      case 'nps':
        return { key: q.key, kind: q.kind, result: npsResult(values(q.key) as number[]) };
      case 'yes_no':
      case 'one_choice':
      case 'many_choices': {
        const keys = q.kind === 'yes_no' ? ['yes', 'no'] : (q.choices ?? []).map((c) => c.key);
        const answers = values(q.key) as (string | string[])[];
        return { key: q.key, kind: q.kind, n: answers.length, choices: choiceShares(keys, answers) };
      }
      case 'text':
        return { key: q.key, kind: q.kind, n: values(q.key).length };
    }
  });
  const byDimension = new Map<Dimension, string[]>();
  for (const q of definition.questions) {
    if (q.kind === 'scale5' && q.dimension)
      byDimension.set(q.dimension, [...(byDimension.get(q.dimension) ?? []), q.key]);
  }
  const dimensions = [...byDimension].map(([dimension, keys]) => ({
    dimension,
    questions: keys,
    result: scale5Result(dimensionMeans(dimension, keys)),
  }));
  return { respondents, questions, dimensions };
}

export function surveyResults(
  definition: SurveyDefinition,
  respondents: readonly ReadonlyMap<string, AnswerValue>[],
): SurveyResults {
  const counted = respondents.map((a) => countedAnswers(definition, a)).filter((a) => a.size > 0);
  return buildResults(
    definition,
    counted.length,
    (key) => counted.map((a) => a.get(key)).filter((v): v is AnswerValue => v !== undefined),
    (_dimension, keys) =>
      respondentMeans(
        counted.map((a) => keys.map((k) => a.get(k)).filter((v): v is number => typeof v === 'number')),
      ),
  );
}

/** How many counted answers of one question had one value (for many choices: one list). */
export interface AnswerCount {
  key: string;
  value: AnswerValue;
  count: number;
}

/** How many respondents had one mean over a dimension's questions. */
export interface DimensionMeanCount {
  dimension: Dimension;
  mean: number;
  count: number;
}

const repeat = <T>(value: T, count: number): T[] => Array.from({ length: count }, () => value);

/**
 * The same results as surveyResults, from counts the database made (answers per question and
 * value, respondents per dimension mean): what the results page reads, so that a year of answers
 * is never sent row by row. Equal to surveyResults over the same answers (tested).
 */
export function resultsFromCounts(
  definition: SurveyDefinition,
  respondents: number,
  answers: readonly AnswerCount[],
  dimensionMeans: readonly DimensionMeanCount[],
): SurveyResults {
  return buildResults(
    definition,
    respondents,
    (key) => answers.filter((a) => a.key === key).flatMap((a) => repeat(a.value, a.count)),
    (dimension) =>
      dimensionMeans.filter((d) => d.dimension === dimension).flatMap((d) => repeat(d.mean, d.count)),
  );
}
