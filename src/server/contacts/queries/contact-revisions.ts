import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contactRevisions } from '../../../db/schema.js';

export type ContactRevisionRow = typeof contactRevisions.$inferSelect;

/** Records one step of a contact's audit trail, in the transaction of the change itself. */
export async function insertContactRevision(
  tx: Tx,
  values: Omit<typeof contactRevisions.$inferInsert, 'id' | 'changedAt'>,
): Promise<void> {
  await tx.insert(contactRevisions).values(values);
}

/** A contact's trail, oldest first. */
export function selectContactRevisions(
  tx: Tx,
  tenantId: string,
  contactId: string,
): Promise<ContactRevisionRow[]> {
  return tx
    .select()
    .from(contactRevisions)
    .where(and(eq(contactRevisions.tenantId, tenantId), eq(contactRevisions.contactId, contactId)))
    .orderBy(asc(contactRevisions.revision));
}
