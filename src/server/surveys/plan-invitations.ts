/**
 * Deciding, for every address given since the last run, whether its contact is invited to a
 * survey and when (issue #15; the rules are core/surveys/invitations.ts). The municipality's
 * active citizen surveys are tried oldest first; the first that invites wins (one invitation per
 * contact: nobody gets two surveys about one call). The address is copied to the invitation
 * when there is one, and deleted from the contact either way, in the same transaction. The
 * quarantine is kept by HMAC of the address, and updated at once, so two contacts from one person
 * in one run give one invitation.
 */
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf, MUNICIPAL_TIME_ZONE } from '../../core/contacts/calendar-day.js';
import { decideInvitation, type Medium, type NoInvitation } from '../../core/surveys/invitations.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import {
  deleteAddressesOfDeletedContacts,
  deleteContactAddress,
  insertInvitationAddress,
  lastInvited,
  plannedPerDay,
  readPendingAddresses,
  recordInvited,
  tenantSecret,
} from './queries/addresses.js';
import { insertInvitation } from './queries/invitations.js';
import { listSurveys } from './queries/surveys.js';
import { linkHash, newLinkToken } from './link.js';
import { addressKey, newSecret } from './quarantine.js';

export interface PlanResult {
  invited: number;
  /** Addresses given but not invited, by reason; 'no_sender' when no way to send to the medium is set up. */
  notInvited: Partial<Record<NoInvitation | 'no_survey' | 'no_sender', number>>;
  /** Addresses of contacts deleted before the decision. */
  dropped: number;
}

/** At most this many addresses are decided per tenant and run (a run is every minute). */
const BATCH = 2_000;

export async function planInvitations({
  db,
  tenantId,
  media,
  now = new Date(),
}: {
  db: Database;
  tenantId: string;
  /** The media Lots can send now (e-mail with an SMTP server and a public address; text messages with a provider). */
  media: ReadonlySet<Medium>;
  now?: Date;
}): Promise<PlanResult> {
  return withTenantClient(db, tenantId, async (client) => {
    const result: PlanResult = {
      invited: 0,
      notInvited: {},
      dropped: await deleteAddressesOfDeletedContacts(client),
    };
    const pending = await readPendingAddresses(client, BATCH);
    if (pending.length === 0) return result;
    const surveys = (await listSurveys(client))
      .filter((s) => s.status === 'active' && s.audience === 'citizens')
      .reverse();
    const secret = await tenantSecret(client, newSecret());
    const today = calendarDayOf(now, MUNICIPAL_TIME_ZONE);
    const planned = new Map(
      (await plannedPerDay(client, addDays(today, -1), MUNICIPAL_TIME_ZONE)).map((r) => [
        `${r.surveyId}|${r.day}`,
        r.count,
      ]),
    );
    const count = (reason: keyof PlanResult['notInvited']) => {
      result.notInvited[reason] = (result.notInvited[reason] ?? 0) + 1;
    };
    for (const a of pending) {
      await deleteContactAddress(client, a.contactId);
      if (!media.has(a.medium)) {
        count('no_sender');
        continue;
      }
      if (surveys.length === 0) {
        count('no_survey');
        continue;
      }
      const key = addressKey(secret, a.address);
      const last = await lastInvited(client, key);
      let reason: NoInvitation | null = null;
      for (const survey of surveys) {
        const decision = decideInvitation(
          {
            contactId: a.contactId,
            channel: a.channel,
            topicId: a.topicId,
            need: a.need,
            endedAt: a.endedAt,
            medium: a.medium,
          },
          survey.id,
          survey.rules,
          { lastInvitedAt: last, now, plannedOn: (day) => planned.get(`${survey.id}|${day}`) ?? 0 },
          MUNICIPAL_TIME_ZONE,
        );
        if (!decision.invite) {
          // The reason reported is the first survey's that came furthest (quarantine and cap over "not followed").
          if (reason === null || reason === 'not_followed' || reason === 'not_sampled')
            reason = decision.reason;
          continue;
        }
        const token = newLinkToken();
        const invitationId = await insertInvitation(client, {
          surveyId: survey.id,
          version: survey.version,
          linkHash: linkHash(token),
          medium: a.medium,
          contactId: a.contactId,
          unitId: null,
          sendAt: decision.sendAt,
          expiresAt: new Date(decision.sendAt.getTime() + survey.linkValidDays * 86_400_000),
        });
        if (!invitationId) continue;
        await insertInvitationAddress(client, invitationId, a.address, token);
        await recordInvited(client, key, decision.sendAt);
        planned.set(
          `${survey.id}|${decision.sendDay}`,
          (planned.get(`${survey.id}|${decision.sendDay}`) ?? 0) + 1,
        );
        reason = null;
        result.invited += 1;
        break;
      }
      if (reason !== null) count(reason);
    }
    return result;
  });
}
