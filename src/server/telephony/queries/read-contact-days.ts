/**
 * Logged contacts per local day for the daily measures: phone contacts by resolution grade and
 * visit contacts. Reads contacts_day_idx alone (an index-only scan on a vacuumed table).
 */
import type { SqlClient } from '../../../db/database.js';
import type { Resolution } from '../../../core/contacts/taxonomy.js';

export interface ContactDay {
  day: string;
  phone: Record<Resolution, number>;
  visits: number;
}

export async function readContactDays(
  client: SqlClient,
  start: Date,
  end: Date,
  timeZone: string,
): Promise<Map<string, ContactDay>> {
  const rows = await client.query<{ day: string; channel: string; resolution: Resolution; n: number }>(
    `SELECT (started_at AT TIME ZONE $3)::date::text AS day, channel, resolution, count(*)::int AS n
       FROM contacts
      WHERE tenant_id = lots_current_tenant() AND deleted_at IS NULL
        AND started_at >= $1 AND started_at < $2 AND channel IN ('phone', 'visit')
      GROUP BY 1, 2, 3`,
    [start, end, timeZone],
  );
  const days = new Map<string, ContactDay>();
  for (const r of rows) {
    let d = days.get(r.day);
    if (!d) {
      d = {
        day: r.day,
        phone: {
          resolved_self: 0,
          resolved_handling: 0,
          resolved_specialist: 0,
          forwarded: 0,
          unresolved: 0,
        },
        visits: 0,
      };
      days.set(r.day, d);
    }
    if (r.channel === 'phone') d.phone[r.resolution] += r.n;
    else d.visits += r.n;
  }
  return days;
}
