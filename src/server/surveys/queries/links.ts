/**
 * The public side of survey links (0021): which tenant a link belongs to (through
 * lots_survey_link_tenant, without a tenant), the invitation behind it with its questions and
 * answers so far, and the writes an answer makes.
 */
import type { AnswerValue, SurveyDefinition } from '../../../core/surveys/questions.js';
import type { Database, SqlClient } from '../../../db/database.js';

export async function findLinkTenant(db: Database, hash: string): Promise<string | null> {
  return db.transaction(
    async (client) => {
      const [row] = await client.query<{ tenant: string | null }>(
        'SELECT lots_survey_link_tenant($1) AS tenant',
        [hash],
      );
      return row?.tenant ?? null;
    },
    { prelude: "SELECT set_config('role', 'lots_app', true)" },
  );
}

export interface LinkRow {
  invitationId: string;
  surveyName: string;
  surveyNameEn: string | null;
  surveyStatus: string;
  definition: SurveyDefinition;
  sendAt: Date;
  expiresAt: Date;
  openedAt: Date | null;
  completedAt: Date | null;
  answers: Record<string, AnswerValue>;
}

/** The invitation of a link with its survey's questions and the answers stored; locked for an answer. */
export async function readLink(client: SqlClient, hash: string, lock: boolean): Promise<LinkRow | null> {
  const rows = await client.query<LinkRow>(
    `SELECT i.id AS "invitationId", s.name AS "surveyName", s.name_en AS "surveyNameEn", s.status AS "surveyStatus",
            v.definition, i.send_at AS "sendAt", i.expires_at AS "expiresAt", i.opened_at AS "openedAt",
            i.completed_at AS "completedAt",
            coalesce((SELECT jsonb_object_agg(a.question_key, a.value) FROM survey_answers a
                       WHERE a.invitation_id = i.id), '{}'::jsonb) AS answers
       FROM survey_invitations i
       JOIN surveys s ON s.id = i.survey_id
       JOIN survey_versions v ON v.survey_id = i.survey_id AND v.number = i.version
      WHERE i.link_hash = $1
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function markOpened(client: SqlClient, invitationId: string, at: Date): Promise<void> {
  await client.run('UPDATE survey_invitations SET opened_at = $2 WHERE id = $1 AND opened_at IS NULL', [
    invitationId,
    at,
  ]);
}

/**
 * Stores one answer (a repeated submit of the same question replaces it: one answer per
 * question), and marks the invitation answered and, when complete, completed.
 */
export async function storeAnswer(
  client: SqlClient,
  invitationId: string,
  questionKey: string,
  value: AnswerValue,
  at: Date,
  complete: boolean,
): Promise<void> {
  await client.run(
    `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value, answered_at)
     VALUES (lots_current_tenant(), $1, $2, $3::jsonb, $4)
     ON CONFLICT (tenant_id, invitation_id, question_key) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at`,
    [invitationId, questionKey, JSON.stringify(value), at],
  );
  await client.run(
    `UPDATE survey_invitations SET
       opened_at = coalesce(opened_at, $2),
       first_answer_at = coalesce(first_answer_at, $2),
       completed_at = CASE WHEN $3 THEN coalesce(completed_at, $2) ELSE completed_at END
     WHERE id = $1`,
    [invitationId, at, complete],
  );
}
