/**
 * A guide gives the address a citizen agreed to be asked at (issue #15): on their own contact,
 * within a day of it. The address goes to its own table, never into the contact; it is deleted
 * when the decision whether to invite is made (plan-invitations.ts).
 */
import type { Actor } from '../../core/auth/roles.js';
import { surveyAddressOf } from '../../core/surveys/address.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, notFound } from '../http/problem.js';
import { readOwnContact, upsertContactAddress } from './queries/addresses.js';

/** How long after a contact its guide may still give an address for it. */
export const ADDRESS_WINDOW_MS = 24 * 3_600_000;

export async function giveAddress({
  db,
  actor,
  contactId,
  text,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  contactId: string;
  text: string;
  now?: Date;
}): Promise<{ medium: 'email' | 'sms' }> {
  const parsed = surveyAddressOf(text);
  if ('problem' in parsed)
    throw badRequest('validation_failed', [{ pointer: '/body/address', code: parsed.problem }]);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const contact = await readOwnContact(client, contactId, actor.userId);
    if (!contact) throw notFound();
    if (now.getTime() - contact.startedAt.getTime() > ADDRESS_WINDOW_MS) {
      throw badRequest('validation_failed', [{ pointer: '/params/id', code: 'contact_too_old_for_survey' }]);
    }
    await upsertContactAddress(client, contactId, parsed.medium, parsed.address, actor.userId);
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'survey.address_given',
      entityType: 'survey_address',
      entityId: contactId,
      details: { medium: parsed.medium },
    });
    return { medium: parsed.medium };
  });
}
