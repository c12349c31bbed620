/** Every version of a survey with its questions (for the survey measures: which questions a scope counts). */
import type { SurveyDefinition } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export async function readSurveyVersions(
  client: SqlClient,
  surveyId: string,
): Promise<{ number: number; definition: SurveyDefinition }[]> {
  return client.query<{ number: number; definition: SurveyDefinition }>(
    `SELECT v.number, v.definition FROM survey_versions v
      WHERE v.tenant_id = lots_current_tenant() AND v.survey_id = $1 ORDER BY v.number`,
    [surveyId],
  );
}
