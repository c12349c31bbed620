/**
 * Whether a measure's scope names something that exists: a queue group or queue of the telephony
 * (reports/build-weekly-report.ts, resolveScope), or a survey whose versions have the dimension or
 * 1-5 question named (core/surveys/survey-measures.ts). 404 otherwise.
 */
import type { MeasureScope } from '../../core/signals/measures.js';
import { scopeQuestions, type ScopeQuestion } from '../../core/surveys/survey-measures.js';
import type { SqlClient } from '../../db/database.js';
import { notFound } from '../http/problem.js';
import { resolveScope } from '../reports/build-weekly-report.js';
import { readSurveyVersions } from './queries/survey-versions.js';

export async function assertMeasureScopeExists(
  client: SqlClient,
  scope: MeasureScope,
  tenantId: string,
): Promise<void> {
  if (scope.kind === 'all') return;
  if (scope.kind === 'survey') {
    await surveyScopeQuestions(client, scope);
    return;
  }
  await resolveScope(client, scope, tenantId);
}

/** The questions a survey scope counts in each version; 404 when the survey or the part does not exist. */
export async function surveyScopeQuestions(
  client: SqlClient,
  scope: Extract<MeasureScope, { kind: 'survey' }>,
): Promise<ScopeQuestion[]> {
  const questions = scopeQuestions(scope, await readSurveyVersions(client, scope.surveyId));
  if (questions.length === 0) throw notFound();
  return questions;
}
