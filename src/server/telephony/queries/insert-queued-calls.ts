/**
 * A chunk of queued calls in one statement: the columns travel as arrays (unnest), the same SQL
 * on PGlite and node-postgres. Plain INSERT, not COPY: PostgreSQL refuses COPY FROM on a table
 * under row-level security for every role subject to it. A call already stored (the same
 * source, queue, callid and ENTERQUEUE time: a file imported again, or lines repeated after a PBX
 * restart) is skipped, and counted by the caller as a duplicate; except that an answered record
 * replaces an unanswered one of the same call (a CDR file has a row per member rung, all with
 * the caller's uniqueid: the one that answered wins, whatever the order of the rows).
 */
import type { SqlClient } from '../../../db/database.js';

/** Column arrays, one entry per call, in the same order. */
export interface QueuedCallColumns {
  queueIds: string[];
  callIds: string[];
  /** Epoch seconds. */
  enteredAt: number[];
  /** Local day as days since 1970-01-01. */
  dayNumbers: number[];
  endedAt: number[];
  outcomes: string[];
  answeredEnds: (string | null)[];
  waitSeconds: number[];
  talkSeconds: number[];
  ringNoAnswer: number[];
}

export interface InsertedCalls {
  inserted: number;
  /** Inserted, or an unanswered record replaced by an answered one. */
  changed: number;
  /** Days since 1970-01-01 of the earliest and latest day inserted; null when none was. */
  firstDay: number | null;
  lastDay: number | null;
}

export async function insertQueuedCalls(
  client: SqlClient,
  tenantId: string,
  source: string,
  importId: string,
  c: QueuedCallColumns,
): Promise<InsertedCalls> {
  if (c.callIds.length === 0) return { inserted: 0, changed: 0, firstDay: null, lastDay: null };
  const [row] = await client.query<{
    inserted: number;
    changed: number;
    first: number | null;
    last: number | null;
  }>(
    `WITH ins AS (
       INSERT INTO queued_calls (tenant_id, source, queue_id, call_id, entered_at, day, ended_at,
         outcome, answered_end, wait_seconds, talk_seconds, ring_no_answer_count, import_id)
       SELECT $13::uuid, $1, q, c, to_timestamp(e), date '1970-01-01' + d, to_timestamp(x),
         o, a, w, t, r, $2::uuid
         FROM unnest($3::uuid[], $4::text[], $5::int8[], $6::int4[], $7::int8[], $8::text[], $9::text[],
           $10::int4[], $11::int4[], $12::int4[]) AS u (q, c, e, d, x, o, a, w, t, r)
       ON CONFLICT (tenant_id, source, call_id, queue_id, entered_at) DO UPDATE
         SET ended_at = EXCLUDED.ended_at, outcome = EXCLUDED.outcome, answered_end = EXCLUDED.answered_end,
             wait_seconds = EXCLUDED.wait_seconds, talk_seconds = EXCLUDED.talk_seconds,
             ring_no_answer_count = EXCLUDED.ring_no_answer_count, import_id = EXCLUDED.import_id
         WHERE EXCLUDED.outcome = 'answered' AND queued_calls.outcome <> 'answered'
       RETURNING day, xmax = 0 AS is_new
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS inserted, count(*)::int AS changed,
       min(day - date '1970-01-01') AS first, max(day - date '1970-01-01') AS last FROM ins`,
    [
      source,
      importId,
      c.queueIds,
      c.callIds,
      c.enteredAt,
      c.dayNumbers,
      c.endedAt,
      c.outcomes,
      c.answeredEnds,
      c.waitSeconds,
      c.talkSeconds,
      c.ringNoAnswer,
      // The tenant as a parameter, not lots_current_tenant() per row (a fifth faster); row-level
      // security still checks every row against the transaction's tenant.
      tenantId,
    ],
  );
  return {
    inserted: row?.inserted ?? 0,
    changed: row?.changed ?? 0,
    firstDay: row?.first ?? null,
    lastDay: row?.last ?? null,
  };
}
