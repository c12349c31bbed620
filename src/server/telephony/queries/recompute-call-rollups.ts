/**
 * Recomputes the daily rollups of the days `from` to `to` (both included) from the stored calls
 * and intervals: per queue, per queue group and for all queues. docs/metrics.md ("Telephony")
 * defines every column; src/core/telephony/daily-measures.ts computes the same from calls in
 * memory, and recompute-call-rollups.test.ts checks that the two agree on the same calls.
 *
 * - A scope's calls are its segments merged by (source, callid), as docs/metrics.md ("Queue
 *   group") defines and daily-measures.ts groupCalls computes: the day of the first segment (the
 *   day is monotone in the time of ENTERQUEUE, so it is the least day); answered when any segment
 *   was answered, with the answered end of the last answered segment and the talk of all of them;
 *   otherwise the outcome of the last segment (by ENTERQUEUE, then end); waits summed up to the
 *   first answer, rings summed. A queue is a scope of its own queue, so a call re-entering one
 *   queue counts once there too.
 * - Most calls have one segment in all: such a call is the same in every scope it belongs to, so
 *   those are counted once per queue and day and the counts added up per scope. Only the calls
 *   of several segments (overflow between queues, re-entry) are merged scope by scope. At a
 *   million calls this is about three times faster than merging every call in every scope.
 * - Segments up to a day either side of the range are read, so a call that crosses midnight is
 *   whole; the caller widens the range by a day before the first day it changed, since a
 *   segment changed today can belong to a call of yesterday.
 * - Interval rows (aggregate imports) add their counts to their queue's scopes as they are; their
 *   answered calls without wait bands are counted in answered_unbanded.
 * - Callers turned away (turned_away_callers): per scope each (source, callid) once, on the day
 *   of its first such event in the scope, and not when that callid has a queued call in the scope
 *   (docs/metrics.md, "Callers turned away"; daily-measures.ts turnedAwayOn computes the same).
 */
import type { SqlClient } from '../../../db/database.js';

export interface RollupThresholds {
  shortAbandonSeconds: number;
  answeredWithinSeconds: number;
}

const COLUMNS = [
  'offered',
  'answered',
  'abandoned',
  'timeout',
  'exit_key',
  'exit_empty',
  'withdrawn',
  'short_abandons',
  'completed_caller',
  'completed_agent',
  'transferred',
  'answered_wait_seconds',
  'abandoned_wait_seconds',
  'answered_wait_under_60',
  'answered_wait_60_to_120',
  'answered_wait_over_120',
  'answered_within',
  'talk_seconds',
  'ring_no_answer',
  'answered_unbanded',
  'turned_away',
] as const;

/**
 * The day's counts of a set of calls with the columns outcome, answered_end, wait, talk, rings
 * (one row per call), in COLUMNS order. $3 is the short-abandon threshold, $4 "answered within".
 */
const MEASURE_EXPRESSIONS = [
  `count(*) FILTER (WHERE NOT (outcome = 'abandoned' AND wait < $3))`,
  `count(*) FILTER (WHERE outcome = 'answered')`,
  `count(*) FILTER (WHERE outcome = 'abandoned' AND wait >= $3)`,
  `count(*) FILTER (WHERE outcome = 'timeout')`,
  `count(*) FILTER (WHERE outcome = 'exit_key')`,
  `count(*) FILTER (WHERE outcome = 'exit_empty')`,
  `count(*) FILTER (WHERE outcome = 'withdrawn')`,
  `count(*) FILTER (WHERE outcome = 'abandoned' AND wait < $3)`,
  `count(*) FILTER (WHERE answered_end = 'completed_caller')`,
  `count(*) FILTER (WHERE answered_end = 'completed_agent')`,
  `count(*) FILTER (WHERE answered_end = 'transferred')`,
  `coalesce(sum(wait) FILTER (WHERE outcome = 'answered'), 0)`,
  `coalesce(sum(wait) FILTER (WHERE outcome = 'abandoned' AND wait >= $3), 0)`,
  `count(*) FILTER (WHERE outcome = 'answered' AND wait < 60)`,
  `count(*) FILTER (WHERE outcome = 'answered' AND wait BETWEEN 60 AND 120)`,
  `count(*) FILTER (WHERE outcome = 'answered' AND wait > 120)`,
  `count(*) FILTER (WHERE outcome = 'answered' AND wait <= $4)`,
  `coalesce(sum(talk) FILTER (WHERE outcome = 'answered'), 0)`,
  `coalesce(sum(rings), 0)`,
  `0`,
  `0`,
] as const;
const MEASURES = MEASURE_EXPRESSIONS.map((e, i) => `${e} AS ${COLUMNS[i]}`).join(',\n');

