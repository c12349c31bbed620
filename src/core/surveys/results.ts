/**
 * A survey's figures (issue #15; docs/metrics.md, "Surveys"): per question and per dimension the
 * mean, SKR's index and the share satisfied, each with its 95% interval and n, and the response
 * rate. Pure functions over the answers; the server chooses which answers (period, channel,
 * topic, need, unit, resolution, version).
 *
 * - Mean of a 1-5 (or 0-10) scale: the arithmetic mean, with the t interval
 *   mean ± t(n-1, 0.975) · s/√n (s the sample standard deviation), cut to the scale; none for n < 2.
 * - Index (SKR): (grade - 1) × 25 per answer, so 5/4/3/2/1 -> 100/75/50/25/0, and the index is
 *   the mean of those points, (mean - 1) × 25; its interval is the mean's, transformed the same way.
 * - Share satisfied: answers of 4 or 5 over all answers, with Wilson's interval.
 * - A dimension: each respondent's mean over the dimension's questions they answered, then the
 *   figures above over respondents (n = respondents), so a respondent who answered three questions
 *   of one dimension weighs as one, and the interval is not narrowed by counting one person thrice.
 * - NPS (0-10): promoters (9-10) minus detractors (0-6), in points -100..100, with the normal
 *   interval of a difference of two shares of one multinomial sample:
 *   var = (p + d - (p - d)²) / n.
 * - Uncertain below n = 30 (MIN_RELIABLE_N, as every share in Lots); comparable with SKR's
 *   national figures only from 100 answers in the channel (SKR's own rule).
 * - Response rate: invitations with at least one answer over invitations delivered (sent and not
 *   bounced), Wilson's interval. An invitation still open counts in the denominator: the rate of a
 *   period that has just ended rises while its links are open, and the page says so.
 */
import { MIN_RELIABLE_N, wilsonInterval, Z95, type Interval } from '../analysis/statistics.js';
import { studentT975 } from '../improvements/rate-ratio.js';

/** SKR: at least 100 answers per channel before a figure is compared with other municipalities. */
export const SKR_MIN_COMPARABLE_N = 100;

export interface ScaleResult {
  n: number;
  mean: number | null;
  meanInterval: Interval | null;
  /** SKR's index 0-100, only for a 1-5 scale. */
  index: number | null;
  indexInterval: Interval | null;
  /** Answers of 4 or 5 (1-5 scale) or of 9 or 10 (0-10). */
  satisfied: number;
  satisfiedShare: number | null;
  satisfiedInterval: Interval | null;
  /** How many answered each grade, from the lowest (1 or 0). */
  distribution: number[];
  uncertain: boolean;
  comparableWithSkr: boolean;
}

/** Values with how many times each was given: [value, count]. */
export type Counted<T> = readonly (readonly [T, number])[];

/** Equal values counted together (the row-based figures go through the same code as the counted ones). */
export function countValues<T>(values: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts];
}

function meanAndInterval(
  values: Counted<number>,
  low: number,
  high: number,
): [number | null, Interval | null] {
  const n = values.reduce((a, [, c]) => a + c, 0);
  if (n === 0) return [null, null];
  const mean = values.reduce((a, [v, c]) => a + v * c, 0) / n;
  if (n < 2) return [mean, null];
  const variance = values.reduce((a, [v, c]) => a + c * (v - mean) ** 2, 0) / (n - 1);
  const half = studentT975(n - 1) * Math.sqrt(variance / n);
  return [mean, { low: Math.max(low, mean - half), high: Math.min(high, mean + half) }];
}

const toIndex = (grade: number): number => (grade - 1) * 25;

/**
 * Figures of a 1-5 scale from its answers (integers 1..5, or respondents' dimension means, which
 * may be fractions).
 */
export function scale5Result(grades: readonly number[]): ScaleResult {
  return scale5FromCounts(countValues(grades));
}

