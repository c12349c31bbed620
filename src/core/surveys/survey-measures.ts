/**
 * Survey measures in the measure registry (issue #15; docs/metrics.md, "Survey measures"): a
 * survey's index, mean and share satisfied, of one dimension or one 1-5 question, for goals
 * (areas pleasant and trustworthy too: none is a capacity measure), weekly control charts,
 * signals and the improvement board's before/after.
 *
 * - Scope: which survey and which part of it, written `survey:<id>:dimension:<dimension>` or
 *   `survey:<id>:question:<key>`. A series follows the dimension or the question key through
 *   every version of the survey that has it (a version changes the words, not the construct); the
 *   survey's results page keeps versions apart.
 * - A respondent's value: their answer to the question (1-5), or their mean over the dimension's
 *   questions they answered (as the results page, core/surveys/aggregate.ts), counted on the day
 *   of the contact asked about (the day of sending for a link without a contact).
 * - Parts (signals/measures.ts, MeasureParts): the index is the mean of the respondents' points
 *   (value - 1) × 25; the mean is the mean of the values; both keep the sum of squares so that a
 *   period's standard deviation, a t interval and an X-bar chart's limits follow exactly from
 *   summed days. The share satisfied counts respondents at 4 or above (a dimension mean of 4 or
 *   more, as scale5Result counts) of all respondents.
 */
import { shareDifference, wilsonInterval, type Interval } from '../analysis/statistics.js';
import { studentT975 } from '../improvements/rate-ratio.js';
import type { MeasureParts } from '../signals/measures.js';
import { DIMENSIONS, type Dimension, type SurveyDefinition } from './questions.js';

export const SURVEY_MEASURES = ['survey_index', 'survey_mean', 'survey_satisfied_share'] as const;
export type SurveyMeasure = (typeof SURVEY_MEASURES)[number];

export function isSurveyMeasure(measure: string): measure is SurveyMeasure {
  return (SURVEY_MEASURES as readonly string[]).includes(measure);
}

export interface SurveyScope {
  kind: 'survey';
  surveyId: string;
  part: 'dimension' | 'question';
  /** A dimension (samarbete...) or a question's key. */
  key: string;
}

const SCOPE =
  /^survey:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(dimension|question):([a-z][a-z0-9_]{0,39})$/;

/** The survey scope written as text, or null when it is not one (or names an unknown dimension). */
export function parseSurveyScope(text: string): SurveyScope | null {
  const match = SCOPE.exec(text.toLowerCase());
  if (!match) return null;
  const [, surveyId, part, key] = match as unknown as [string, string, 'dimension' | 'question', string];
  if (part === 'dimension' && !(DIMENSIONS as readonly string[]).includes(key)) return null;
  return { kind: 'survey', surveyId, part, key };
}

export function formatSurveyScope(scope: SurveyScope): string {
  return `survey:${scope.surveyId}:${scope.part}:${scope.key}`;
}

export function dimensionOf(scope: SurveyScope): Dimension | null {
  return scope.part === 'dimension' ? (scope.key as Dimension) : null;
}

/** How many respondents had one value (a grade 1-5, or a mean over a dimension's questions). */
export interface RespondentValueCount {
  value: number;
  count: number;
}

const points = (grade: number): number => (grade - 1) * 25;

/**
 * One day's (or period's) parts of a survey measure from its respondents' values: numerator the
 * sum (of points for the index, of values for the mean; the satisfied for the share), denominator
 * the respondents, squares the sum of squared points or values (none for the share).
 */
