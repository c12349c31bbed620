/**
 * One invitation of a round (0021, 0023): about the department (unit_id), counted on the period's
 * last day (contact_day), by e-mail, and tied to its round; the address and the link's token wait
 * in survey_addresses for the sender (surveys/send-invitations.ts), which also sends the reminder.
 */
import type { SqlClient } from '../../../db/database.js';

export interface RoundInvitation {
  roundId: string;
  surveyId: string;
  version: number;
  departmentId: string;
  day: string;
  linkHash: string;
  linkToken: string;
  address: string;
  sendAt: Date;
  expiresAt: Date;
}

export async function insertRoundInvitation(client: SqlClient, invitation: RoundInvitation): Promise<string> {
  const [row] = await client.query<{ id: string }>(
    `WITH i AS (
       INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, unit_id,
                                       send_at, expires_at)
       VALUES (lots_current_tenant(), $2, $3, $4, 'email', $5, $6, $7, $8)
       RETURNING id),
     d AS (INSERT INTO department_survey_invitations (tenant_id, invitation_id, round_id)
           SELECT lots_current_tenant(), i.id, $1 FROM i),
     a AS (INSERT INTO survey_addresses (tenant_id, invitation_id, address, link_token)
           SELECT lots_current_tenant(), i.id, $9, $10 FROM i)
     SELECT id FROM i`,
    [
      invitation.roundId,
      invitation.surveyId,
      invitation.version,
      invitation.linkHash,
      invitation.day,
      invitation.departmentId,
      invitation.sendAt,
      invitation.expiresAt,
      invitation.address,
      invitation.linkToken,
    ],
  );
  return row!.id;
}
