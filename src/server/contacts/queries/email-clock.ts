/**
 * What an e-mail contact's working time depends on (core/telephony/email-response.ts): the
 * tenant's time zone and working window (telephony_settings, with 0007's defaults) and its own
 * closed days, in one statement. Contacts that say when their e-mail came in store that working
 * time when they are written (0016_email_contact_days.sql).
 */
import { sql } from 'drizzle-orm';
import { workingClock } from '../../../core/telephony/email-response.js';
import type { SqlClient, Tx } from '../../../db/database.js';
import { rowsOf } from '../../../db/rows.js';

interface EmailClockRow {
  time_zone: string;
  day_start_minute: number;
  day_end_minute: number;
  closed_days: string[] | null;
}

const STATEMENT = `SELECT coalesce(s.time_zone, 'Europe/Stockholm') AS time_zone,
         coalesce(s.email_day_start_minute, 480) AS day_start_minute,
         coalesce(s.email_day_end_minute, 1020) AS day_end_minute,
         ARRAY(SELECT c.day::text FROM closed_days c WHERE c.tenant_id = lots_current_tenant()) AS closed_days
    FROM (VALUES (1)) AS one (x)
    LEFT JOIN telephony_settings s ON s.tenant_id = lots_current_tenant()`;

/** Working seconds from receipt to answer, rounded up (9 h and 1 ms is late), as email_messages stores them. */
export type EmailWorkingSeconds = (receivedAt: Date, answeredAt: Date) => number;

function clockOf(row: EmailClockRow | undefined): EmailWorkingSeconds {
  const working = workingClock({
    timeZone: row?.time_zone ?? 'Europe/Stockholm',
    dayStartMinute: row?.day_start_minute ?? 480,
    dayEndMinute: row?.day_end_minute ?? 1020,
    extraClosedDays: row?.closed_days ?? [],
  });
  return (receivedAt, answeredAt) => Math.ceil(working(receivedAt, answeredAt) / 1000);
}

/** The current tenant's clock, on a plain client. */
export async function readEmailClock(client: SqlClient): Promise<EmailWorkingSeconds> {
  return clockOf((await client.query<EmailClockRow>(STATEMENT))[0]);
}

/** The current tenant's clock, in a query-builder transaction. */
export async function readEmailClockTx(tx: Tx): Promise<EmailWorkingSeconds> {
  return clockOf(rowsOf<EmailClockRow>(await tx.execute(sql.raw(STATEMENT)))[0]);
}
