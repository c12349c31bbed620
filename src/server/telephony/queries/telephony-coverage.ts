/**
 * The days the municipality's telephony data covers (any queue, any source): the first and last,
 * and the spans of days each import covered (its first to its last call's day) with every day
 * that has measures, merged (src/core/telephony/day-spans.ts).
 */
import { mergeDaySpans, type DaySpan } from '../../../core/telephony/day-spans.js';
import type { SqlClient } from '../../../db/database.js';

export async function telephonyCoverage(
  client: SqlClient,
): Promise<{ first: string; last: string; spans: DaySpan[] } | null> {
  const rows = await client.query<DaySpan>(
    `SELECT first_day::text AS first, last_day::text AS last FROM call_imports
      WHERE tenant_id = lots_current_tenant() AND first_day IS NOT NULL AND last_day IS NOT NULL
     UNION
     SELECT day::text, day::text FROM call_day_rollups
      WHERE tenant_id = lots_current_tenant() AND scope = 'all'`,
  );
  const spans = mergeDaySpans(rows);
  const first = spans[0];
  const last = spans[spans.length - 1];
  return first && last ? { first: first.first, last: last.last, spans } : null;
}
