/**
 * A survey's results as tables (issue #15): what the CSV and Excel exports and the PDF report
 * hold, the same numbers as the results (docs/metrics.md, "Surveys"). Shares are fractions here
 * (0.253), written in percent with one decimal in CSV ("25,3", the label says "(%)"); means with
 * two decimals, SKR's index and NPS with one. Labels in Swedish or English.
 *
 * - summary: delivered, answered, response rate with its interval, respondents, the number of
 *   answers to each free-text question.
 * - questions: each 1-5 question: n, mean, index and share satisfied with their intervals,
 *   uncertain (n < 30), SKR-comparable (n >= 100), the national 2024 index beside SKR's questions.
 * - dimensions: the same per dimension (n = respondents).
 * - nps: each 0-10 question: promoters, passives, detractors, NPS with its interval.
 * - choices: each yes/no and choice question: each answer's count and share with its interval.
 * - groups (with a breakdown): per group the response rate, respondents and each dimension's
 *   index and n.
 */
import {
  CHANNEL_LABELS,
  CSV_BOM,
  formatCsvRecords,
  NEED_LABELS,
  RESOLUTION_LABELS,
  type ExportLocale,
} from '../contacts/export-columns.js';
import type { Channel, Need, Resolution } from '../contacts/taxonomy.js';
import { formatPlainDecimal } from '../text/format.js';
import type { Interval } from '../analysis/statistics.js';
import type { DimensionResult, QuestionResult, SurveyResults } from './aggregate.js';
import type { Dimension, Question, SurveyDefinition } from './questions.js';
import type { ResponseRate, ScaleResult } from './results.js';

export const SURVEY_TABLE_IDS = ['summary', 'questions', 'dimensions', 'nps', 'choices', 'groups'] as const;
export type SurveyTableId = (typeof SURVEY_TABLE_IDS)[number];
export type SurveyColumnUnit = 'count' | 'share' | 'mean' | 'index' | 'text';
export type SurveyBreakdown = 'channel' | 'need' | 'unit' | 'resolution' | 'version' | 'month';

export interface SurveyTable {
  id: SurveyTableId;
  title: string;
  columns: { label: string; unit: SurveyColumnUnit }[];
  rows: (string | number | null)[][];
}

export interface ResultsForTables {
  responseRate: ResponseRate;
  results: SurveyResults;
  groups:
    { key: string | null; label: string | null; responseRate: ResponseRate; results: SurveyResults }[] | null;
  national: { question: string; index: number }[];
}

type L = Record<ExportLocale, string>;
const t = (sv: string, en: string): L => ({ sv, en });

export const DIMENSION_LABELS: Record<Dimension, L> = {
  engagemang: t('Engagemang', 'Engagement'),
  enkelhet: t('Enkelhet', 'Ease'),
  generell_nojdhet: t('Generell nöjdhet', 'Overall satisfaction'),
  kunskap: t('Kunskap', 'Knowledge'),
  svarstid: t('Svarstid', 'Response time'),
  uppklarning: t('Uppklarning', 'Resolution'),
  bemotande: t('Bemötande', 'Treatment'),
  tydlighet: t('Tydlighet', 'Clarity'),
  samarbete: t('Samarbete', 'Cooperation'),
};

const TITLES: Record<SurveyTableId, L> = {
  summary: t('Svarsfrekvens', 'Response rate'),
  questions: t('Frågor (skala 1-5)', 'Questions (scale 1-5)'),
  dimensions: t('Dimensioner', 'Dimensions'),
  nps: t('Rekommendation (0-10, NPS)', 'Recommendation (0-10, NPS)'),
  choices: t('Svarsalternativ', 'Answer choices'),
  groups: t('Per grupp', 'By group'),
};

const C = {
  question: t('Fråga', 'Question'),
  dimension: t('Dimension', 'Dimension'),
  n: t('Antal svar', 'Answers'),
  mean: t('Medelvärde', 'Mean'),
  low: t('lägre gräns 95 %', 'lower 95% limit'),
  high: t('övre gräns 95 %', 'upper 95% limit'),
  index: t('Index (SKR)', 'Index (SKR)'),
  satisfied: t('Nöjda (4-5)', 'Satisfied (4-5)'),
  satisfiedShare: t('Andel nöjda', 'Share satisfied'),
  uncertain: t('Osäker (färre än 30)', 'Uncertain (fewer than 30)'),
  comparable: t('Jämförbar med SKR (minst 100)', 'Comparable with SKR (100 or more)'),
  national: t('Riket 2024, index', 'National 2024, index'),
  delivered: t('Levererade inbjudningar', 'Invitations delivered'),
  answered: t('Besvarade inbjudningar', 'Invitations answered'),
  rate: t('Svarsfrekvens', 'Response rate'),
  respondents: t('Svarande', 'Respondents'),
  promoters: t('Rekommenderar (9-10)', 'Promoters (9-10)'),
  passives: t('Passiva (7-8)', 'Passives (7-8)'),
  detractors: t('Kritiker (0-6)', 'Detractors (0-6)'),
  nps: t('NPS', 'NPS'),
  answer: t('Svar', 'Answer'),
  count: t('Antal', 'Count'),
  share: t('Andel', 'Share'),
  group: t('Grupp', 'Group'),
  yes: t('Ja', 'Yes'),
  no: t('Nej', 'No'),
  none: t('(saknas)', '(none)'),
  textAnswers: t('antal svar', 'answers'),
};

