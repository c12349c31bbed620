/** Whether the units, topics and signals an improvement names exist in the tenant. */
import type { SqlClient } from '../../../db/database.js';

export async function existsUnit(client: SqlClient, id: string): Promise<boolean> {
  const rows = await client.query(
    'SELECT 1 FROM units WHERE tenant_id = lots_current_tenant() AND id = $1::uuid',
    [id],
  );
  return rows.length === 1;
}

/** How many of the ids are topics of the tenant (retired ones too: their history stays). */
export async function countExistingTopics(client: SqlClient, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM topics WHERE tenant_id = lots_current_tenant() AND id = ANY($1::uuid[])',
    [ids],
  );
  return row?.n ?? 0;
}

export async function existsSignal(client: SqlClient, id: string): Promise<boolean> {
  const rows = await client.query(
    'SELECT 1 FROM signals WHERE tenant_id = lots_current_tenant() AND id = $1::uuid',
    [id],
  );
  return rows.length === 1;
}
