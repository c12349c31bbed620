/**
 * The first day (Stockholm) the municipality logged a contact, or null when none: before it there
 * is no data, which analyses must show as missing, not as zero (issue #13). Not scoped to the
 * asker's contacts: whether the municipality was logging at all is no per-person figure. Uses the
 * (tenant_id, started_at) index.
 */
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import type { SqlClient } from '../../../db/database.js';

export async function readFirstContactDay(client: SqlClient): Promise<string | null> {
  const [row] = await client.query<{ first: Date | string | null }>(
    `SELECT min(started_at) AS first FROM contacts WHERE tenant_id = lots_current_tenant()`,
  );
  return row?.first ? calendarDayOf(new Date(row.first)) : null;
}
