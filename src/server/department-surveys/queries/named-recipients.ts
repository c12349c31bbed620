/** Named recipients of a departments' survey (0023): an address that speaks for a department. */
import type { SqlClient } from '../../../db/database.js';

export interface NamedRecipientRow {
  departmentId: string;
  departmentName: string;
  address: string;
}

export async function listNamedRecipients(client: SqlClient, surveyId: string): Promise<NamedRecipientRow[]> {
  return client.query<NamedRecipientRow>(
    `SELECT r.unit_id AS "departmentId", u.name AS "departmentName", r.address
       FROM department_survey_recipients r
       JOIN units u ON u.tenant_id = r.tenant_id AND u.id = r.unit_id
      WHERE r.tenant_id = lots_current_tenant() AND r.survey_id = $1
      ORDER BY u.name, r.address`,
    [surveyId],
  );
}

/** false when the address is named for the department already. */
export async function insertNamedRecipient(
  client: SqlClient,
  surveyId: string,
  departmentId: string,
  address: string,
  userId: string,
): Promise<boolean> {
  const n = await client.run(
    `INSERT INTO department_survey_recipients (tenant_id, survey_id, unit_id, address, added_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [surveyId, departmentId, address, userId],
  );
  return n === 1;
}

export async function deleteNamedRecipient(
  client: SqlClient,
  surveyId: string,
  departmentId: string,
  address: string,
): Promise<boolean> {
  const n = await client.run(
    `DELETE FROM department_survey_recipients
      WHERE tenant_id = lots_current_tenant() AND survey_id = $1 AND unit_id = $2 AND address = $3`,
    [surveyId, departmentId, address],
  );
  return n === 1;
}
