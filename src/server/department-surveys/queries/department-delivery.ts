/** Per round and department of a departments' survey: invitations delivered and answered, and the department's name. */
import type { SqlClient } from '../../../db/database.js';

export interface DeliveryRow {
  roundId: string;
  departmentId: string;
  departmentName: string;
  delivered: number;
  answered: number;
}

export async function readDepartmentDelivery(
  client: SqlClient,
  surveyId: string,
  departmentIds: readonly string[] | null,
): Promise<DeliveryRow[]> {
  return client.query<DeliveryRow>(
    `SELECT d.round_id AS "roundId", i.unit_id AS "departmentId", u.name AS "departmentName",
            count(*) FILTER (WHERE i.sent_at IS NOT NULL AND i.bounced_at IS NULL)::int AS delivered,
            count(*) FILTER (WHERE i.sent_at IS NOT NULL AND i.bounced_at IS NULL
                               AND i.first_answer_at IS NOT NULL)::int AS answered
       FROM department_survey_rounds r
       JOIN department_survey_invitations d ON d.tenant_id = r.tenant_id AND d.round_id = r.id
       JOIN survey_invitations i ON i.tenant_id = d.tenant_id AND i.id = d.invitation_id
       JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id
      WHERE r.tenant_id = lots_current_tenant() AND r.survey_id = $1
        AND ($2::uuid[] IS NULL OR i.unit_id = ANY ($2::uuid[]))
      GROUP BY d.round_id, i.unit_id, u.name
      ORDER BY u.name`,
    [surveyId, departmentIds],
  );
}
