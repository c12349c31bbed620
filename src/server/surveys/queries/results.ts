/**
 * The invitations of a survey in a period with their traits and answers (0021), for the results:
 * one row per invitation, its answers as one object. The period is the contact's day (the day the
 * invitation was sent for invitations without a contact).
 */
import type { AnswerValue } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export interface ResultFilter {
  from: string;
  to: string;
  version: number | null;
  channel: string | null;
  topicId: string | null;
  need: string | null;
  unitId: string | null;
  resolution: string | null;
}

export interface InvitationAnswers {
  version: number;
  channel: string | null;
  need: string | null;
  unitId: string | null;
  unitName: string | null;
  resolution: string | null;
  month: string;
  delivered: boolean;
  answers: Record<string, AnswerValue> | null;
}

export async function readInvitationAnswers(
  client: SqlClient,
  surveyId: string,
  f: ResultFilter,
): Promise<InvitationAnswers[]> {
  return client.query<InvitationAnswers>(
    `SELECT i.version, i.channel, i.need, i.unit_id AS "unitId", u.name AS "unitName", i.resolution,
            to_char(d.day, 'YYYY-MM') AS month,
            i.sent_at IS NOT NULL AND i.bounced_at IS NULL AS delivered,
            (SELECT jsonb_object_agg(a.question_key, a.value) FROM survey_answers a WHERE a.invitation_id = i.id) AS answers
       FROM survey_invitations i
       CROSS JOIN LATERAL (SELECT coalesce(i.contact_day, (i.send_at AT TIME ZONE 'Europe/Stockholm')::date) AS day) d
       LEFT JOIN units u ON u.id = i.unit_id
      WHERE i.survey_id = $1 AND d.day BETWEEN $2::date AND $3::date
        AND ($4::int IS NULL OR i.version = $4)
        AND ($5::text IS NULL OR i.channel = $5)
        AND ($6::uuid IS NULL OR i.topic_id = $6)
        AND ($7::text IS NULL OR i.need = $7)
        AND ($8::uuid IS NULL OR i.unit_id = $8)
        AND ($9::text IS NULL OR i.resolution = $9)`,
    [surveyId, f.from, f.to, f.version, f.channel, f.topicId, f.need, f.unitId, f.resolution],
  );
}
