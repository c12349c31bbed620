/** Names for the ids in the analyses: each topic's path and current owner department, each department. */
import type { AnalysisLabels } from '../../../core/analysis/build.js';
import type { SqlClient } from '../../../db/database.js';

export async function readAnalysisLabels(client: SqlClient): Promise<AnalysisLabels> {
  const rows = await client.query<{
    kind: 'topic' | 'department';
    id: string;
    name: string;
    department_id: string | null;
  }>(
    `WITH RECURSIVE dept(id, root) AS (
       SELECT id, id FROM units WHERE tenant_id = lots_current_tenant() AND parent_id IS NULL
       UNION ALL
       SELECT u.id, d.root FROM units u JOIN dept d ON u.parent_id = d.id WHERE u.tenant_id = lots_current_tenant()
     ), path(id, name, owner_unit_id) AS (
       SELECT id, name, owner_unit_id FROM topics WHERE tenant_id = lots_current_tenant() AND parent_id IS NULL
       UNION ALL
       SELECT t.id, p.name || ' › ' || t.name, t.owner_unit_id
         FROM topics t JOIN path p ON t.parent_id = p.id WHERE t.tenant_id = lots_current_tenant()
     )
     SELECT 'topic' AS kind, p.id::text AS id, p.name, d.root::text AS department_id
       FROM path p LEFT JOIN dept d ON d.id = p.owner_unit_id
     UNION ALL
     SELECT 'department', id::text, name, NULL FROM units
      WHERE tenant_id = lots_current_tenant() AND parent_id IS NULL`,
  );
  const topics = new Map<string, { path: string; departmentId: string }>();
  const departments = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === 'topic') topics.set(row.id, { path: row.name, departmentId: row.department_id ?? '' });
    else departments.set(row.id, row.name);
  }
  return { topics, departments };
}

/** The department (root unit) above a unit, or null for an unknown unit. */
export async function readDepartmentOf(client: SqlClient, unitId: string): Promise<string | null> {
  const rows = await client.query<{ root: string }>(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM units WHERE tenant_id = lots_current_tenant() AND id = $1::uuid
       UNION ALL
       SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id WHERE u.tenant_id = lots_current_tenant()
     ) SELECT id::text AS root FROM up WHERE parent_id IS NULL`,
    [unitId],
  );
  return rows[0]?.root ?? null;
}
