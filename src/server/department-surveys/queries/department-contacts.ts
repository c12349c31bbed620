/**
 * Every active department contact with the department (root unit) above the unit they speak for,
 * and their address: who a round is sent to, beside the named recipients.
 */
import type { RoundRecipient } from '../../../core/surveys/department-rounds.js';
import type { SqlClient } from '../../../db/database.js';

export async function readDepartmentContacts(client: SqlClient): Promise<RoundRecipient[]> {
  return client.query<RoundRecipient>(
    `WITH RECURSIVE up(start_id, id, parent_id) AS (
       SELECT id, id, parent_id FROM units WHERE tenant_id = lots_current_tenant()
       UNION ALL
       SELECT up.start_id, u.id, u.parent_id FROM up
         JOIN units u ON u.tenant_id = lots_current_tenant() AND u.id = up.parent_id)
     SELECT up.id AS "departmentId", us.email AS address
       FROM user_roles r
       JOIN users us ON us.tenant_id = r.tenant_id AND us.id = r.user_id AND us.is_active
       JOIN up ON up.start_id = r.unit_id AND up.parent_id IS NULL
      WHERE r.tenant_id = lots_current_tenant() AND r.role = 'department_contact'`,
  );
}
