/**
 * Sending what is due (issue #15): each invitation at its time, one reminder to those who have not
 * answered when the survey has one, and then the address is deleted. A message the mail server
 * refuses for good (a 5xx answer: no such mailbox) marks the invitation bounced, so the response
 * rate counts only invitations delivered; a passing failure (the server is down) is tried again
 * at the next run. Logs carry counts and error types only, never an address.
 */
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import type { Mailer } from '../signals/mailer.js';
import { readTenantName } from '../signals/queries/signal-subscriptions.js';
import { invitationMail } from './invitation-mail.js';
import { invitationText, SmsError, type SmsSender } from './sms.js';
import { deleteSpentAddresses, markBounced, markSent, readDueMessages } from './queries/sending.js';

export interface SendResult {
  sent: number;
  reminders: number;
  bounced: number;
  failed: number;
  addressesDeleted: number;
}

/** Messages per tenant and run; the rest wait for the next run, a minute later. */
const BATCH = 500;

function isPermanent(error: unknown): boolean {
  if (error instanceof SmsError) return error.permanent;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export async function sendInvitations({
  db,
  tenantId,
  mailer,
  sms = null,
  publicUrl,
  now = new Date(),
}: {
  db: Database;
  tenantId: string;
  mailer: Mailer | null;
  sms?: SmsSender | null;
  publicUrl: string | undefined;
  now?: Date;
}): Promise<SendResult> {
  const result: SendResult = { sent: 0, reminders: 0, bounced: 0, failed: 0, addressesDeleted: 0 };
  const { due, municipality } = await withTenantClient(db, tenantId, async (client) => ({
    due: await readDueMessages(client, now, BATCH),
    municipality: await readTenantName(client),
  }));
  for (const message of due) {
    if (!publicUrl || (message.medium === 'email' ? !mailer : !sms)) continue;
    const url = `${publicUrl.replace(/\/$/, '')}/e/${message.linkToken}`;
    const send =
      message.medium === 'sms'
        ? () =>
            sms!.send(message.address, invitationText(municipality, url, message.expiresAt, message.reminder))
        : () =>
            mailer!.send({
              to: message.address,
              ...invitationMail({
                municipality,
                definition: message.definition,
                url,
                expiresAt: message.expiresAt,
                reminder: message.reminder,
              }),
            });
    try {
      await send();
      await withTenantClient(db, tenantId, (client) =>
        markSent(client, message.invitationId, message.reminder, now),
      );
      if (message.reminder) result.reminders += 1;
      else result.sent += 1;
    } catch (error) {
      if (isPermanent(error)) {
        await withTenantClient(db, tenantId, (client) => markBounced(client, message.invitationId, now));
        result.bounced += 1;
      } else {
        result.failed += 1;
      }
    }
  }
  result.addressesDeleted = await withTenantClient(db, tenantId, (client) =>
    deleteSpentAddresses(client, now),
  );
  return result;
}
