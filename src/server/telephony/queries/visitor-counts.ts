/** Visitors counted at the service office's door, per day. */
import type { SqlClient } from '../../../db/database.js';

export interface VisitorCount {
  day: string;
  visitors: number;
  source: 'entered' | 'imported';
}

export async function readVisitorCounts(
  client: SqlClient,
  from: string,
  to: string,
): Promise<VisitorCount[]> {
  return client.query<VisitorCount>(
    `SELECT day::text AS day, visitors, source FROM visitor_counts
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date ORDER BY day`,
    [from, to],
  );
}

/** Sets the days' counts (replacing what was there); one statement for a whole import. */
export async function upsertVisitorCounts(
  client: SqlClient,
  counts: readonly { day: string; visitors: number }[],
  source: 'entered' | 'imported',
  userId: string,
): Promise<void> {
  if (counts.length === 0) return;
  await client.query(
    `INSERT INTO visitor_counts (tenant_id, day, visitors, source, updated_by_user_id, updated_at)
     SELECT lots_current_tenant(), d, v, $3, $4, now()
       FROM unnest($1::date[], $2::int4[]) AS u (d, v)
     ON CONFLICT (tenant_id, day) DO UPDATE SET visitors = EXCLUDED.visitors, source = EXCLUDED.source,
       updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
    [counts.map((c) => c.day), counts.map((c) => c.visitors), source, userId],
  );
}

export async function deleteVisitorCount(client: SqlClient, day: string): Promise<boolean> {
  const rows = await client.query(
    `DELETE FROM visitor_counts WHERE tenant_id = lots_current_tenant() AND day = $1::date RETURNING day`,
    [day],
  );
  return rows.length > 0;
}
