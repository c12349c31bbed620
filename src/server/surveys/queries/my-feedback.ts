/**
 * The answers to one guide's own contacts (0021), newest first: for the guide's private page
 * ("Min återkoppling"). Read by the contacts the guide logged; nobody else's, and no figure that
 * compares guides.
 */
import type { AnswerValue, SurveyDefinition } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';

export interface FeedbackRow {
  contactDay: string;
  channel: string;
  topicName: string;
  surveyName: string;
  surveyNameEn: string | null;
  definition: SurveyDefinition;
  answeredAt: Date;
  answers: Record<string, AnswerValue>;
}

export async function readMyFeedback(
  client: SqlClient,
  userId: string,
  limit: number,
): Promise<FeedbackRow[]> {
  return client.query<FeedbackRow>(
    `SELECT to_char(i.contact_day, 'YYYY-MM-DD') AS "contactDay", c.channel, t.name AS "topicName",
            s.name AS "surveyName", s.name_en AS "surveyNameEn", v.definition, i.first_answer_at AS "answeredAt",
            (SELECT jsonb_object_agg(a.question_key, a.value) FROM survey_answers a WHERE a.invitation_id = i.id) AS answers
       FROM survey_invitations i
       JOIN contacts c ON c.id = i.contact_id AND c.logged_by_user_id = $1
       JOIN topics t ON t.id = c.topic_id
       JOIN surveys s ON s.id = i.survey_id
       JOIN survey_versions v ON v.survey_id = i.survey_id AND v.number = i.version
      WHERE i.first_answer_at IS NOT NULL
      ORDER BY i.first_answer_at DESC
      LIMIT $2`,
    [userId, limit],
  );
}
