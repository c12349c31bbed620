/**
 * Logged contacts per day for the daily measures: phone contacts by resolution grade and visit
 * contacts, from contact_day_counts (kept by triggers on contacts; the day is the contact's
 * calendar day in Europe/Stockholm).
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
  from: string,
  to: string,
): Promise<Map<string, ContactDay>> {
  const rows = await client.query<{ day: string; channel: string; resolution: Resolution; n: number }>(
    `SELECT day::text AS day, channel, resolution, sum(contacts)::int AS n
       FROM contact_day_counts
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date
        AND channel IN ('phone', 'visit')
      GROUP BY day, channel, resolution`,
    [from, to],
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
