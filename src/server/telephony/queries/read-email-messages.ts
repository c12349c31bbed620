/** E-mails received in a run of days (by the local day of receipt). */
import type { SqlClient } from '../../../db/database.js';

export interface EmailRow {
  day: string;
  received_at: Date;
  answered_at: Date | null;
}

export async function readEmailMessages(client: SqlClient, from: string, to: string): Promise<EmailRow[]> {
  return client.query<EmailRow>(
    `SELECT day::text AS day, received_at, answered_at FROM email_messages
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date`,
    [from, to],
  );
}
