/**
 * E-mail contacts that say when the e-mail came in, received in [start, end), without a stored
 * working time (written before 0016_email_contact_days.sql; normally none): the e-mail measure
 * where no mailbox export is imported. The contact is the answer: its start is the answer's time.
 */
import type { SqlClient } from '../../../db/database.js';

export async function readEmailContacts(
  client: SqlClient,
  start: Date,
  end: Date,
): Promise<{ received_at: Date; started_at: Date }[]> {
  return client.query(
    `SELECT received_at, started_at FROM contacts
      WHERE tenant_id = lots_current_tenant() AND received_at IS NOT NULL AND deleted_at IS NULL
        AND email_working_seconds IS NULL
        AND received_at >= $1 AND received_at < $2`,
    [start, end],
  );
}
