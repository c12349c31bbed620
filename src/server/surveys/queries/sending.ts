/** What the sender reads and writes (0021): invitations due, their addresses, and what was sent. */
import type { SurveyDefinition } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export interface DueMessage {
  invitationId: string;
  medium: 'email' | 'sms';
  address: string;
  linkToken: string;
  expiresAt: Date;
  definition: SurveyDefinition;
  reminder: boolean;
}

/** Invitations to send now, and reminders due (sent, unanswered, the reminder's days passed), of active surveys. */
export async function readDueMessages(client: SqlClient, now: Date, limit: number): Promise<DueMessage[]> {
  return client.query<DueMessage>(
    `SELECT i.id AS "invitationId", i.medium, a.address, a.link_token AS "linkToken", i.expires_at AS "expiresAt",
            v.definition, i.sent_at IS NOT NULL AS reminder
       FROM survey_invitations i
       JOIN survey_addresses a ON a.invitation_id = i.id
       JOIN surveys s ON s.id = i.survey_id AND s.status = 'active'
       JOIN survey_versions v ON v.survey_id = i.survey_id AND v.number = i.version
      WHERE i.expires_at > $1 AND i.bounced_at IS NULL AND i.medium IN ('email', 'sms')
        AND ((i.sent_at IS NULL AND i.send_at <= $1)
          OR (i.sent_at IS NOT NULL AND i.reminder_sent_at IS NULL AND i.first_answer_at IS NULL
              AND s.reminder_after_days IS NOT NULL
              AND i.sent_at + make_interval(days => s.reminder_after_days) <= $1))
      ORDER BY i.send_at
      LIMIT $2`,
    [now, limit],
  );
}

export async function markSent(
  client: SqlClient,
  invitationId: string,
  reminder: boolean,
  at: Date,
): Promise<void> {
  await client.run(
    reminder
      ? 'UPDATE survey_invitations SET reminder_sent_at = $2 WHERE id = $1'
      : 'UPDATE survey_invitations SET sent_at = $2 WHERE id = $1',
    [invitationId, at],
  );
}

export async function markBounced(client: SqlClient, invitationId: string, at: Date): Promise<void> {
  await client.run('UPDATE survey_invitations SET bounced_at = $2 WHERE id = $1', [invitationId, at]);
}

/**
 * Deletes every address no message will need any more: its invitation bounced, expired, was
 * answered after it was sent, or has had its last message (no reminder set, or the reminder
 * sent), or its survey was closed. Returns how many went.
 */
export async function deleteSpentAddresses(client: SqlClient, now: Date): Promise<number> {
  return client.run(
    `DELETE FROM survey_addresses a USING survey_invitations i, surveys s
      WHERE i.id = a.invitation_id AND s.id = i.survey_id
        AND (i.bounced_at IS NOT NULL OR i.expires_at <= $1 OR s.status = 'closed'
          OR (i.sent_at IS NOT NULL AND (i.first_answer_at IS NOT NULL OR s.reminder_after_days IS NULL
                                         OR i.reminder_sent_at IS NOT NULL)))`,
    [now],
  );
}
