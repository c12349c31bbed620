/** Signals (0010): raised by the daily evaluation, acknowledged once, never deleted. */
import type { SqlClient } from '../../../db/database.js';

export type SignalKind = 'rule' | 'goal_missed';
export type SignalAction = 'acted' | 'no_action_needed';

export interface NewSignal {
  kind: SignalKind;
  measure: string;
  scope: string;
  rule: string | null;
  goalId: string | null;
  day: string;
  period: string | null;
  details: Record<string, unknown>;
}

export interface SignalRow extends NewSignal {
  id: string;
  raisedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByUserId: string | null;
  acknowledgedByName: string | null;
  acknowledgement: string | null;
  action: SignalAction | null;
}

const SELECT = `SELECT s.id, s.kind, s.measure, s.scope, s.rule, s.goal_id AS "goalId", s.day::text AS day, s.period,
       s.details, s.raised_at AS "raisedAt", s.acknowledged_at AS "acknowledgedAt",
       s.acknowledged_by_user_id AS "acknowledgedByUserId", u.display_name AS "acknowledgedByName",
       s.acknowledgement, s.action
  FROM signals s LEFT JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.acknowledged_by_user_id
 WHERE s.tenant_id = lots_current_tenant()`;

const fix = (r: SignalRow): SignalRow => ({
  ...r,
  raisedAt: new Date(r.raisedAt),
  acknowledgedAt: r.acknowledgedAt === null ? null : new Date(r.acknowledgedAt),
});

/**
 * Stores the signals that are not stored yet (the unique key: chart, kind, rule or goal, day)
 * and returns those, in the order given: evaluating a day again adds nothing.
 */
export async function insertNewSignals(client: SqlClient, signals: readonly NewSignal[]): Promise<string[]> {
  if (signals.length === 0) return [];
  const rows = await client.query<{ id: string; ordinality: number }>(
    `INSERT INTO signals (tenant_id, kind, measure, scope, rule, goal_id, day, period, details)
     SELECT lots_current_tenant(), kind, measure, scope, rule, goal_id, day, period, details
       FROM jsonb_to_recordset($1::jsonb) AS s(kind text, measure text, scope text, rule text, goal_id uuid,
            day date, period text, details jsonb)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(
        signals.map((s) => ({
          kind: s.kind,
          measure: s.measure,
          scope: s.scope,
          rule: s.rule,
          goal_id: s.goalId,
          day: s.day,
          period: s.period,
          details: s.details,
        })),
      ),
    ],
  );
  return rows.map((r) => r.id);
}

/** Signals by id (of the tenant), newest day first. */
export async function readSignalsById(client: SqlClient, ids: readonly string[]): Promise<SignalRow[]> {
  if (ids.length === 0) return [];
  const rows = await client.query<SignalRow>(
    `${SELECT} AND s.id = ANY($1::uuid[]) ORDER BY s.day DESC, s.kind, s.measure, s.scope, s.rule`,
    [ids],
  );
  return rows.map(fix);
}

/** The open (unacknowledged) signals, or all, newest first; at most `limit`. */
export async function listSignals(
  client: SqlClient,
  options: { status: 'open' | 'all'; limit: number },
): Promise<SignalRow[]> {
  const rows = await client.query<SignalRow>(
    `${SELECT} AND ($1::boolean IS FALSE OR s.acknowledged_at IS NULL)
     ORDER BY s.raised_at DESC, s.day DESC, s.id LIMIT $2`,
    [options.status === 'open', options.limit],
  );
  return rows.map(fix);
}

/**
 * Acknowledges an open signal. 'acknowledged' when it was acknowledged already, 'missing' when
 * the tenant has no such signal.
 */
export async function acknowledgeSignal(
  client: SqlClient,
  values: { id: string; userId: string; action: SignalAction; text: string },
): Promise<'done' | 'acknowledged' | 'missing'> {
  const rows = await client.query<{ isOpen: boolean }>(
    `SELECT acknowledged_at IS NULL AS "isOpen" FROM signals
      WHERE tenant_id = lots_current_tenant() AND id = $1 FOR UPDATE`,
    [values.id],
  );
  if (rows.length === 0) return 'missing';
  if (!rows[0]!.isOpen) return 'acknowledged';
  await client.query(
    `UPDATE signals SET acknowledged_at = now(), acknowledged_by_user_id = $2, acknowledgement = $3, action = $4
      WHERE tenant_id = lots_current_tenant() AND id = $1`,
    [values.id, values.userId, values.text, values.action],
  );
  return 'done';
}
