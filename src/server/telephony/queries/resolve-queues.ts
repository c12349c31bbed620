/** Queue ids by the platform's queue names, creating the queues an import names for the first time. */
import type { SqlClient } from '../../../db/database.js';

export async function resolveQueues(
  client: SqlClient,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  await client.query(
    `INSERT INTO queues (tenant_id, name)
     SELECT lots_current_tenant(), n FROM unnest($1::text[]) AS n
     ON CONFLICT (tenant_id, name) DO NOTHING`,
    [names],
  );
  const rows = await client.query<{ id: string; name: string }>(
    `SELECT id, name FROM queues WHERE tenant_id = lots_current_tenant() AND name = ANY($1::text[])`,
    [names],
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}
