/**
 * A survey's results for a period (issue #15; docs/metrics.md, "Surveys"): the response rate and
 * the figures of each question and dimension, for the whole and, when asked, per channel, need,
 * unit, resolution, version or month; SKR's national 2024 index beside the SKR questions, and
 * whether a figure has the 100 answers per channel SKR requires before it is compared.
 */
import type { Actor } from '../../core/auth/roles.js';
import { surveyResults, type SurveyResults } from '../../core/surveys/aggregate.js';
import { responseRate, type ResponseRate } from '../../core/surveys/results.js';
import { SKR_NATIONAL_2024 } from '../../core/surveys/templates.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, notFound } from '../http/problem.js';
import { readInvitationAnswers, type InvitationAnswers, type ResultFilter } from './queries/results.js';
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

function summarise(definition: Parameters<typeof surveyResults>[0], rows: readonly InvitationAnswers[]) {
  const delivered = rows.filter((r) => r.delivered);
  const answered = delivered.filter((r) => r.answers !== null).length;
  return {
    responseRate: responseRate(delivered.length, answered),
    results: surveyResults(
      definition,
      rows.map((r) => new Map(Object.entries(r.answers ?? {}))),
    ),
  };
}

function groupKey(row: InvitationAnswers, by: Breakdown): [string | null, string | null] {
  switch (by) {
    case 'unit':
      return [row.unitId, row.unitName];
    case 'version':
      return [String(row.version), null];
    default:
      return [row[by], null];
  }
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
  filter: Omit<ResultFilter, 'version'> & { version: number | null };
  by: Breakdown | null;
}): Promise<SurveyResultsView> {
  if (filter.from > filter.to)
    throw badRequest('validation_failed', [{ pointer: '/query/to', code: 'date_range_reversed' }]);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, id);
    if (!survey) throw notFound();
    const version = filter.version ?? survey.version;
    const definitionRow = await client.query<{ definition: unknown }>(
      'SELECT definition FROM survey_versions WHERE survey_id = $1 AND number = $2',
      [id, version],
    );
    if (definitionRow.length === 0)
      throw badRequest('validation_failed', [{ pointer: '/query/version', code: 'unknown_version' }]);
    const definition = definitionRow[0]!.definition as Parameters<typeof surveyResults>[0];
    const rows = await readInvitationAnswers(client, id, { ...filter, version });
    const groups = new Map<string, { key: string | null; label: string | null; rows: InvitationAnswers[] }>();
    if (by) {
      for (const row of rows) {
        const [key, label] = groupKey(row, by);
        const entry = groups.get(String(key)) ?? { key, label, rows: [] };
        entry.rows.push(row);
        groups.set(String(key), entry);
      }
    }
    return {
      surveyId: id,
      version,
      from: filter.from,
      to: filter.to,
      ...summarise(definition, rows),
      groups: by
        ? [...groups.values()]
            .sort((a, b) => String(a.key).localeCompare(String(b.key)))
            .map((g) => ({ key: g.key, label: g.label, ...summarise(definition, g.rows) }))
        : null,
      national: SKR_NATIONAL_2024.filter((n) => n.template === survey.templateKey).map((n) => ({
        question: n.question,
        index: n.index,
      })),
    };
  });
}
