import type { Actor } from '../../core/auth/roles.js';
import { canCorrect } from '../../core/contacts/correction.js';
import { contactSnapshot } from './contact-input.js';
import { mayDelete, maySeeRevisions } from './policy.js';
import type { ContactRevisionWithName } from './queries/contact-revisions.js';
import type { ContactRow } from './queries/contacts.js';
import type { ContactJson, ContactRevisionJson } from './schema.js';

/** The contact as the API shows it to the actor; the idempotency key and fingerprint stay inside. */
export function presentContact(row: ContactRow, actor: Actor, now: Date = new Date()): ContactJson {
  return {
    id: row.id,
    // The recorded fields as the audit trail has them; then who, when and what the actor may do.
    ...contactSnapshot(row),
    // Who logged a contact is the guide's own business (issue #11): a list of contacts with their
    // guides would let anyone count contacts per guide. The audit trail of one contact names the
    // people who changed it (presentContactRevision), for the few who may read it.
    loggedByMe: row.loggedByUserId === actor.userId,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
    canCorrect: canCorrect(row, actor, now),
    canDelete: mayDelete(row, actor, now),
    canSeeRevisions: maySeeRevisions(row, actor),
  };
}

export function presentContactRevision(row: ContactRevisionWithName): ContactRevisionJson {
  return {
    revision: row.revision,
    action: row.action,
    changedByUserId: row.changedByUserId,
    changedByName: row.changedByName,
    changedAt: row.changedAt.toISOString(),
    reason: row.reason,
    before: row.before,
    after: row.after,
  };
}
