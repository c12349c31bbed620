/** The demo's catalogue as the year of contacts needs it (the contacts go in by contacts/queries/insert-contact-batch.ts). */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { rowsOf } from '../../../db/rows.js';

export interface StoredTopic {
  id: string;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: string | null;
  hasChildren: boolean;
}

/** The tenant's catalogue, for the generator. */
export async function selectCatalogue(tx: Tx, tenantId: string): Promise<StoredTopic[]> {
  return rowsOf<StoredTopic>(
    await tx.execute(sql`
    SELECT t.id, t.name, t.owner_unit_id AS "ownerUnitId", t.default_failure_reason AS "defaultFailureReason",
      EXISTS (SELECT 1 FROM topics c WHERE c.tenant_id = t.tenant_id AND c.parent_id = t.id) AS "hasChildren"
    FROM topics t WHERE t.tenant_id = ${tenantId} AND t.retired_at IS NULL ORDER BY t.name`),
  );
}
