/**
 * Per day of receipt from..to: the e-mail contacts that say when their e-mail came in, and those
 * answered within the limit (email_contact_days, kept by triggers on contacts: 0016).
 */
import type { SqlClient } from '../../../db/database.js';

export async function readEmailContactDays(
  client: SqlClient,
  from: string,
  to: string,
): Promise<{ day: string; received: number; within: number }[]> {
  return client.query(
    `SELECT day::text AS day, sum(received)::int AS received, sum(within)::int AS within
       FROM email_contact_days
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date
      GROUP BY day
     HAVING sum(received) > 0`,
    [from, to],
  );
}