const NAMED = COLUMNS.join(', ');
const SUMMED = COLUMNS.map((c) => `sum(${c})`).join(', ');

export async function recomputeCallRollups(
  client: SqlClient,
  from: string,
  to: string,
  thresholds: RollupThresholds,
): Promise<void> {
  await client.query(
    `DELETE FROM call_day_rollups WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date`,
    [from, to],
  );
  // Rows inserted earlier in this transaction have no statistics yet (only the table's owner may
  // ANALYZE), so the planner takes a few rows for a hundred thousand and sorts them on disk; hash
  // aggregation in memory is several times faster here, and so are hash joins over nested loops
  // (that think a set of a hundred thousand calls holds six). The settings end with the
  // transaction; the planner's choices are set back right after the statement.
  await client.query(
    `SELECT set_config('enable_sort', 'off', true), set_config('enable_nestloop', 'off', true),
            set_config('work_mem', '64MB', true)`,
  );
  await client.query(
    `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, ${NAMED})
     WITH scopes AS (
       SELECT id AS queue_id, 'queue'::text AS scope, id AS scope_id FROM queues
        WHERE tenant_id = lots_current_tenant()
       UNION ALL
       SELECT id, 'group', group_id FROM queues
        WHERE tenant_id = lots_current_tenant() AND group_id IS NOT NULL
       UNION ALL
       SELECT id, 'all', tenant_id FROM queues WHERE tenant_id = lots_current_tenant()
     ), segments AS (
       SELECT source, call_id, queue_id, day, entered_at, ended_at, outcome, answered_end,
              wait_seconds AS wait, talk_seconds AS talk, ring_no_answer_count AS rings
         FROM queued_calls
        WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date - 1 AND $2::date + 1
     ), multi AS MATERIALIZED (
       -- The calls of several segments (few): the others are whole in each of their scopes.
       SELECT source, call_id FROM segments GROUP BY source, call_id HAVING count(*) > 1
     ), single_days AS (
       SELECT c.queue_id, c.day, ${MEASURES}
         FROM segments c
        WHERE c.day BETWEEN $1::date AND $2::date
          AND NOT EXISTS (SELECT 1 FROM multi m WHERE m.source = c.source AND m.call_id = c.call_id)
        GROUP BY c.queue_id, c.day
     ), single_scopes AS (
       SELECT s.scope, s.scope_id, d.day, ${COLUMNS.map((c) => `sum(d.${c}) AS ${c}`).join(', ')}
         FROM single_days d JOIN scopes s ON s.queue_id = d.queue_id
        GROUP BY s.scope, s.scope_id, d.day
     ), multi_segments AS (
       SELECT s.scope, s.scope_id, c.source, c.call_id, c.day, c.entered_at, c.ended_at, c.outcome,
              c.answered_end, c.wait, c.talk, c.rings
         FROM segments c
         JOIN multi m ON m.source = c.source AND m.call_id = c.call_id
         JOIN scopes s ON s.queue_id = c.queue_id
     ), first_answers AS (
       -- The ENTERQUEUE of each call's first answered segment in each scope (hash aggregation:
       -- a window function would need a sort, which this statement avoids).
       SELECT scope, scope_id, source, call_id, min(entered_at) AS first_answer
         FROM multi_segments WHERE outcome = 'answered'
        GROUP BY scope, scope_id, source, call_id
     ), merged_segments AS (
       SELECT g.*, f.first_answer
         FROM multi_segments g
         LEFT JOIN first_answers f ON f.scope = g.scope AND f.scope_id = g.scope_id
          AND f.source = g.source AND f.call_id = g.call_id
     ), merged AS (
       -- docs/metrics.md, "Queue group": answered when any segment was answered; the deciding
       -- segment is the last answered one, else the last one (by ENTERQUEUE, then end, then the
       -- outcome's place in the list): the greatest of the arrays [answered, entered, ended,
       -- outcome, answered end]. Wait: the segments up to the first answer (all when unanswered);
       -- talk: every answered segment's.
       SELECT scope, scope_id, min(day) AS day,
              CASE WHEN bool_or(outcome = 'answered')
                THEN sum(wait) FILTER (WHERE entered_at <= first_answer) ELSE sum(wait) END AS wait,
              sum(rings) AS rings,
              coalesce(sum(talk) FILTER (WHERE outcome = 'answered'), 0) AS talk,
              max(ARRAY[CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END,
                extract(epoch FROM entered_at)::bigint, extract(epoch FROM ended_at)::bigint,
                CASE outcome WHEN 'answered' THEN 0 WHEN 'abandoned' THEN 1 WHEN 'timeout' THEN 2
                  WHEN 'exit_key' THEN 3 WHEN 'exit_empty' THEN 4 ELSE 5 END,
                CASE answered_end WHEN 'completed_caller' THEN 0 WHEN 'completed_agent' THEN 1
                  WHEN 'transferred' THEN 2 ELSE -1 END]) AS last
         FROM merged_segments
        GROUP BY scope, scope_id, source, call_id
     ), merged_calls AS (
       SELECT scope, scope_id, day, wait, rings,
              (ARRAY['answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn'])[last[4] + 1] AS outcome,
              (ARRAY['completed_caller', 'completed_agent', 'transferred'])[last[5] + 1] AS answered_end,
              talk
         FROM merged WHERE day BETWEEN $1::date AND $2::date
     ), merged_days AS (
       SELECT scope, scope_id, day, ${MEASURES}
         FROM merged_calls GROUP BY scope, scope_id, day
     ), interval_days AS (
       SELECT s.scope, s.scope_id, i.day,
         sum(i.offered), sum(i.answered), sum(i.abandoned), 0, 0, 0, 0, 0, 0, 0, 0,
         sum(coalesce(i.answered_wait_seconds, 0)), sum(coalesce(i.abandoned_wait_seconds, 0)),
         sum(coalesce(i.answered_wait_under_60, 0)),
         sum(coalesce(i.answered_wait_max_120 - i.answered_wait_under_60, 0)),
         sum(coalesce(i.answered - i.answered_wait_max_120, 0)),
         sum(coalesce(i.answered_wait_max_120, 0)), 0, 0,
         sum(CASE WHEN i.answered_wait_max_120 IS NULL THEN i.answered ELSE 0 END), 0
         FROM call_intervals i JOIN scopes s ON s.queue_id = i.queue_id
        WHERE i.tenant_id = lots_current_tenant() AND i.day BETWEEN $1::date AND $2::date
        GROUP BY s.scope, s.scope_id, i.day
     ), turned_callers AS (
       -- Each turned-away callid once per scope, on its first day there, unless it entered the scope.
       SELECT s.scope, s.scope_id, t.source, t.call_id, min(t.day) AS day
         FROM turned_away_callers t JOIN scopes s ON s.queue_id = t.queue_id
        WHERE t.tenant_id = lots_current_tenant() AND t.day BETWEEN $1::date - 1 AND $2::date + 1
          AND NOT EXISTS (
            SELECT 1 FROM segments c JOIN scopes cs ON cs.queue_id = c.queue_id
             WHERE c.source = t.source AND c.call_id = t.call_id AND cs.scope = s.scope
               AND cs.scope_id = s.scope_id)
        GROUP BY s.scope, s.scope_id, t.source, t.call_id
     ), turned_days AS (
       SELECT scope, scope_id, day, ${COLUMNS.map((c) => (c === 'turned_away' ? 'count(*)' : '0')).join(', ')}
         FROM turned_callers WHERE day BETWEEN $1::date AND $2::date
        GROUP BY scope, scope_id, day
     ), all_days (scope, scope_id, day, ${NAMED}) AS (
       SELECT * FROM single_scopes
       UNION ALL SELECT * FROM merged_days
       UNION ALL SELECT * FROM interval_days
       UNION ALL SELECT * FROM turned_days
     )
     SELECT lots_current_tenant(), scope, scope_id, day, ${SUMMED}
       FROM all_days GROUP BY scope, scope_id, day`,
    [from, to, thresholds.shortAbandonSeconds, thresholds.answeredWithinSeconds],
  );
  await client.query(
    `SELECT set_config('enable_sort', 'on', true), set_config('enable_nestloop', 'on', true)`,
  );
}

/** The first and last day with any stored call or interval, for recomputing everything. */
export async function storedCallDays(client: SqlClient): Promise<{ first: string; last: string } | null> {
  const [row] = await client.query<{ first: string | null; last: string | null }>(
    `SELECT least(c.first, i.first, t.first)::text AS first, greatest(c.last, i.last, t.last)::text AS last
       FROM (SELECT min(day) AS first, max(day) AS last FROM queued_calls
              WHERE tenant_id = lots_current_tenant()) c,
            (SELECT min(day) AS first, max(day) AS last FROM call_intervals
              WHERE tenant_id = lots_current_tenant()) i,
            (SELECT min(day) AS first, max(day) AS last FROM turned_away_callers
              WHERE tenant_id = lots_current_tenant()) t`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}
