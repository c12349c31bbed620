/**
 * Who sees and changes which contacts.
 * - Everyone sees the contacts they logged themselves (guides: only those).
 * - Managers, quality developers and administrators (contacts:read_all) see all of the tenant's.
 * - A department contact (förvaltningskontakt) sees the contacts about their unit: those whose
 *   topic was owned, when the contact was saved, by their unit or any unit below it.
 * - Only the guide who logged a contact corrects it, on the day it was logged (core/contacts/
 *   correction.ts). The same guide may delete it that day; managers and administrators
 *   (contacts:delete_any) may delete any contact at any time, say a duplicate or one found in
 *   closed-file review to hold personal data. Every deletion is soft and gives a reason.
 * - The audit trail of a contact is for the guide who logged it and for contacts:read_all.
 */
import { can, type Actor } from '../../core/auth/roles.js';
import { correctionRefusal, type CorrectableContact } from '../../core/contacts/correction.js';
import { Problem } from '../http/problem.js';

export type ContactScope =
  | { kind: 'all' }
  /** The actor's own contacts, and those owned by the given units or units below them. */
  | { kind: 'limited'; userId: string; unitIds: string[] };

export function contactScopeOf(actor: Actor): ContactScope {
  if (can(actor, 'contacts:read_all')) return { kind: 'all' };
  const unitIds = actor.roles.flatMap((g) => (g.role === 'department_contact' && g.unitId ? [g.unitId] : []));
  return { kind: 'limited', userId: actor.userId, unitIds };
}

/** Throws unless the actor may correct the contact now: 403 for another's, 403 with a reason after the day. */
export function assertMayCorrect(contact: CorrectableContact, actor: Actor, now: Date): void {
  const refusal = correctionRefusal(contact, actor, now);
  if (refusal === 'other_day') throw new Problem(403, 'contact_correction_closed');
  if (refusal !== null) throw new Problem(403, 'forbidden');
}

/** Throws unless the actor may delete the contact now: its guide the same day, or contacts:delete_any. */
export function assertMayDelete(contact: CorrectableContact, actor: Actor, now: Date): void {
  if (can(actor, 'contacts:delete_any')) return;
  assertMayCorrect(contact, actor, now);
}

/** Whether the actor may delete the contact now (the same rule as assertMayDelete). */
export function mayDelete(contact: CorrectableContact, actor: Actor, now: Date): boolean {
  return can(actor, 'contacts:delete_any') || correctionRefusal(contact, actor, now) === null;
}

export function maySeeRevisions(contact: { loggedByUserId: string }, actor: Actor): boolean {
  return contact.loggedByUserId === actor.userId || can(actor, 'contacts:read_all');
}
