/** The departments (root units) above the given units. */
import type { SqlClient } from '../../../db/database.js';

export async function readDepartmentsOf(
  client: SqlClient,
  unitIds: readonly string[],
): Promise<{ id: string }[]> {
  return client.query<{ id: string }>(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM units WHERE tenant_id = lots_current_tenant() AND id = ANY ($1::uuid[])
       UNION
       SELECT u.id, u.parent_id FROM up JOIN units u ON u.tenant_id = lots_current_tenant() AND u.id = up.parent_id)
     SELECT DISTINCT id FROM up WHERE parent_id IS NULL`,
    [unitIds],
  );
}
