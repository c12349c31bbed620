/** A control chart's baselines (0008): set once, never changed. */
import type { SqlClient } from '../../../db/database.js';

export interface BaselineRow {
  id: string;
  measure: string;
  scope: string;
  from: string;
  to: string;
  reason: string;
  setByUserId: string;
  setByName: string;
  setAt: Date;
}

/** The baselines of one chart (or of every chart), by start. */
export async function listBaselines(
  client: SqlClient,
  chart: { measure: string; scope: string } | null,
): Promise<BaselineRow[]> {
  const rows = await client.query<BaselineRow>(
    `SELECT b.id, b.measure, b.scope, b.from_day::text AS "from", b.to_day::text AS "to", b.reason,
            b.set_by_user_id AS "setByUserId", u.display_name AS "setByName", b.set_at AS "setAt"
       FROM chart_baselines b JOIN users u ON u.tenant_id = b.tenant_id AND u.id = b.set_by_user_id
      WHERE b.tenant_id = lots_current_tenant()
        AND ($1::text IS NULL OR (b.measure = $1 AND b.scope = $2))
      ORDER BY b.measure, b.scope, b.from_day`,
    [chart?.measure ?? null, chart?.scope ?? null],
  );
  return rows.map((r) => ({ ...r, setAt: new Date(r.setAt) }));
}

/** The new baseline's id; null when the chart has a baseline starting that day already. */
export async function insertBaseline(
  client: SqlClient,
  values: { measure: string; scope: string; from: string; to: string; reason: string },
  userId: string,
): Promise<string | null> {
  const rows = await client.query<{ id: string }>(
    `INSERT INTO chart_baselines (tenant_id, measure, scope, from_day, to_day, reason, set_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3::date, $4::date, $5, $6)
     ON CONFLICT (tenant_id, measure, scope, from_day) DO NOTHING RETURNING id`,
    [values.measure, values.scope, values.from, values.to, values.reason, userId],
  );
  return rows[0]?.id ?? null;
}
