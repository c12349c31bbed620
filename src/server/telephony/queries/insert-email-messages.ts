/**
 * E-mails to the contact centre's mailbox (received, first answered) in one statement. The same
 * e-mail again (source and id) keeps what is stored unless it now has an answer it lacked.
 */
import type { SqlClient } from '../../../db/database.js';

export interface EmailColumns {
  externalIds: string[];
  receivedAt: string[];
  answeredAt: (string | null)[];
  /** Working seconds from receipt to answer (null while unanswered). */
  workingSeconds: (number | null)[];
  /** Local day of receipt. */
  days: string[];
}

export async function insertEmailMessages(
  client: SqlClient,
  source: string,
  importId: string,
  c: EmailColumns,
): Promise<{ inserted: number; answered: number }> {
  if (c.externalIds.length === 0) return { inserted: 0, answered: 0 };
  const [row] = await client.query<{ inserted: number; answered: number }>(
    `WITH ins AS (
       INSERT INTO email_messages AS e (tenant_id, source, external_id, received_at, answered_at,
         working_seconds, day, import_id)
       SELECT lots_current_tenant(), $1, x, r, a, w, d, $2::uuid
         FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[], $7::int4[], $6::date[]) AS u (x, r, a, w, d)
       ON CONFLICT (tenant_id, source, external_id) DO UPDATE
         SET answered_at = EXCLUDED.answered_at, working_seconds = EXCLUDED.working_seconds
         WHERE e.answered_at IS NULL AND EXCLUDED.answered_at IS NOT NULL
       RETURNING xmax = 0 AS is_new
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS inserted, count(*) FILTER (WHERE NOT is_new)::int AS answered FROM ins`,
    [source, importId, c.externalIds, c.receivedAt, c.answeredAt, c.days, c.workingSeconds],
  );
  return { inserted: row?.inserted ?? 0, answered: row?.answered ?? 0 };
}

/** Working seconds of every answered e-mail, recomputed (after the working window or closed days changed). */
export async function answeredEmails(
  client: SqlClient,
): Promise<{ source: string; external_id: string; received_at: Date; answered_at: Date }[]> {
  return client.query(
    `SELECT source, external_id, received_at, answered_at FROM email_messages
      WHERE tenant_id = lots_current_tenant() AND answered_at IS NOT NULL`,
  );
}

export async function setWorkingSeconds(
  client: SqlClient,
  rows: readonly { source: string; externalId: string; seconds: number }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    await client.query(
      `UPDATE email_messages e SET working_seconds = u.w
         FROM unnest($1::text[], $2::text[], $3::int4[]) AS u (s, x, w)
        WHERE e.tenant_id = lots_current_tenant() AND e.source = u.s AND e.external_id = u.x`,
      [chunk.map((r) => r.source), chunk.map((r) => r.externalId), chunk.map((r) => r.seconds)],
    );
  }
}
