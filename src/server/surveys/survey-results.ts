/**
 * A survey's results for a period (issue #15; docs/metrics.md, "Surveys"): the response rate and
 * the figures of each question and dimension, for the whole and, when asked, per channel, need,
 * unit, resolution, version or month; SKR's national 2024 index beside the SKR questions, and
 * whether a figure has the 100 answers per channel SKR requires before it is compared.
 */
import type { Actor } from '../../core/auth/roles.js';
import { resultsFromCounts, type SurveyResults } from '../../core/surveys/aggregate.js';
import type { Dimension, SurveyDefinition } from '../../core/surveys/questions.js';
import { responseRate, type ResponseRate } from '../../core/surveys/results.js';
import { SKR_NATIONAL_2024 } from '../../core/surveys/templates.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, notFound } from '../http/problem.js';
import {
  readAnswerCounts,
  readDimensionMeans,
  readGroupCounts,
  readUnitNames,
  type ResultFilter,
} from './queries/results.js';
import { readSurvey } from './queries/surveys.js';

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

type Filter = Omit<ResultFilter, 'version'> & { version: number | null };

/** Each group's response rate and results, from the counts the database made. */
async function countedResults(
  client: Parameters<typeof readGroupCounts>[0],
  surveyId: string,
  definition: SurveyDefinition,
  filter: ResultFilter,
  by: Breakdown | null,
): Promise<{ key: string | null; responseRate: ResponseRate; results: SurveyResults }[]> {
  const conditions = definition.questions.flatMap((q) =>
    q.condition ? [{ key: q.key, cond: q.condition.question, any: q.condition.anyOf }] : [],
  );
  const dimensions = definition.questions.flatMap((q) =>
    q.kind === 'scale5' && q.dimension ? [{ key: q.key, dimension: q.dimension }] : [],
  );
  const group = by ?? 'none';
  const groups = await readGroupCounts(client, surveyId, filter, group, conditions);
  const answers = await readAnswerCounts(client, surveyId, filter, group, conditions);
  const means = await readDimensionMeans(client, surveyId, filter, group, conditions, dimensions);
  const all = groups.length > 0 ? groups : [{ g: null, delivered: 0, answered: 0, respondents: 0 }];
  return all.map((g) => ({
    key: g.g,
    responseRate: responseRate(g.delivered, g.answered),
    results: resultsFromCounts(
      definition,
      g.respondents,
      answers.filter((a) => a.g === g.g),
      means
        .filter((m) => m.g === g.g)
        .map((m) => ({ dimension: m.dimension as Dimension, mean: m.mean, count: m.count })),
    ),
  }));
}

export async function resultsOf({
  db,
  actor,
  id,
  filter,
  by,
}: {
  db: Database;
  actor: Actor;
  id: string;
  filter: Filter;
  by: Breakdown | null;
}): Promise<SurveyResultsView> {
  if (filter.from > filter.to)
    throw badRequest('validation_failed', [{ pointer: '/query/to', code: 'date_range_reversed' }]);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, id);
    if (!survey) throw notFound();
    const version = filter.version ?? survey.version;
    const definitionRow = await client.query<{ definition: SurveyDefinition }>(
      'SELECT definition FROM survey_versions WHERE survey_id = $1 AND number = $2',
      [id, version],
    );
    if (definitionRow.length === 0) {
      throw badRequest('validation_failed', [{ pointer: '/query/version', code: 'unknown_version' }]);
    }
    const definition = definitionRow[0]!.definition;
    const scoped: ResultFilter = { ...filter, version };
    const [whole] = await countedResults(client, id, definition, scoped, null);
    let groups: GroupResults[] | null = null;
    if (by) {
      const parts = await countedResults(client, id, definition, scoped, by);
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
    return {
      surveyId: id,
      version,
      from: filter.from,
      to: filter.to,
      responseRate: whole!.responseRate,
      results: whole!.results,
      groups,
      national: SKR_NATIONAL_2024.filter((n) => n.template === survey.templateKey).map((n) => ({
        question: n.question,
        index: n.index,
      })),
    };
  });
}
