/** One scope's daily rollups for a run of days (reports read these, never the calls). */
import type { SqlClient } from '../../../db/database.js';
import type { DailyMeasures } from '../../../core/telephony/daily-measures.js';

export type RollupScope = 'queue' | 'group' | 'all';

/** A day's rollup in core's DailyMeasures shape (shares and means are left to core). */
export type DayRollup = Omit<
  DailyMeasures,
  'availability' | 'meanWaitAnsweredSeconds' | 'meanWaitAbandonedSeconds' | 'answeredWithinShare'
> & { talkSeconds: number; ringNoAnswer: number; answeredUnbanded: number };

export async function readDayRollups(
  client: SqlClient,
  scope: RollupScope,
  scopeId: string,
  from: string,
  to: string,
): Promise<DayRollup[]> {
  const rows = await client.query<Record<string, number | string>>(
    `SELECT day::text AS day, offered, answered, abandoned, timeout, exit_key, exit_empty, withdrawn,
            short_abandons, completed_caller, completed_agent, transferred,
            answered_wait_seconds::float8 AS answered_wait_seconds,
            abandoned_wait_seconds::float8 AS abandoned_wait_seconds, answered_wait_under_60,
            answered_wait_60_to_120, answered_wait_over_120, answered_within,
            talk_seconds::float8 AS talk_seconds, ring_no_answer, answered_unbanded, turned_away
       FROM call_day_rollups
      WHERE tenant_id = lots_current_tenant() AND scope = $1 AND scope_id = $2
        AND day BETWEEN $3::date AND $4::date
      ORDER BY day`,
    [scope, scopeId, from, to],
  );
  const n = (row: Record<string, number | string>, key: string) => Number(row[key]);
  return rows.map((r) => ({
    day: String(r['day']),
    offered: n(r, 'offered'),
    answered: n(r, 'answered'),
    abandoned: n(r, 'abandoned'),
    timeout: n(r, 'timeout'),
    exitKey: n(r, 'exit_key'),
    exitEmpty: n(r, 'exit_empty'),
    withdrawn: n(r, 'withdrawn'),
    shortAbandons: n(r, 'short_abandons'),
    turnedAway: n(r, 'turned_away'),
    answeredEnds: {
      completed_caller: n(r, 'completed_caller'),
      completed_agent: n(r, 'completed_agent'),
      transferred: n(r, 'transferred'),
    },
    answeredWaitSeconds: n(r, 'answered_wait_seconds'),
    abandonedWaitSeconds: n(r, 'abandoned_wait_seconds'),
    answeredWaitUnder60: n(r, 'answered_wait_under_60'),
    answeredWait60To120: n(r, 'answered_wait_60_to_120'),
    answeredWaitOver120: n(r, 'answered_wait_over_120'),
    answeredWithin: n(r, 'answered_within'),
    talkSeconds: n(r, 'talk_seconds'),
    ringNoAnswer: n(r, 'ring_no_answer'),
    answeredUnbanded: n(r, 'answered_unbanded'),
  }));
}
