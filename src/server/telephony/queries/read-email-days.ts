/**
 * E-mails per day of receipt for the daily measure: received, answered within the limit (from
 * the stored working time), answered late; and the unanswered ones, whose status (late or still
 * pending) depends on when the measure is taken.
 */
import type { SqlClient } from '../../../db/database.js';

export interface EmailDay {
  day: string;
  answered: number;
  answeredWithin: number;
  /** Receipt times of the e-mails still unanswered. */
  unanswered: Date[];
}

export async function readEmailDays(
  client: SqlClient,
  from: string,
  to: string,
  limitSeconds: number,
): Promise<Map<string, EmailDay>> {
  const rows = await client.query<{
    day: string;
    answered: number;
    within: number;
    unanswered: Date[] | null;
  }>(
    `SELECT day::text AS day, count(answered_at)::int AS answered,
            count(*) FILTER (WHERE working_seconds <= $3)::int AS within,
            array_agg(received_at) FILTER (WHERE answered_at IS NULL) AS unanswered
       FROM email_messages
      WHERE tenant_id = lots_current_tenant() AND day BETWEEN $1::date AND $2::date
      GROUP BY day`,
    [from, to, limitSeconds],
  );
  return new Map(
    rows.map((r) => [
      r.day,
      {
        day: r.day,
        answered: r.answered,
        answeredWithin: r.within,
        unanswered: (r.unanswered ?? []).map((d) => new Date(d)),
      },
    ]),
  );
}
