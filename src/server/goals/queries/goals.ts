/** The goals table (0008): read, write, archive; every query inside the tenant (row-level security). */
import type { GoalArea, MeasureKey } from '../../../core/signals/measures.js';
import type { GoalDirection, GoalLevel } from '../../../core/signals/goal-check.js';
import type { SqlClient } from '../../../db/database.js';

export interface GoalRow {
  id: string;
  measure: MeasureKey;
  scope: string;
  target: number;
  direction: GoalDirection;
  level: GoalLevel;
  area: GoalArea;
  validFrom: string;
  validTo: string | null;
  ownerUserId: string;
  ownerName: string;
  minimumN: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export type GoalValues = Pick<
  GoalRow,
  | 'measure'
  | 'scope'
  | 'target'
  | 'direction'
  | 'level'
  | 'area'
  | 'validFrom'
  | 'validTo'
  | 'ownerUserId'
  | 'minimumN'
>;

const SELECT = `SELECT g.id, g.measure, g.scope, g.target::float8 AS "target", g.direction, g.level, g.area,
         g.valid_from::text AS "validFrom", g.valid_to::text AS "validTo", g.owner_user_id AS "ownerUserId",
         u.display_name AS "ownerName", g.minimum_n AS "minimumN", g.created_at AS "createdAt",
         g.updated_at AS "updatedAt", g.archived_at AS "archivedAt"
    FROM goals g JOIN users u ON u.tenant_id = g.tenant_id AND u.id = g.owner_user_id
   WHERE g.tenant_id = lots_current_tenant()`;

const fix = (row: GoalRow): GoalRow => ({
  ...row,
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
  archivedAt: row.archivedAt === null ? null : new Date(row.archivedAt),
});

/** The goals, the archived ones too when asked, by measure, scope and start. */
export async function listGoals(client: SqlClient, includeArchived: boolean): Promise<GoalRow[]> {
  const rows = await client.query<GoalRow>(
    `${SELECT} AND ($1::boolean OR g.archived_at IS NULL) ORDER BY g.measure, g.scope, g.valid_from, g.created_at`,
    [includeArchived],
  );
  return rows.map(fix);
}

/** A goal that is not archived; null when there is none (or it is another tenant's). */
export async function readGoal(client: SqlClient, id: string): Promise<GoalRow | null> {
  const [row] = await client.query<GoalRow>(`${SELECT} AND g.id = $1 AND g.archived_at IS NULL`, [id]);
  return row ? fix(row) : null;
}

/** The goals not archived that are valid on the day. */
export async function readGoalsValidOn(client: SqlClient, day: string): Promise<GoalRow[]> {
  const rows = await client.query<GoalRow>(
    `${SELECT} AND g.archived_at IS NULL AND g.valid_from <= $1::date
       AND (g.valid_to IS NULL OR g.valid_to >= $1::date)
     ORDER BY g.measure, g.scope, g.level, g.valid_from`,
    [day],
  );
  return rows.map(fix);
}

/**
 * For the weekly report's goal column: the day and week goals in a scope valid at some time in
 * from..to, the one that became valid last first.
 */
export async function readReportGoalTargets(
  client: SqlClient,
  scope: string,
  from: string,
  to: string,
): Promise<{ measure: string; level: 'day' | 'week'; target: number }[]> {
  return client.query(
    `SELECT measure, level, target::float8 AS target FROM goals
      WHERE tenant_id = lots_current_tenant() AND archived_at IS NULL AND scope = $1
        AND level IN ('day', 'week') AND valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $2::date)
      ORDER BY valid_from DESC, created_at DESC`,
    [scope, from, to],
  );
}

export async function insertGoal(client: SqlClient, values: GoalValues, userId: string): Promise<string> {
  const [row] = await client.query<{ id: string }>(
    `INSERT INTO goals (tenant_id, measure, scope, target, direction, level, area, valid_from, valid_to,
                        owner_user_id, minimum_n, created_by_user_id, updated_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3, $4, $5, $6, $7::date, $8::date, $9, $10, $11, $11)
     RETURNING id`,
    [
      values.measure,
      values.scope,
      values.target,
      values.direction,
      values.level,
      values.area,
      values.validFrom,
      values.validTo,
      values.ownerUserId,
      values.minimumN,
      userId,
    ],
  );
  return row!.id;
}

/** False when there is no such goal that is not archived. */
export async function updateGoal(
  client: SqlClient,
  id: string,
  values: GoalValues,
  userId: string,
): Promise<boolean> {
  const rows = await client.query(
    `UPDATE goals SET target = $2, direction = $3, level = $4, area = $5, valid_from = $6::date,
            valid_to = $7::date, owner_user_id = $8, minimum_n = $9, updated_by_user_id = $10, updated_at = now()
      WHERE tenant_id = lots_current_tenant() AND id = $1 AND archived_at IS NULL RETURNING id`,
    [
      id,
      values.target,
      values.direction,
      values.level,
      values.area,
      values.validFrom,
      values.validTo,
      values.ownerUserId,
      values.minimumN,
      userId,
    ],
  );
  return rows.length > 0;
}

/** False when there is no such goal that is not archived. */
export async function archiveGoal(client: SqlClient, id: string, userId: string): Promise<boolean> {
  const rows = await client.query(
    `UPDATE goals SET archived_at = now(), updated_by_user_id = $2, updated_at = now()
      WHERE tenant_id = lots_current_tenant() AND id = $1 AND archived_at IS NULL RETURNING id`,
    [id, userId],
  );
  return rows.length > 0;
}

/** Whether the user is an active person of the tenant (a goal's owner). */
export async function isActivePerson(client: SqlClient, userId: string): Promise<boolean> {
  const rows = await client.query(
    `SELECT 1 FROM users WHERE tenant_id = lots_current_tenant() AND id = $1 AND is_active AND kind = 'person'`,
    [userId],
  );
  return rows.length > 0;
}
