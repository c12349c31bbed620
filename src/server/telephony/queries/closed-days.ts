/** The municipality's own closed days. */
import type { SqlClient } from '../../../db/database.js';

export interface ClosedDayRow {
  day: string;
  reason: string;
}

export async function readClosedDays(client: SqlClient, from?: string, to?: string): Promise<ClosedDayRow[]> {
  return client.query<ClosedDayRow>(
    `SELECT day::text AS day, reason FROM closed_days
      WHERE tenant_id = lots_current_tenant()
        AND ($1::date IS NULL OR day >= $1::date) AND ($2::date IS NULL OR day <= $2::date)
      ORDER BY day`,
    [from ?? null, to ?? null],
  );
}

/** False when the day was a closed day already. */
export async function insertClosedDay(
  client: SqlClient,
  day: string,
  reason: string,
  userId: string,
): Promise<boolean> {
  const rows = await client.query(
    `INSERT INTO closed_days (tenant_id, day, reason, created_by_user_id)
     VALUES (lots_current_tenant(), $1::date, $2, $3) ON CONFLICT DO NOTHING RETURNING day`,
    [day, reason, userId],
  );
  return rows.length > 0;
}

export async function deleteClosedDay(client: SqlClient, day: string): Promise<boolean> {
  const rows = await client.query(
    `DELETE FROM closed_days WHERE tenant_id = lots_current_tenant() AND day = $1::date RETURNING day`,
    [day],
  );
  return rows.length > 0;
}
