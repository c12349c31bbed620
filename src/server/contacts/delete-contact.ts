import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { notFound } from '../http/problem.js';
import { assertMayDelete, contactScopeOf } from './policy.js';
import { insertContactRevision } from './queries/contact-revisions.js';
import { findContact, updateContactRow } from './queries/contacts.js';

export interface DeleteContactOptions {
  db: Database;
  actor: Actor;
  id: string;
  reason: string;
  now?: Date;
}

/**
 * Soft-deletes a contact: it leaves every list and count but stays in the database with its
 * audit trail, the deletion being one more revision with who, when and why. The guide who
 * logged it may delete it the same day; managers and administrators at any time (policy.ts).
 */
export async function deleteContact({
  db,
  actor,
  id,
  reason,
  now = new Date(),
}: DeleteContactOptions): Promise<void> {
  const { tenantId } = actor;
  await withTenant(db, tenantId, async (tx) => {
    const current = await findContact(tx, tenantId, id, contactScopeOf(actor), { forUpdate: true });
    if (!current) throw notFound();
    assertMayDelete(current, actor, now);
    const updated = await updateContactRow(tx, tenantId, id, { deletedAt: now, deletedReason: reason });
    await insertContactRevision(tx, {
      tenantId,
      contactId: id,
      revision: updated.revision,
      changedByUserId: actor.userId,
      action: 'deleted',
      reason,
      before: { deletedAt: null },
      after: { deletedAt: now.toISOString() },
    });
  });
}
