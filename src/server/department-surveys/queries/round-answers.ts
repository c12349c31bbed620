/**
 * The answers of a departments' survey's rounds (0023): one row per answer, with its round, the
 * department it is about and, for the "one thing" answers, the improvement card started from it.
 * A departments' survey has tens of answers a round, so they are read as rows. With a department,
 * only that department's.
 */
import type { AnswerValue } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export interface RoundAnswerRow {
  roundId: string;
  departmentId: string;
  invitationId: string;
  questionKey: string;
  value: AnswerValue;
  answeredAt: Date;
  improvementId: string | null;
  improvementTitle: string | null;
}

export async function readRoundAnswers(
  client: SqlClient,
  surveyId: string,
  departmentIds: readonly string[] | null,
): Promise<RoundAnswerRow[]> {
  return client.query<RoundAnswerRow>(
    `SELECT d.round_id AS "roundId", i.unit_id AS "departmentId", i.id AS "invitationId",
            a.question_key AS "questionKey", a.value, a.answered_at AS "answeredAt",
            im.id AS "improvementId", im.title AS "improvementTitle"
       FROM department_survey_rounds r
       JOIN department_survey_invitations d ON d.tenant_id = r.tenant_id AND d.round_id = r.id
       JOIN survey_invitations i ON i.tenant_id = d.tenant_id AND i.id = d.invitation_id
       JOIN survey_answers a ON a.tenant_id = i.tenant_id AND a.invitation_id = i.id
       LEFT JOIN improvements im ON im.tenant_id = i.tenant_id AND im.source_invitation_id = i.id
      WHERE r.tenant_id = lots_current_tenant() AND r.survey_id = $1
        AND ($2::uuid[] IS NULL OR i.unit_id = ANY ($2::uuid[]))
      ORDER BY r.from_day, a.answered_at, i.id, a.question_key`,
    [surveyId, departmentIds],
  );
}
