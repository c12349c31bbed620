/**
 * The respondents behind a survey figure, newest contact day first (the drill-down): the
 * invitations with an answer that counts (survey_invitation_tallies, migration 0022, so exactly
 * those the figures count) in the period and filters of the results, optionally only those with a
 * counted answer to one question (of one value; satisfied or not) or with a mean in one dimension
 * (satisfied or not), inside the asker's units when the asker sees only some. Each with its
 * contact's channel, topic, need, unit, resolution and day and its counted answers; never the
 * address, the contact or its guide.
 */
import type { AnswerValue } from '../../../core/surveys/questions.js';
import type { SqlClient } from '../../../db/database.js';
import type { ResultFilter } from './result-counts.js';

export interface AnswersFilter extends ResultFilter {
  question: string | null;
  /** The value as stored: a number, a choice key; a key found in a list of several choices. */
  value: AnswerValue | null;
  dimension: string | null;
  /** The dimension's question when it has only one (0022 keeps no means for it). */
  dimensionQuestion: string | null;
  satisfied: boolean | null;
  /** Satisfied from this answer (4 on a 1-5 scale, 9 on 0-10); the dimension's mean from 4. */
  satisfiedFrom: number | null;
  /** Only invitations about these units and the units below them; null: all. */
  unitScope: string[] | null;
  after: { day: string; id: string } | null;
  limit: number;
}

export interface AnswersRow {
  id: string;
  day: string;
  channel: string | null;
  topic_id: string | null;
  topic_name: string | null;
  need: string | null;
  unit_id: string | null;
  unit_name: string | null;
  resolution: string | null;
  answered_at: Date | null;
  answers: [string, AnswerValue][];
}

export async function readAnswersBehind(
  client: SqlClient,
  surveyId: string,
  f: AnswersFilter,
): Promise<AnswersRow[]> {
  return client.query<AnswersRow>(
    `WITH RECURSIVE scope AS (
       SELECT id FROM units WHERE id = ANY($16::uuid[])
       UNION
       SELECT u.id FROM units u JOIN scope s ON u.parent_id = s.id
     )
     SELECT t.invitation_id AS id, to_char(t.day, 'YYYY-MM-DD') AS day, t.channel, t.topic_id, tp.name AS topic_name,
            t.need, t.unit_id, un.name AS unit_name, t.resolution, i.first_answer_at AS answered_at,
            (SELECT coalesce(jsonb_agg(jsonb_build_array(a.question_key, a.value)), '[]'::jsonb)
               FROM survey_answers a
              WHERE a.invitation_id = t.invitation_id
                AND EXISTS (SELECT 1 FROM jsonb_array_elements(t.answers) e WHERE e ->> 0 = a.question_key)) AS answers
       FROM survey_invitation_tallies t
       JOIN survey_invitations i ON i.id = t.invitation_id
       LEFT JOIN topics tp ON tp.id = t.topic_id
       LEFT JOIN units un ON un.id = t.unit_id
      WHERE t.respondent AND t.survey_id = $1 AND t.version = $2 AND t.day BETWEEN $3::date AND $4::date
        AND ($5::text IS NULL OR t.channel = $5) AND ($6::uuid IS NULL OR t.topic_id = $6)
        AND ($7::text IS NULL OR t.need = $7) AND ($8::uuid IS NULL OR t.unit_id = $8)
        AND ($9::text IS NULL OR t.resolution = $9)
        AND ($10::text IS NULL OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(t.answers) e
               WHERE e ->> 0 = $10 AND ($11::jsonb IS NULL OR e -> 1 @> $11::jsonb)
                 AND ($13::boolean IS NULL OR (jsonb_typeof(e -> 1) = 'number' AND ((e ->> 1)::numeric >= $14::numeric) = $13))))
        AND ($12::text IS NULL OR ($20::text IS NULL AND EXISTS (
              SELECT 1 FROM jsonb_array_elements(t.means) m
               WHERE m ->> 0 = $12
                 AND ($13::boolean IS NULL OR ((m ->> 1)::numeric / (m ->> 2)::numeric >= 4) = $13)))
            OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(t.answers) e
               WHERE e ->> 0 = $20 AND jsonb_typeof(e -> 1) = 'number'
                 AND ($13::boolean IS NULL OR ((e ->> 1)::numeric >= 4) = $13)))
        AND ($15::boolean OR t.unit_id IN (SELECT id FROM scope))
        AND ($17::date IS NULL OR (t.day, t.invitation_id) < ($17::date, $18::uuid))
      ORDER BY t.day DESC, t.invitation_id DESC
      LIMIT $19`,
    [
      surveyId,
      f.version,
      f.from,
      f.to,
      f.channel,
      f.topicId,
      f.need,
      f.unitId,
      f.resolution,
      f.question,
      f.value === null ? null : JSON.stringify(f.value),
      f.dimension,
      f.satisfied,
      f.satisfiedFrom,
      f.unitScope === null,
      f.unitScope ?? [],
      f.after?.day ?? null,
      f.after?.id ?? null,
      f.limit,
      f.dimensionQuestion,
    ],
  );
}
