/** Offered calls per day over all queues (the daily rollups), for the days telephony was imported. */
import type { SqlClient } from '../../../db/database.js';

export async function readOfferedCallsByDay(
  client: SqlClient,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await client.query<{ day: string; offered: number }>(
    `SELECT day::text AS day, offered FROM call_day_rollups
      WHERE tenant_id = lots_current_tenant() AND scope = 'all' AND day BETWEEN $1::date AND $2::date`,
    [from, to],
  );
  return new Map(rows.map((r) => [r.day, r.offered]));
}