/** The same from each grade (or mean) with how many gave it. */
export function scale5FromCounts(grades: Counted<number>): ScaleResult {
  for (const [g] of grades) {
    if (!(g >= 1 && g <= 5)) throw new RangeError(`not on the 1-5 scale: ${g}`);
  }
  const n = grades.reduce((a, [, c]) => a + c, 0);
  const [mean, meanInterval] = meanAndInterval(grades, 1, 5);
  const satisfied = grades.reduce((a, [g, c]) => (g >= 4 ? a + c : a), 0);
  const distribution = [0, 0, 0, 0, 0];
  for (const [g, c] of grades) if (Number.isInteger(g)) distribution[g - 1]! += c;
  return {
    n,
    mean,
    meanInterval,
    index: mean === null ? null : toIndex(mean),
    indexInterval: meanInterval && { low: toIndex(meanInterval.low), high: toIndex(meanInterval.high) },
    satisfied,
    satisfiedShare: n > 0 ? satisfied / n : null,
    satisfiedInterval: wilsonInterval(satisfied, n),
    distribution,
    uncertain: n < MIN_RELIABLE_N,
    comparableWithSkr: n >= SKR_MIN_COMPARABLE_N,
  };
}

export interface NpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Promoters minus detractors in points, -100..100. */
  score: number | null;
  interval: Interval | null;
  meanInterval: Interval | null;
  mean: number | null;
  distribution: number[];
  uncertain: boolean;
}

export function npsResult(grades: readonly number[]): NpsResult {
  return npsFromCounts(countValues(grades));
}

/** The same from each grade with how many gave it. */
export function npsFromCounts(grades: Counted<number>): NpsResult {
  for (const [g] of grades) {
    if (!(Number.isInteger(g) && g >= 0 && g <= 10)) throw new RangeError(`not on the 0-10 scale: ${g}`);
  }
  const n = grades.reduce((a, [, c]) => a + c, 0);
  const promoters = grades.reduce((a, [g, c]) => (g >= 9 ? a + c : a), 0);
  const detractors = grades.reduce((a, [g, c]) => (g <= 6 ? a + c : a), 0);
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const [g, c] of grades) distribution[g]! += c;
  const [mean, meanInterval] = meanAndInterval(grades, 0, 10);
  let score: number | null = null;
  let interval: Interval | null = null;
  if (n > 0) {
    const p = promoters / n;
    const d = detractors / n;
    score = (p - d) * 100;
    if (n >= 2) {
      const half = Z95 * Math.sqrt((p + d - (p - d) ** 2) / n) * 100;
      interval = { low: Math.max(-100, score - half), high: Math.min(100, score + half) };
    }
  }
  return {
    n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    score,
    interval,
    mean,
    meanInterval,
    distribution,
    uncertain: n < MIN_RELIABLE_N,
  };
}

export interface ChoiceShare {
  key: string;
  count: number;
  share: number | null;
  interval: Interval | null;
}

/**
 * Counts and shares of each choice (or 'yes'/'no') among those who answered the question; for
 * several choices a respondent may count under more than one, so the shares may add up past 1.
 */
export function choiceShares(
  keys: readonly string[],
  answers: readonly (string | readonly string[])[],
): ChoiceShare[] {
  return choiceSharesFromCounts(
    keys,
    answers.map((a) => [a, 1] as const),
  );
}

/** The same from each answer (a key, or a list of keys) with how many gave it. */
export function choiceSharesFromCounts(
  keys: readonly string[],
  answers: Counted<string | readonly string[]>,
): ChoiceShare[] {
  const n = answers.reduce((a, [, c]) => a + c, 0);
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const [answer, times] of answers) {
    for (const key of typeof answer === 'string' ? [answer] : answer) {
      const count = counts.get(key);
      if (count === undefined) throw new RangeError(`unknown choice: ${key}`);
      counts.set(key, count + times);
    }
  }
  return keys.map((key) => {
    const count = counts.get(key)!;
    return { key, count, share: n > 0 ? count / n : null, interval: wilsonInterval(count, n) };
  });
}

/**
 * Each respondent's mean over the questions of one dimension they answered: the values a
 * dimension's figures are computed from (respondents who answered none of them are left out).
 */
export function respondentMeans(respondents: readonly (readonly number[])[]): number[] {
  return respondents.filter((r) => r.length > 0).map((r) => r.reduce((a, b) => a + b, 0) / r.length);
}

export interface ResponseRate {
  delivered: number;
  answered: number;
  rate: number | null;
  interval: Interval | null;
}

/** Answered over delivered; `answered` counts invitations with at least one answer stored. */
export function responseRate(delivered: number, answered: number): ResponseRate {
  return {
    delivered,
    answered,
    rate: delivered > 0 ? answered / delivered : null,
    interval: wilsonInterval(answered, delivered),
  };
}
