/** The rounds of a departments' survey (0023): listed with their invitation counts, and opened. */
import type { SqlClient } from '../../../db/database.js';

export interface RoundRow {
  id: string;
  surveyId: string;
  period: string;
  fromDay: string;
  toDay: string;
  openedAt: Date;
  invitations: number;
  delivered: number;
  answered: number;
}

export async function listRounds(client: SqlClient, surveyId: string): Promise<RoundRow[]> {
  return client.query<RoundRow>(
    `SELECT r.id, r.survey_id AS "surveyId", r.period, r.from_day::text AS "fromDay", r.to_day::text AS "toDay",
            r.opened_at AS "openedAt",
            count(i.id)::int AS invitations,
            count(i.id) FILTER (WHERE i.sent_at IS NOT NULL AND i.bounced_at IS NULL)::int AS delivered,
            count(i.id) FILTER (WHERE i.sent_at IS NOT NULL AND i.bounced_at IS NULL
                                  AND i.first_answer_at IS NOT NULL)::int AS answered
       FROM department_survey_rounds r
       LEFT JOIN department_survey_invitations d ON d.tenant_id = r.tenant_id AND d.round_id = r.id
       LEFT JOIN survey_invitations i ON i.tenant_id = d.tenant_id AND i.id = d.invitation_id
      WHERE r.tenant_id = lots_current_tenant() AND r.survey_id = $1
      GROUP BY r.tenant_id, r.id ORDER BY r.from_day`,
    [surveyId],
  );
}

/** The new round's id; null when the survey has a round for the period already. */
export async function insertRound(
  client: SqlClient,
  round: { surveyId: string; period: string; from: string; to: string },
  userId: string,
): Promise<string | null> {
  const rows = await client.query<{ id: string }>(
    `INSERT INTO department_survey_rounds (tenant_id, survey_id, period, from_day, to_day, opened_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, survey_id, period) DO NOTHING
     RETURNING id`,
    [round.surveyId, round.period, round.from, round.to, userId],
  );
  return rows[0]?.id ?? null;
}
