/**
 * A survey's results for a period (issue #15; docs/metrics.md, "Surveys"): the response rate and
 * the figures of each question and dimension, for the whole and, when asked, per channel, need,
 * unit, resolution, version or month; SKR's national 2024 index beside the SKR questions, and
 * whether a figure has the 100 answers per channel SKR requires before it is compared.
 */
import type { Actor } from '../../core/auth/roles.js';
import {
  resultsFromCounts,
  type AnswerCount,
  type DimensionMeanCount,
  type SurveyResults,
} from '../../core/surveys/aggregate.js';
import type { Dimension, SurveyDefinition } from '../../core/surveys/questions.js';
import { responseRate, type ResponseRate } from '../../core/surveys/results.js';
import { SKR_NATIONAL_2024 } from '../../core/surveys/templates.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, notFound } from '../http/problem.js';
import { readResultCounts, type CountRow, type ResultFilter } from './queries/result-counts.js';
import { readUnitNames } from './queries/unit-names.js';
import { readSurveyVersion } from './queries/survey-version.js';

export const BREAKDOWNS = ['channel', 'need', 'unit', 'resolution', 'version', 'month'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface GroupResults {
  key: string | null;
  label: string | null;
  responseRate: ResponseRate;
  results: SurveyResults;
}

export interface SurveyResultsView {
  surveyId: string;
  version: number;
  from: string;
  to: string;
  responseRate: ResponseRate;
  results: SurveyResults;
  groups: GroupResults[] | null;
  national: { question: string; index: number }[];
}

export type Filter = Omit<ResultFilter, 'version'> & { version: number | null };

interface Counted {
  key: string | null;
  responseRate: ResponseRate;
  results: SurveyResults;
}

/**
 * The questions alone in their dimension: a respondent's mean there is their answer, so the
 * database keeps no means for them (0022) and they are read from the answers' counts.
 */
function loneDimensionQuestions(definition: SurveyDefinition): Map<string, Dimension> {
  const byDimension = new Map<Dimension, string[]>();
  for (const q of definition.questions) {
    if (q.kind === 'scale5' && q.dimension)
      byDimension.set(q.dimension, [...(byDimension.get(q.dimension) ?? []), q.key]);
  }
  return new Map(
    [...byDimension].flatMap(([d, keys]) => (keys.length === 1 ? [[keys[0]!, d] as const] : [])),
  );
}

/** One group's (or the whole's) figures from its count rows. */
function fromRows(definition: SurveyDefinition, key: string | null, rows: readonly CountRow[]): Counted {
  const lone = loneDimensionQuestions(definition);
  let [delivered, answered, respondents] = [0, 0, 0];
  const answers: AnswerCount[] = [];
  const means: DimensionMeanCount[] = [];
  for (const r of rows) {
    if (r.part === 'cell') {
      delivered += r.b;
      answered += r.c;
      respondents += r.d;
    } else if (r.part === 'answer') {
      answers.push({ key: r.key!, value: r.value ?? '', count: r.a });
      const dimension = lone.get(r.key!);
      if (dimension && typeof r.value === 'number') means.push({ dimension, mean: r.value, count: r.a });
    } else {
      means.push({ dimension: r.key as Dimension, mean: r.a / r.b, count: r.c });
    }
  }
  return {
    key,
    responseRate: responseRate(delivered, answered),
    results: resultsFromCounts(definition, respondents, answers, means),
  };
}

/** The whole period's figures, and each group's when a breakdown is asked for, in one read. */
async function countedResults(
  client: SqlClient,
  surveyId: string,
  definition: SurveyDefinition,
  filter: ResultFilter,
  by: Breakdown | null,
): Promise<{ whole: Counted; groups: Counted[] | null }> {
  const rows = await readResultCounts(client, surveyId, filter, by ?? 'none');
  const whole = fromRows(definition, null, rows);
  if (!by) return { whole, groups: null };
  const keys = [...new Set(rows.filter((r) => r.part === 'cell').map((r) => r.g))];
  return {
    whole,
    groups: keys.map((key) =>
      fromRows(
        definition,
        key,
        rows.filter((r) => r.g === key),
      ),
    ),
  };
}

interface ResultsRequest {
  db: Database;
  actor: Actor;
  id: string;
  filter: Filter;
  by: Breakdown | null;
}

export async function resultsOf(request: ResultsRequest): Promise<SurveyResultsView> {
  return (await resultsDocument(request)).view;
}

/** The results with the survey's name and the version's questions, for the exports. */
export async function resultsDocument({ db, actor, id, filter, by }: ResultsRequest): Promise<{
  view: SurveyResultsView;
  definition: SurveyDefinition;
  name: { sv: string; en: string | null };
}> {
  if (filter.from > filter.to)
    throw badRequest('validation_failed', [{ pointer: '/query/to', code: 'date_range_reversed' }]);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurveyVersion(client, id, filter.version);
    if (!survey) throw notFound();
    const { version, definition } = survey;
    if (!definition) {
      throw badRequest('validation_failed', [{ pointer: '/query/version', code: 'unknown_version' }]);
    }
    const scoped: ResultFilter = { ...filter, version };
    const { whole, groups: parts } = await countedResults(client, id, definition, scoped, by);
    let groups: GroupResults[] | null = null;
    if (parts) {
      const names =
        by === 'unit'
          ? await readUnitNames(
              client,
              parts.flatMap((p) => (p.key ? [p.key] : [])),
            )
          : null;
      groups = parts
        .map((p) => ({ ...p, label: names && p.key ? (names.get(p.key) ?? null) : null }))
        .sort((a, b) => String(a.key).localeCompare(String(b.key)));
    }
    const view: SurveyResultsView = {
      surveyId: id,
      version,
      from: filter.from,
      to: filter.to,
      responseRate: whole.responseRate,
      results: whole.results,
      groups,
      national: SKR_NATIONAL_2024.filter((n) => n.template === survey.templateKey).map((n) => ({
        question: n.question,
        index: n.index,
      })),
    };
    return { view, definition, name: { sv: survey.name, en: survey.nameEn } };
  });
}
