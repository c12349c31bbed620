/** Making survey invitations (0021): one per contact and survey, with the contact's traits copied. */
import type { SqlClient } from '../../../db/database.js';

export interface NewInvitation {
  surveyId: string;
  version: number;
  linkHash: string;
  medium: 'email' | 'sms' | 'link';
  contactId: string | null;
  unitId: string | null;
  sendAt: Date;
  expiresAt: Date;
}

/**
 * Inserts the invitation; for a contact, copies its day, channel, topic, need, unit and resolution
 * (the answers are read by those, never by who the citizen is). Null when the contact does not
 * exist (or is deleted) or already has an invitation to this survey.
 */
export async function insertInvitation(client: SqlClient, invitation: NewInvitation): Promise<string | null> {
  const rows = await client.query<{ id: string }>(
    `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_id, contact_day,
                                     channel, topic_id, need, unit_id, resolution, send_at, expires_at)
     SELECT lots_current_tenant(), $1, $2, $3, $4, c.id, c.local_day, c.channel, c.topic_id, c.need,
            coalesce(c.unit_id, $6), c.resolution, $7, $8
       FROM (SELECT NULL::uuid AS id, NULL::date AS local_day, NULL::text AS channel, NULL::uuid AS topic_id,
                    NULL::text AS need, NULL::uuid AS unit_id, NULL::text AS resolution
              WHERE $5::uuid IS NULL
             UNION ALL
             SELECT id, local_day, channel, topic_id, need, owner_unit_id, resolution
               FROM contacts WHERE id = $5::uuid AND deleted_at IS NULL) c
     ON CONFLICT (tenant_id, survey_id, contact_id) DO NOTHING
     RETURNING id`,
    [
      invitation.surveyId,
      invitation.version,
      invitation.linkHash,
      invitation.medium,
      invitation.contactId,
      invitation.unitId,
      invitation.sendAt,
      invitation.expiresAt,
    ],
  );
  return rows[0]?.id ?? null;
}
