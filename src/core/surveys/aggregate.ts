/**
 * A survey's results from its respondents' answers (issue #15; docs/metrics.md, "Surveys"): per
 * question by its kind, and per dimension from each respondent's mean over the dimension's
 * questions. Only answers to questions that were asked count: a citizen who first said yes to
 * "did you get an answer?", scored clarity, and then changed to no, has no clarity score.
 */
import {
  choiceSharesFromCounts,
  countValues,
  npsFromCounts,
  respondentMeans,
  scale5FromCounts,
  type ChoiceShare,
  type Counted,
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
  values: (key: string) => Counted<AnswerValue>,
  dimensionMeans: (dimension: Dimension, keys: readonly string[]) => Counted<number>,
): SurveyResults {
  const questions: QuestionResult[] = definition.questions.map((q) => {
    switch (q.kind) {
      case 'scale5':
        return {
          key: q.key,
          kind: q.kind,
          dimension: q.dimension ?? null,
          result: scale5FromCounts(values(q.key) as Counted<number>),
        };
      case 'nps':
        return { key: q.key, kind: q.kind, result: npsFromCounts(values(q.key) as Counted<number>) };
      case 'yes_no':
      case 'one_choice':
      case 'many_choices': {
        const keys = q.kind === 'yes_no' ? ['yes', 'no'] : (q.choices ?? []).map((c) => c.key);
        const answers = values(q.key) as Counted<string | string[]>;
        const n = answers.reduce((a, [, c]) => a + c, 0);
        return { key: q.key, kind: q.kind, n, choices: choiceSharesFromCounts(keys, answers) };
      }
      case 'text':
        return { key: q.key, kind: q.kind, n: values(q.key).reduce((a, [, c]) => a + c, 0) };
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
    result: scale5FromCounts(dimensionMeans(dimension, keys)),
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
    (key) =>
      counted
        .map((a) => a.get(key))
        .filter((v): v is AnswerValue => v !== undefined)
        .map((v) => [v, 1] as const),
    (_dimension, keys) =>
      countValues(
        respondentMeans(
          counted.map((a) => keys.map((k) => a.get(k)).filter((v): v is number => typeof v === 'number')),
        ),
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

/**
 * The same results as surveyResults, from counts the database made (answers per question and
 * value, respondents per dimension mean): what the results page reads, so that a year of answers
 * is never sent row by row, nor spread out again into one value per answer. Equal to
 * surveyResults over the same answers (tested).
 */
export function resultsFromCounts(
  definition: SurveyDefinition,
  respondents: number,
  answers: readonly AnswerCount[],
  dimensionMeans: readonly DimensionMeanCount[],
): SurveyResults {
  const byKey = new Map<string, [AnswerValue, number][]>();
  for (const a of answers) {
    const list = byKey.get(a.key) ?? [];
    list.push([a.value, a.count]);
    byKey.set(a.key, list);
  }
  const byDimension = new Map<Dimension, [number, number][]>();
  for (const d of dimensionMeans) {
    const list = byDimension.get(d.dimension) ?? [];
    list.push([d.mean, d.count]);
    byDimension.set(d.dimension, list);
  }
  return buildResults(
    definition,
    respondents,
    (key) => byKey.get(key) ?? [],
    (dimension) => byDimension.get(dimension) ?? [],
  );
}
