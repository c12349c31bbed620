/** The first and last day the municipality's telephony data covers (any queue, any source). */
import type { SqlClient } from '../../../db/database.js';

export async function telephonyCoverage(client: SqlClient): Promise<{ first: string; last: string } | null> {
  const [row] = await client.query<{ first: string | null; last: string | null }>(
    `SELECT min(day)::text AS first, max(day)::text AS last FROM call_day_rollups
      WHERE tenant_id = lots_current_tenant() AND scope = 'all'`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}