const text = (q: Question, locale: ExportLocale): string =>
  locale === 'en' ? (q.text.en ?? q.text.sv) : q.text.sv;
const yesNo = (value: boolean, locale: ExportLocale): string => (value ? C.yes : C.no)[locale];
const low = (i: Interval | null) => i?.low ?? null;
const high = (i: Interval | null) => i?.high ?? null;

function scaleCells(r: ScaleResult, locale: ExportLocale): (string | number | null)[] {
  return [
    r.n,
    r.mean,
    low(r.meanInterval),
    high(r.meanInterval),
    r.index,
    low(r.indexInterval),
    high(r.indexInterval),
    r.satisfied,
    r.satisfiedShare,
    low(r.satisfiedInterval),
    high(r.satisfiedInterval),
    yesNo(r.uncertain, locale),
    yesNo(r.comparableWithSkr, locale),
  ];
}

function scaleColumns(locale: ExportLocale): SurveyTable['columns'] {
  const l = (x: L) => x[locale];
  return [
    { label: l(C.n), unit: 'count' },
    { label: l(C.mean), unit: 'mean' },
    { label: `${l(C.mean)}, ${l(C.low)}`, unit: 'mean' },
    { label: `${l(C.mean)}, ${l(C.high)}`, unit: 'mean' },
    { label: l(C.index), unit: 'index' },
    { label: `${l(C.index)}, ${l(C.low)}`, unit: 'index' },
    { label: `${l(C.index)}, ${l(C.high)}`, unit: 'index' },
    { label: l(C.satisfied), unit: 'count' },
    { label: l(C.satisfiedShare), unit: 'share' },
    { label: `${l(C.satisfiedShare)}, ${l(C.low)}`, unit: 'share' },
    { label: `${l(C.satisfiedShare)}, ${l(C.high)}`, unit: 'share' },
    { label: l(C.uncertain), unit: 'text' },
    { label: l(C.comparable), unit: 'text' },
  ];
}

/** A breakdown group's name: the channel's, need's or resolution's label, the unit's name, the month or version. */
export function groupLabel(
  by: SurveyBreakdown,
  group: { key: string | null; label: string | null },
  locale: ExportLocale,
): string {
  if (group.key === null) return C.none[locale];
  if (by === 'channel') return CHANNEL_LABELS[group.key as Channel]?.[locale] ?? group.key;
  if (by === 'need') return NEED_LABELS[group.key as Need]?.[locale] ?? group.key;
  if (by === 'resolution') return RESOLUTION_LABELS[group.key as Resolution]?.[locale] ?? group.key;
  if (by === 'unit') return group.label ?? group.key;
  return group.key;
}

