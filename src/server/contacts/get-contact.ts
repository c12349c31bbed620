import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { Problem, notFound } from '../http/problem.js';
import { contactScopeOf, maySeeRevisions } from './policy.js';
import { selectContactRevisions, type ContactRevisionWithName } from './queries/contact-revisions.js';
import { findContact, type ContactRow } from './queries/contacts.js';

/** A contact the actor may see; 404 for one that is deleted, another's out of scope, or unknown. */
export async function getContact({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<ContactRow> {
  const row = await withTenant(db, actor.tenantId, (tx) =>
    findContact(tx, actor.tenantId, id, contactScopeOf(actor)),
  );
  if (!row) throw notFound();
  return row;
}

/**
 * The audit trail of a contact, deleted ones included (the deletion is part of the trail). Seen
 * by the guide who logged it and by those who read all contacts; others who can see the contact
 * (a department contact) get 403.
 */
export async function listContactRevisions({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<ContactRevisionWithName[]> {
  const { tenantId } = actor;
  return withTenant(db, tenantId, async (tx) => {
    const contact = await findContact(tx, tenantId, id, contactScopeOf(actor), { includeDeleted: true });
    if (!contact) throw notFound();
    if (!maySeeRevisions(contact, actor)) throw new Problem(403, 'forbidden');
    return selectContactRevisions(tx, tenantId, id);
  });
}
