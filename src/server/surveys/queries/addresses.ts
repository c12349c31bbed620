/**
 * Addresses for survey invitations (0021), kept apart from the contacts and only as long as
 * needed: contact_survey_addresses until the decision whether to invite; survey_addresses until
 * the invitation's last message has gone. The quarantine keeps an HMAC under the tenant's secret.
 */
import type { Channel, Need } from '../../../core/contacts/taxonomy.js';
import type { Medium } from '../../../core/surveys/invitations.js';
import type { SqlClient } from '../../../db/database.js';

/** The contact for an address: null when it does not exist, is deleted, or was logged by someone else. */
export async function readOwnContact(
  client: SqlClient,
  contactId: string,
  userId: string,
): Promise<{ startedAt: Date } | null> {
  const rows = await client.query<{ startedAt: Date }>(
    `SELECT started_at AS "startedAt" FROM contacts
      WHERE id = $1 AND logged_by_user_id = $2 AND deleted_at IS NULL`,
    [contactId, userId],
  );
  return rows[0] ?? null;
}

export async function upsertContactAddress(
  client: SqlClient,
  contactId: string,
  medium: Medium,
  address: string,
  userId: string,
): Promise<void> {
  await client.run(
    `INSERT INTO contact_survey_addresses (tenant_id, contact_id, medium, address, given_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3, $4)
     ON CONFLICT (tenant_id, contact_id) DO UPDATE SET medium = excluded.medium, address = excluded.address,
       given_by_user_id = excluded.given_by_user_id, given_at = now()`,
    [contactId, medium, address, userId],
  );
}

export interface PendingAddress {
  contactId: string;
  medium: Medium;
  address: string;
  channel: Channel;
  topicId: string;
  need: Need;
  endedAt: Date;
}

/** Addresses waiting for a decision, oldest first (a contact deleted meanwhile has none: see below). */
export async function readPendingAddresses(client: SqlClient, limit: number): Promise<PendingAddress[]> {
  return client.query<PendingAddress>(
    `SELECT a.contact_id AS "contactId", a.medium, a.address, c.channel, c.topic_id AS "topicId", c.need,
            c.started_at + make_interval(secs => c.duration_seconds) AS "endedAt"
       FROM contact_survey_addresses a
       JOIN contacts c ON c.id = a.contact_id AND c.deleted_at IS NULL
      ORDER BY a.given_at
      LIMIT $1`,
    [limit],
  );
}

/** Addresses of contacts deleted since they were given: nothing will be sent, so they go. */
export async function deleteAddressesOfDeletedContacts(client: SqlClient): Promise<number> {
  return client.run(
    `DELETE FROM contact_survey_addresses a USING contacts c
      WHERE c.id = a.contact_id AND c.deleted_at IS NOT NULL`,
  );
}

export async function deleteContactAddress(client: SqlClient, contactId: string): Promise<void> {
  await client.run('DELETE FROM contact_survey_addresses WHERE contact_id = $1', [contactId]);
}

/** The tenant's quarantine secret, made on first use. */
export async function tenantSecret(client: SqlClient, fresh: Uint8Array): Promise<Uint8Array> {
  await client.run(
    `INSERT INTO survey_secrets (tenant_id, secret) VALUES (lots_current_tenant(), $1)
     ON CONFLICT (tenant_id) DO NOTHING`,
    [fresh],
  );
  const [row] = await client.query<{ secret: Uint8Array }>('SELECT secret FROM survey_secrets');
  return row!.secret;
}

export async function lastInvited(client: SqlClient, hash: string): Promise<Date | null> {
  const rows = await client.query<{ at: Date }>(
    'SELECT last_invited_at AS at FROM survey_quarantine WHERE address_hash = $1',
    [hash],
  );
  return rows[0]?.at ?? null;
}

export async function recordInvited(client: SqlClient, hash: string, at: Date): Promise<void> {
  await client.run(
    `INSERT INTO survey_quarantine (tenant_id, address_hash, last_invited_at) VALUES (lots_current_tenant(), $1, $2)
     ON CONFLICT (tenant_id, address_hash) DO UPDATE
       SET last_invited_at = greatest(survey_quarantine.last_invited_at, excluded.last_invited_at)`,
    [hash, at],
  );
}

export async function insertInvitationAddress(
  client: SqlClient,
  invitationId: string,
  address: string,
  linkToken: string,
): Promise<void> {
  await client.run(
    `INSERT INTO survey_addresses (tenant_id, invitation_id, address, link_token)
     VALUES (lots_current_tenant(), $1, $2, $3)`,
    [invitationId, address, linkToken],
  );
}

/** Invitations of each survey planned per local day from `from` on (for the daily caps). */
export async function plannedPerDay(
  client: SqlClient,
  from: string,
  timeZone: string,
): Promise<{ surveyId: string; day: string; count: number }[]> {
  return client.query(
    `SELECT survey_id AS "surveyId", to_char((send_at AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
       FROM survey_invitations
      WHERE send_at >= ($1::date - 1)::timestamp AT TIME ZONE $2 AND medium <> 'link'
      GROUP BY 1, 2`,
    [from, timeZone],
  );
}
