/** Saved column mappings for CSV exports of calls or intervals. */
import type { SqlClient } from '../../../db/database.js';

export interface CallMappingRow {
  id: string;
  name: string;
  source: string;
  mapping: Record<string, unknown>;
  updated_at: Date;
}

const COLUMNS = 'id, name, source, mapping, updated_at';

export async function listCallMappings(client: SqlClient): Promise<CallMappingRow[]> {
  return client.query<CallMappingRow>(
    `SELECT ${COLUMNS} FROM call_mappings WHERE tenant_id = lots_current_tenant() ORDER BY lower(name)`,
  );
}

export async function findCallMappingByName(client: SqlClient, name: string): Promise<CallMappingRow | null> {
  const rows = await client.query<CallMappingRow>(
    `SELECT ${COLUMNS} FROM call_mappings WHERE tenant_id = lots_current_tenant() AND lower(name) = lower($1)`,
    [name],
  );
  return rows[0] ?? null;
}

/** Null when the name is taken. */
export async function insertCallMapping(
  client: SqlClient,
  row: { name: string; source: string; mapping: unknown; userId: string },
): Promise<CallMappingRow | null> {
  const rows = await client.query<CallMappingRow>(
    `INSERT INTO call_mappings (tenant_id, name, source, mapping, created_by_user_id, updated_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3::jsonb, $4, $4)
     ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
    [row.name, row.source, JSON.stringify(row.mapping), row.userId],
  );
  return rows[0] ?? null;
}

export async function updateCallMapping(
  client: SqlClient,
  id: string,
  row: { name: string; source: string; mapping: unknown; userId: string },
): Promise<CallMappingRow | null> {
  const rows = await client.query<CallMappingRow>(
    `UPDATE call_mappings SET name = $2, source = $3, mapping = $4::jsonb, updated_by_user_id = $5, updated_at = now()
      WHERE tenant_id = lots_current_tenant() AND id = $1 RETURNING ${COLUMNS}`,
    [id, row.name, row.source, JSON.stringify(row.mapping), row.userId],
  );
  return rows[0] ?? null;
}

export async function deleteCallMapping(client: SqlClient, id: string): Promise<boolean> {
  const rows = await client.query(
    `DELETE FROM call_mappings WHERE tenant_id = lots_current_tenant() AND id = $1 RETURNING id`,
    [id],
  );
  return rows.length > 0;
}
