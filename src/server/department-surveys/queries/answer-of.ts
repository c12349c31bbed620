/** One department answer's "one thing" and where it belongs (for starting an improvement from it). */
import type { SqlClient } from '../../../db/database.js';

export interface AnswerOfRow {
  invitationId: string;
  surveyId: string;
  departmentId: string;
  text: string | null;
}

export async function readDepartmentAnswer(
  client: SqlClient,
  invitationId: string,
): Promise<AnswerOfRow | null> {
  const rows = await client.query<AnswerOfRow>(
    `SELECT i.id AS "invitationId", i.survey_id AS "surveyId", i.unit_id AS "departmentId",
            (SELECT a.value #>> '{}' FROM survey_answers a
              WHERE a.tenant_id = i.tenant_id AND a.invitation_id = i.id AND a.question_key = 'one_change') AS text
       FROM department_survey_invitations d
       JOIN survey_invitations i ON i.tenant_id = d.tenant_id AND i.id = d.invitation_id
      WHERE d.tenant_id = lots_current_tenant() AND d.invitation_id = $1`,
    [invitationId],
  );
  return rows[0] ?? null;
}
