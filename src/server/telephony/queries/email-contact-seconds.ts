/**
 * The working time kept with each e-mail contact that says when its e-mail came in
 * (contacts.email_working_seconds, 0016_email_contact_days.sql), recomputed after the working
 * window, the time zone or the closed days changed; and email_contact_days rebuilt from it.
 */
import type { SqlClient } from '../../../db/database.js';

/** Every contact of the tenant with a receipt: its id, receipt and start. */
export async function emailContactTimes(
  client: SqlClient,
): Promise<{ id: string; received_at: Date; started_at: Date }[]> {
  return client.query(
    `SELECT id, received_at, started_at FROM contacts
      WHERE tenant_id = lots_current_tenant() AND received_at IS NOT NULL`,
  );
}

/** Stores the working seconds of the contacts (the triggers keep email_contact_days). */
export async function setEmailContactSeconds(
  client: SqlClient,
  rows: readonly { id: string; seconds: number }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    await client.query(
      `UPDATE contacts c SET email_working_seconds = u.w
         FROM unnest($1::uuid[], $2::int4[]) AS u (id, w)
        WHERE c.tenant_id = lots_current_tenant() AND c.id = u.id
          AND c.email_working_seconds IS DISTINCT FROM u.w`,
      [chunk.map((r) => r.id), chunk.map((r) => r.seconds)],
    );
  }
}

/** The tenant's email_contact_days again from its contacts (after its time zone or limit changed). */
export async function rebuildEmailContactDays(client: SqlClient): Promise<void> {
  await client.query('SELECT lots_rebuild_email_contact_days()');
}
