/**
 * A chunk of interval rows (aggregate exports) in one statement. The same interval again with the
 * same figures adds nothing; with other figures it replaces the earlier ones (a platform's later
 * export of a day is its corrected one) and is counted as replaced.
 */
import type { SqlClient } from '../../../db/database.js';

export interface IntervalColumns {
  queueIds: string[];
  /** Epoch seconds. */
  startsAt: number[];
  dayNumbers: number[];
  offered: number[];
  answered: number[];
  abandoned: number[];
  answeredWaitSeconds: (number | null)[];
  answeredWaitUnder60: (number | null)[];
  answeredWaitMax120: (number | null)[];
  abandonedWaitSeconds: (number | null)[];
}

export interface InsertedIntervals {
  inserted: number;
  replaced: number;
  firstDay: number | null;
  lastDay: number | null;
}

export async function insertCallIntervals(
  client: SqlClient,
  source: string,
  importId: string,
  c: IntervalColumns,
): Promise<InsertedIntervals> {
  if (c.queueIds.length === 0) return { inserted: 0, replaced: 0, firstDay: null, lastDay: null };
  const [row] = await client.query<{
    inserted: number;
    replaced: number;
    first: number | null;
    last: number | null;
  }>(
    `WITH ins AS (
       INSERT INTO call_intervals AS t (tenant_id, source, queue_id, starts_at, day, offered, answered,
         abandoned, answered_wait_seconds, answered_wait_under_60, answered_wait_max_120,
         abandoned_wait_seconds, import_id)
       SELECT lots_current_tenant(), $1, q, to_timestamp(s), date '1970-01-01' + d, o, a, b, w, u, m, x, $2::uuid
         FROM unnest($3::uuid[], $4::int8[], $5::int4[], $6::int4[], $7::int4[], $8::int4[], $9::int8[],
           $10::int4[], $11::int4[], $12::int8[]) AS v (q, s, d, o, a, b, w, u, m, x)
       ON CONFLICT (tenant_id, source, queue_id, starts_at) DO UPDATE
         SET offered = EXCLUDED.offered, answered = EXCLUDED.answered, abandoned = EXCLUDED.abandoned,
             answered_wait_seconds = EXCLUDED.answered_wait_seconds,
             answered_wait_under_60 = EXCLUDED.answered_wait_under_60,
             answered_wait_max_120 = EXCLUDED.answered_wait_max_120,
             abandoned_wait_seconds = EXCLUDED.abandoned_wait_seconds, import_id = EXCLUDED.import_id
         WHERE (t.offered, t.answered, t.abandoned, t.answered_wait_seconds, t.answered_wait_under_60,
                t.answered_wait_max_120, t.abandoned_wait_seconds)
           IS DISTINCT FROM (EXCLUDED.offered, EXCLUDED.answered, EXCLUDED.abandoned,
                EXCLUDED.answered_wait_seconds, EXCLUDED.answered_wait_under_60,
                EXCLUDED.answered_wait_max_120, EXCLUDED.abandoned_wait_seconds)
       RETURNING day, xmax = 0 AS is_new
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS inserted, count(*) FILTER (WHERE NOT is_new)::int AS replaced,
       min(day - date '1970-01-01') AS first, max(day - date '1970-01-01') AS last FROM ins`,
    [
      source,
      importId,
      c.queueIds,
      c.startsAt,
      c.dayNumbers,
      c.offered,
      c.answered,
      c.abandoned,
      c.answeredWaitSeconds,
      c.answeredWaitUnder60,
      c.answeredWaitMax120,
      c.abandonedWaitSeconds,
    ],
  );
  return {
    inserted: row?.inserted ?? 0,
    replaced: row?.replaced ?? 0,
    firstDay: row?.first ?? null,
    lastDay: row?.last ?? null,
  };
}
