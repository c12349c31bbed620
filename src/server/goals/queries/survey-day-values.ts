/**
 * A survey measure's respondents per day and value (core/surveys/survey-measures.ts): for each day
 * of the contacts asked about (the day of sending for a link without a contact), how many
 * respondents had each value: their answer to the question, or their mean over the dimension's
 * questions they answered, counting only questions asked (a conditional question only after one
 * of its leading answers). One row per day and distinct value, so a year is a few thousand rows.
 *
 * This reads survey_answers directly. When the survey counts kept per day by triggers (issue 15a)
 * exist, this is the one file to switch: the same rows (day, value, count) from those counts.
 */
import type { RespondentValueCount, ScopeQuestion } from '../../../core/surveys/survey-measures.js';
import type { SqlClient } from '../../../db/database.js';

export interface SurveyDayValue extends RespondentValueCount {
  day: string;
}

export async function readSurveyDayValues(
  client: SqlClient,
  surveyId: string,
  from: string,
  to: string,
  questions: readonly ScopeQuestion[],
): Promise<SurveyDayValue[]> {
  if (questions.length === 0) return [];
  const rows = await client.query<{ day: string; value: string; count: number }>(
    `WITH inv AS (
       SELECT i.id, i.version, coalesce(i.contact_day, (i.send_at AT TIME ZONE 'Europe/Stockholm')::date) AS day
         FROM survey_invitations i
        WHERE i.tenant_id = lots_current_tenant() AND i.survey_id = $1
          AND coalesce(i.contact_day, (i.send_at AT TIME ZONE 'Europe/Stockholm')::date) BETWEEN $2::date AND $3::date),
     counted AS (
       SELECT inv.day, a.invitation_id, (a.value #>> '{}')::numeric AS grade
         FROM inv
         JOIN jsonb_to_recordset($4::jsonb) AS q(version integer, key text, cond text, "any" text[])
           ON q.version = inv.version
         JOIN survey_answers a ON a.tenant_id = lots_current_tenant() AND a.invitation_id = inv.id AND a.question_key = q.key
         LEFT JOIN survey_answers c ON q.cond IS NOT NULL AND c.tenant_id = lots_current_tenant()
           AND c.invitation_id = a.invitation_id AND c.question_key = q.cond
        WHERE q.cond IS NULL OR (c.value #>> '{}') = ANY (q."any")),
     means AS (SELECT day, invitation_id, avg(grade) AS value FROM counted GROUP BY day, invitation_id)
     SELECT to_char(day, 'YYYY-MM-DD') AS day, value::text AS value, count(*)::int AS count
       FROM means GROUP BY day, value ORDER BY day, value`,
    [surveyId, from, to, JSON.stringify(questions)],
  );
  return rows.map((r) => ({ day: r.day, value: Number(r.value), count: r.count }));
}