export function surveyParts(measure: SurveyMeasure, values: readonly RespondentValueCount[]): MeasureParts {
  let numerator = 0;
  let denominator = 0;
  let squares = 0;
  for (const { value, count } of values) {
    if (!(value >= 1 && value <= 5)) throw new RangeError(`not on the 1-5 scale: ${value}`);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count of respondents: ${count}`);
    denominator += count;
    if (measure === 'survey_satisfied_share') {
      if (value >= 4) numerator += count;
      continue;
    }
    const x = measure === 'survey_index' ? points(value) : value;
    numerator += x * count;
    squares += x * x * count;
  }
  return measure === 'survey_satisfied_share'
    ? { numerator, denominator }
    : { numerator, denominator, squares };
}

/** The sample standard deviation of respondents from their parts; null below 2 respondents. */
export function standardDeviationOf(parts: MeasureParts): number | null {
  const { numerator: sum, denominator: n, squares = 0 } = parts;
  if (n < 2) return null;
  return Math.sqrt(Math.max(0, squares - (sum * sum) / n) / (n - 1));
}

/**
 * The 95% interval of a survey measure over a period: Wilson's for the share satisfied, the t
 * interval mean ± t(n - 1, 0.975) · s/√n for the index and the mean (cut to the scale: 0..100,
 * 1..5). None below 2 respondents (one answer has no spread).
 */
export function surveyInterval(measure: SurveyMeasure, parts: MeasureParts): Interval | null {
  if (measure === 'survey_satisfied_share') return wilsonInterval(parts.numerator, parts.denominator);
  const s = standardDeviationOf(parts);
  if (s === null) return null;
  const n = parts.denominator;
  const mean = parts.numerator / n;
  const half = studentT975(n - 1) * (s / Math.sqrt(n));
  const [low, high] = measure === 'survey_index' ? [0, 100] : [1, 5];
  return { low: Math.max(low, mean - half), high: Math.min(high, mean + half) };
}

/**
 * What the data supports about a goal beside met or missed: 'clearly_met' or 'clearly_missed'
 * when the whole 95% interval lies on that side of the target (a target on the interval's edge
 * counts as that side, as met counts value = target), 'within_interval' when the target lies
 * inside it (met or missed by the figure, but not beyond the noise of these answers), null with
 * no interval.
 */
export type GoalEvidence = 'clearly_met' | 'clearly_missed' | 'within_interval';

export function goalEvidence(
  interval: Interval | null,
  target: number,
  direction: 'at_least' | 'at_most',
): GoalEvidence | null {
  if (interval === null) return null;
  if (direction === 'at_least') {
    if (interval.low >= target) return 'clearly_met';
    if (interval.high < target) return 'clearly_missed';
  } else {
    if (interval.high <= target) return 'clearly_met';
    if (interval.low > target) return 'clearly_missed';
  }
  return 'within_interval';
}

export interface SurveyChange {
  before: { value: number | null; n: number; interval: Interval | null };
  after: { value: number | null; n: number; interval: Interval | null };
  /** After minus before (points for the index, grades for the mean, a fraction for the share). */
  difference: number | null;
  interval: Interval | null;
  verdict: 'improved' | 'worsened' | 'no_change' | 'not_enough_data';
}

/** Below this many respondents on either side the board says "not enough data" (as every share in Lots). */
export const SURVEY_CHANGE_MIN_N = 30;

/**
 * The improvement board's before/after on a survey measure: the difference after - before with
 * its 95% interval; Newcombe's hybrid score interval for the share satisfied (as the analyses),
 * Welch's t interval for the index and the mean: d ± t(ν, 0.975) · √(s₁²/n₁ + s₂²/n₂), ν by
 * Welch-Satterthwaite, the before and after respondents being different people. Improved when
 * the interval lies wholly above 0 (every survey measure is better higher), worsened wholly
 * below, no change otherwise; not enough data below 30 respondents on either side.
 */
export function surveyChange(
  measure: SurveyMeasure,
  before: MeasureParts,
  after: MeasureParts,
): SurveyChange {
  const side = (parts: MeasureParts) => ({
    value: parts.denominator > 0 ? parts.numerator / parts.denominator : null,
    n: parts.denominator,
    interval: surveyInterval(measure, parts),
  });
  const result = { before: side(before), after: side(after) };
  const difference =
    result.before.value === null || result.after.value === null
      ? null
      : result.after.value - result.before.value;
  let interval: Interval | null = null;
  if (measure === 'survey_satisfied_share') {
    interval =
      shareDifference(after.numerator, after.denominator, before.numerator, before.denominator)?.interval ??
      null;
  } else {
    const s1 = standardDeviationOf(after);
    const s2 = standardDeviationOf(before);
    if (s1 !== null && s2 !== null && difference !== null) {
      const v1 = (s1 * s1) / after.denominator;
      const v2 = (s2 * s2) / before.denominator;
      const se = Math.sqrt(v1 + v2);
      if (se > 0) {
        const df = (v1 + v2) ** 2 / (v1 ** 2 / (after.denominator - 1) + v2 ** 2 / (before.denominator - 1));
        const half = studentT975(Math.max(1, df)) * se;
        interval = { low: difference - half, high: difference + half };
      } else {
        interval = { low: difference, high: difference };
      }
    }
  }
  let verdict: SurveyChange['verdict'] = 'not_enough_data';
  if (before.denominator >= SURVEY_CHANGE_MIN_N && after.denominator >= SURVEY_CHANGE_MIN_N && interval) {
    verdict = interval.low > 0 ? 'improved' : interval.high < 0 ? 'worsened' : 'no_change';
  }
  return { ...result, difference, interval, verdict };
}

/** A 1-5 question of one version that a survey scope counts, with the condition it is asked under. */
export interface ScopeQuestion {
  version: number;
  key: string;
  /** The earlier question it depends on, and the answers to it that lead to it. */
  cond: string | null;
  any: string[];
}

/**
 * The questions a survey scope counts in each version: the 1-5 question with the scope's key, or
 * every 1-5 question of the scope's dimension. A version without any has no answers in the series.
 */
export function scopeQuestions(
  scope: SurveyScope,
  versions: readonly { number: number; definition: SurveyDefinition }[],
): ScopeQuestion[] {
  return versions.flatMap(({ number, definition }) =>
    definition.questions
      .filter(
        (q) =>
          q.kind === 'scale5' &&
          (scope.part === 'question' ? q.key === scope.key : q.dimension === scope.key),
      )
      .map((q) => ({
        version: number,
        key: q.key,
        cond: q.condition?.question ?? null,
        any: q.condition?.anyOf ?? [],
      })),
  );
}