export function surveyResultTables(
  view: ResultsForTables,
  definition: SurveyDefinition,
  by: SurveyBreakdown | null,
  locale: ExportLocale,
): SurveyTable[] {
  const l = (x: L) => x[locale];
  const byKey = new Map(definition.questions.map((q) => [q.key, q]));
  const { results, responseRate } = view;
  const texts = results.questions.filter(
    (q): q is Extract<QuestionResult, { kind: 'text' }> => q.kind === 'text',
  );
  const tables: SurveyTable[] = [
    {
      id: 'summary',
      title: l(TITLES.summary),
      columns: [
        { label: l(C.delivered), unit: 'count' },
        { label: l(C.answered), unit: 'count' },
        { label: l(C.rate), unit: 'share' },
        { label: `${l(C.rate)}, ${l(C.low)}`, unit: 'share' },
        { label: `${l(C.rate)}, ${l(C.high)}`, unit: 'share' },
        { label: l(C.respondents), unit: 'count' },
        ...texts.map((q) => ({
          label: `${text(byKey.get(q.key)!, locale)} (${l(C.textAnswers)})`,
          unit: 'count' as const,
        })),
      ],
      rows: [
        [
          responseRate.delivered,
          responseRate.answered,
          responseRate.rate,
          low(responseRate.interval),
          high(responseRate.interval),
          results.respondents,
          ...texts.map((q) => q.n),
        ],
      ],
    },
    {
      id: 'questions',
      title: l(TITLES.questions),
      columns: [
        { label: l(C.question), unit: 'text' },
        { label: l(C.dimension), unit: 'text' },
        ...scaleColumns(locale),
        { label: l(C.national), unit: 'index' },
      ],
      rows: results.questions.flatMap((q) =>
        q.kind === 'scale5'
          ? [
              [
                text(byKey.get(q.key)!, locale),
                q.dimension ? l(DIMENSION_LABELS[q.dimension]) : '',
                ...scaleCells(q.result, locale),
                view.national.find((n) => n.question === q.key)?.index ?? null,
              ],
            ]
          : [],
      ),
    },
    {
      id: 'dimensions',
      title: l(TITLES.dimensions),
      columns: [{ label: l(C.dimension), unit: 'text' }, ...scaleColumns(locale)],
      rows: results.dimensions.map((d: DimensionResult) => [
        l(DIMENSION_LABELS[d.dimension]),
        ...scaleCells(d.result, locale),
      ]),
    },
    {
      id: 'nps',
      title: l(TITLES.nps),
      columns: [
        { label: l(C.question), unit: 'text' },
        { label: l(C.n), unit: 'count' },
        { label: l(C.promoters), unit: 'count' },
        { label: l(C.passives), unit: 'count' },
        { label: l(C.detractors), unit: 'count' },
        { label: l(C.nps), unit: 'index' },
        { label: `${l(C.nps)}, ${l(C.low)}`, unit: 'index' },
        { label: `${l(C.nps)}, ${l(C.high)}`, unit: 'index' },
        { label: l(C.uncertain), unit: 'text' },
      ],
      rows: results.questions.flatMap((q) =>
        q.kind === 'nps'
          ? [
              [
                text(byKey.get(q.key)!, locale),
                q.result.n,
                q.result.promoters,
                q.result.passives,
                q.result.detractors,
                q.result.score,
                low(q.result.interval),
                high(q.result.interval),
                yesNo(q.result.uncertain, locale),
              ],
            ]
          : [],
      ),
    },
    {
      id: 'choices',
      title: l(TITLES.choices),
      columns: [
        { label: l(C.question), unit: 'text' },
        { label: l(C.answer), unit: 'text' },
        { label: l(C.count), unit: 'count' },
        { label: l(C.share), unit: 'share' },
        { label: `${l(C.share)}, ${l(C.low)}`, unit: 'share' },
        { label: `${l(C.share)}, ${l(C.high)}`, unit: 'share' },
        { label: l(C.n), unit: 'count' },
      ],
      rows: results.questions.flatMap((q) => {
        if (q.kind !== 'yes_no' && q.kind !== 'one_choice' && q.kind !== 'many_choices') return [];
        const question = byKey.get(q.key)!;
        return q.choices.map((c) => {
          const choice = question.choices?.find((x) => x.key === c.key);
          const label =
            q.kind === 'yes_no'
              ? l(c.key === 'yes' ? C.yes : C.no)
              : choice
                ? locale === 'en'
                  ? (choice.label.en ?? choice.label.sv)
                  : choice.label.sv
                : c.key;
          return [text(question, locale), label, c.count, c.share, low(c.interval), high(c.interval), q.n];
        });
      }),
    },
  ];
  if (by && view.groups) {
    const dimensions = results.dimensions.map((d) => d.dimension);
    tables.push({
      id: 'groups',
      title: l(TITLES.groups),
      columns: [
        { label: l(C.group), unit: 'text' },
        { label: l(C.delivered), unit: 'count' },
        { label: l(C.answered), unit: 'count' },
        { label: l(C.rate), unit: 'share' },
        { label: l(C.respondents), unit: 'count' },
        ...dimensions.flatMap((d) => [
          { label: `${l(DIMENSION_LABELS[d])}, ${l(C.index)}`, unit: 'index' as const },
          { label: `${l(DIMENSION_LABELS[d])}, ${l(C.n)}`, unit: 'count' as const },
        ]),
      ],
      rows: view.groups.map((g) => [
        groupLabel(by, g, locale),
        g.responseRate.delivered,
        g.responseRate.answered,
        g.responseRate.rate,
        g.results.respondents,
        ...dimensions.flatMap((d) => {
          const r = g.results.dimensions.find((x) => x.dimension === d)?.result;
          return [r?.index ?? null, r?.n ?? 0];
        }),
      ]),
    });
  }
  return tables;
}

/** A number as the CSV writes it: shares in percent with one decimal, means two, index one, counts whole. */
export function formatSurveyNumber(value: number, unit: SurveyColumnUnit, locale: ExportLocale): string {
  if (unit === 'share') return formatPlainDecimal(value, 1, locale, { percent: true });
  if (unit === 'mean') return formatPlainDecimal(value, 2, locale);
  if (unit === 'index') return formatPlainDecimal(value, 1, locale);
  return formatPlainDecimal(value, 0, locale);
}

/** The table as CSV (UTF-8 with BOM, ';', CRLF); a share's column says "(%)". */
export function surveyTableCsv(table: SurveyTable, locale: ExportLocale): string {
  const header = table.columns.map((c) => (c.unit === 'share' ? `${c.label} (%)` : c.label));
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return formatSurveyNumber(cell, table.columns[i]!.unit, locale);
      return cell;
    }),
  );
  return CSV_BOM + formatCsvRecords([header, ...rows], { negativeNumbers: true });
}
