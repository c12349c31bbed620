/**
 * E-mails to the contact centre's mailbox (received, first answered) in one statement. The same
 * e-mail again (source and id) keeps what is stored unless it now has an answer it lacked.
 */
import type { SqlClient } from '../../../db/database.js';

export interface EmailColumns {
  externalIds: string[];
  receivedAt: string[];
  answeredAt: (string | null)[];
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
       INSERT INTO email_messages AS e (tenant_id, source, external_id, received_at, answered_at, day, import_id)
       SELECT lots_current_tenant(), $1, x, r, a, d, $2::uuid
         FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[], $6::date[]) AS u (x, r, a, d)
       ON CONFLICT (tenant_id, source, external_id) DO UPDATE SET answered_at = EXCLUDED.answered_at
         WHERE e.answered_at IS NULL AND EXCLUDED.answered_at IS NOT NULL
       RETURNING xmax = 0 AS is_new
     )
     SELECT count(*) FILTER (WHERE is_new)::int AS inserted, count(*) FILTER (WHERE NOT is_new)::int AS answered FROM ins`,
    [source, importId, c.externalIds, c.receivedAt, c.answeredAt, c.days],
  );
  return { inserted: row?.inserted ?? 0, answered: row?.answered ?? 0 };
}
