/**
 * The first day (Stockholm) the municipality logged a contact it still counts (not deleted), or
 * null when none: before it there is no data, which analyses must show as missing, not as zero
 * (issue #13). Not scoped to the asker's contacts: whether the municipality was logging at all is
 * no per-person figure. The first entry of contacts_started_idx (a deleted contact is in no index
 * on the start: counting those too read the whole table, 150 ms for the demo year, issue #14.2).
 */
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import type { SqlClient } from '../../../db/database.js';

export async function readFirstContactDay(client: SqlClient): Promise<string | null> {
  const [row] = await client.query<{ first: Date | string | null }>(
    `SELECT started_at AS first FROM contacts
      WHERE tenant_id = lots_current_tenant() AND deleted_at IS NULL
      ORDER BY started_at LIMIT 1`,
  );
  return row?.first ? calendarDayOf(new Date(row.first)) : null;
}
