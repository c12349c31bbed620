/** The demo's survey answers in one statement per chunk (see insert-survey-invitations.ts). */
import type { SqlClient } from '../../../db/database.js';

export interface AnswerRow {
  invitation_id: string;
  question_key: string;
  /** A number, a choice key or a masked comment. */
  value: number | string | string[];
  answered_at: string;
}

export async function insertSurveyAnswers(client: SqlClient, rows: readonly AnswerRow[]): Promise<void> {
  if (rows.length === 0) return;
  await client.run(
    `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value, answered_at)
     SELECT lots_current_tenant(), r.invitation_id, r.question_key, r.value, r.answered_at
       FROM jsonb_to_recordset($1::jsonb) AS r(invitation_id uuid, question_key text, value jsonb,
                                               answered_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}
