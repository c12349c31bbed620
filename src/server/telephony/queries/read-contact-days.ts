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

type ContactDayRow = { day: string; visits: number } & Record<Resolution, number>;

export async function readContactDays(
  client: SqlClient,
  from: string,
  to: string,
): Promise<Map<string, ContactDay>> {
  // One row a day (not one per channel and grade): the embedded database pays per row returned.
  const rows = await client.query<ContactDayRow>(
    `SELECT day::text AS day,
            coalesce(sum(contacts) FILTER (WHERE channel = 'phone' AND resolution = 'resolved_self'), 0)::int AS resolved_self,
            coalesce(sum(contacts) FILTER (WHERE channel = 'phone' AND resolution = 'resolved_handling'), 0)::int AS resolved_handling,
            coalesce(sum(contacts) FILTER (WHERE channel = 'phone' AND resolution = 'resolved_specialist'), 0)::int AS resolved_specialist,
            coalesce(sum(contacts) FILTER (WHERE channel = 'phone' AND resolution = 'forwarded'), 0)::int AS forwarded,
            coalesce(sum(contacts) FILTER (WHERE channel = 'phone' AND resolution = 'unresolved'), 0)::int AS unresolved,
            coalesce(sum(contacts) FILTER (WHERE channel = 'visit'), 0)::int AS visits
       FROM contact_day_counts
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date
        AND channel IN ('phone', 'visit')
      GROUP BY day`,
    [from, to],
  );
  const days = new Map<string, ContactDay>();
  for (const r of rows) {
    days.set(r.day, {
      day: r.day,
      phone: {
        resolved_self: r.resolved_self,
        resolved_handling: r.resolved_handling,
        resolved_specialist: r.resolved_specialist,
        forwarded: r.forwarded,
        unresolved: r.unresolved,
      },
      visits: r.visits,
    });
  }
  return days;
}
