/**
 * Queries of the bulk intake: which contacts a source has sent before (saving a batch is
 * contacts/queries/insert-contact-batch.ts). They run inside withTenant (row-level security
 * applies) and filter on tenant_id as well.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { rowsOf } from '../../../db/rows.js';

// Any constant distinct from the other advisory locks (7_242_001-003, 7_242_030, 7_242_040).
const SOURCE_LOCK = 7_242_050;

/**
 * Makes imports from the same source wait for each other until the transaction ends, so that
 * two batches carrying the same externalId cannot both find it new.
 */
export async function lockExternalSource(tx: Tx, tenantId: string, source: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${sql.raw(String(SOURCE_LOCK))}, hashtext(${`${tenantId}:${source}`}))`,
  );
}

/** The contacts already imported from the source under the given ids (deleted ones too). */
export async function selectExternalContacts(
  tx: Tx,
  tenantId: string,
  source: string,
  externalIds: readonly string[],
): Promise<Map<string, { id: string; fingerprint: string }>> {
  const rows = rowsOf<{ external_id: string; id: string; external_fingerprint: string }>(
    await tx.execute(sql`
      SELECT external_id, id, external_fingerprint FROM contacts
       WHERE tenant_id = ${tenantId} AND external_source = ${source}
         AND external_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`),
  );
  return new Map(rows.map((r) => [r.external_id, { id: r.id, fingerprint: r.external_fingerprint }]));
}
