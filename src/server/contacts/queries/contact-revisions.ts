import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contactRevisions, users } from '../../../db/schema.js';

export type ContactRevisionRow = typeof contactRevisions.$inferSelect;

/** Records one step of a contact's audit trail, in the transaction of the change itself. */
export async function insertContactRevision(
  tx: Tx,
  values: Omit<typeof contactRevisions.$inferInsert, 'id' | 'changedAt'>,
): Promise<void> {
  await tx.insert(contactRevisions).values(values);
}

export type ContactRevisionWithName = ContactRevisionRow & { changedByName: string };

/** A contact's trail, oldest first, with the name of whoever made each change. */
export async function selectContactRevisions(
  tx: Tx,
  tenantId: string,
  contactId: string,
): Promise<ContactRevisionWithName[]> {
  const rows = await tx
    .select({ revision: contactRevisions, changedByName: users.displayName })
    .from(contactRevisions)
    .innerJoin(
      users,
      and(eq(users.tenantId, contactRevisions.tenantId), eq(users.id, contactRevisions.changedByUserId)),
    )
    .where(and(eq(contactRevisions.tenantId, tenantId), eq(contactRevisions.contactId, contactId)))
    .orderBy(asc(contactRevisions.revision));
  return rows.map((r) => ({ ...r.revision, changedByName: r.changedByName }));
}
