/**
 * The rows of a survey's results tables as the staff pages show them (issue #15): one row per
 * scale question and per dimension, with its mean, SKR index and share satisfied, each with its
 * 95 % interval, n, the "uncertain" mark below n 30, whether SKR's 100-answer rule is met, and the
 * national 2024 index beside the SKR questions that have one. Choice and yes/no questions become
 * a row per answer with its share. The same rows feed the table, the bars and the drill-down links.
 */
import { formatDecimal, formatPercent, type FormatLocale } from '../text/format.js';

export interface IntervalJson {
  low: number;
  high: number;
}

export interface ScaleResultJson {
  n: number;
  mean: number | null;
  meanInterval: IntervalJson | null;
  index: number | null;
  indexInterval: IntervalJson | null;
  satisfiedShare: number | null;
  satisfiedInterval: IntervalJson | null;
  distribution: number[];
  uncertain: boolean;
  comparableWithSkr?: boolean;
}

export type QuestionResultJson =
  | { key: string; kind: 'scale5'; dimension: string | null; result: ScaleResultJson }
  | { key: string; kind: 'nps'; result: ScaleResultJson & { score: number | null } }
  | {
      key: string;
      kind: 'yes_no' | 'one_choice' | 'many_choices';
      n: number;
      choices: { key: string; count: number; share: number | null; interval: IntervalJson | null }[];
    }
  | { key: string; kind: 'text'; n: number };

export interface ResultsBodyJson {
  respondents: number;
  questions: QuestionResultJson[];
  dimensions: { dimension: string; questions: string[]; result: ScaleResultJson }[];
}

export interface ScaleRow {
  /** 'question' rows drill down by question, 'dimension' rows by dimension. */
  level: 'question' | 'dimension';
  key: string;
  dimension: string | null;
  kind: 'scale5' | 'nps';
  result: ScaleResultJson;
  /** SKR's national 2024 index for this question, when it has one. */
  national: number | null;
}

export interface ChoiceRow {
  question: string;
  choice: string;
  count: number;
  n: number;
  share: number | null;
  interval: IntervalJson | null;
  uncertain: boolean;
}

/** Questions on a scale first (in the survey's order), then the dimensions. */
export function scaleRows(
  results: ResultsBodyJson,
  national: readonly { question: string; index: number }[],
): ScaleRow[] {
  const nationalOf = new Map(national.map((n) => [n.question, n.index]));
  const rows: ScaleRow[] = [];
  for (const q of results.questions) {
    if (q.kind === 'scale5' || q.kind === 'nps') {
      rows.push({
        level: 'question',
        key: q.key,
        dimension: q.kind === 'scale5' ? q.dimension : null,
        kind: q.kind,
        result: q.result,
        national: nationalOf.get(q.key) ?? null,
      });
    }
  }
  for (const d of results.dimensions) {
    rows.push({
      level: 'dimension',
      key: d.dimension,
      dimension: d.dimension,
      kind: 'scale5',
      result: d.result,
      national: null,
    });
  }
  return rows;
}

/** Below this many answers a share is marked uncertain, as every share in Lots (MIN_RELIABLE_N). */
const UNCERTAIN_BELOW = 30;

/** Each answer of a yes/no or choice question with its share of those who answered it. */
export function choiceRows(results: ResultsBodyJson): ChoiceRow[] {
  return results.questions.flatMap((q) =>
    q.kind === 'yes_no' || q.kind === 'one_choice' || q.kind === 'many_choices'
      ? q.choices.map((c) => ({
          question: q.key,
          choice: c.key,
          count: c.count,
          n: q.n,
          share: c.share,
          interval: c.interval,
          uncertain: q.n < UNCERTAIN_BELOW,
        }))
      : [],
  );
}

/** "4,12 (3,95–4,29)": a figure with its interval; "–" when there is none. */
export function withInterval(
  value: number | null,
  interval: IntervalJson | null,
  format: (v: number) => string,
): string {
  if (value === null) return '–';
  return interval ? `${format(value)} (${format(interval.low)}–${format(interval.high)})` : format(value);
}

export function meanText(r: ScaleResultJson, locale: FormatLocale): string {
  return withInterval(r.mean, r.meanInterval, (v) => formatDecimal(v, 2, locale));
}

export function indexText(r: ScaleResultJson, locale: FormatLocale): string {
  return withInterval(r.index, r.indexInterval, (v) => formatDecimal(v, 0, locale));
}

export function shareText(share: number | null, interval: IntervalJson | null, locale: FormatLocale): string {
  return withInterval(share, interval, (v) => formatPercent(v, locale, 0));
}
