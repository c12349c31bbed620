/** The surveys and survey_versions tables (0021): every query inside the tenant (row-level security). */
import type { InvitationRules } from '../../../core/surveys/invitations.js';
import type { SurveyDefinition } from '../../../core/surveys/questions.js';
import type { SurveyAudience, TemplateKey } from '../../../core/surveys/templates.js';
import type { SqlClient } from '../../../db/database.js';

export type SurveyStatus = 'draft' | 'active' | 'paused' | 'closed';

export interface SurveyRow {
  id: string;
  templateKey: TemplateKey | null;
  name: string;
  nameEn: string | null;
  audience: SurveyAudience;
  status: SurveyStatus;
  rules: InvitationRules;
  linkValidDays: number;
  reminderAfterDays: number | null;
  version: number;
  definition: SurveyDefinition;
  /** Invitations made for the current version: once there is one, a change makes a new version. */
  versionInvitations: number;
  invitations: number;
  answered: number;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT = `
  SELECT s.id, s.template_key AS "templateKey", s.name, s.name_en AS "nameEn", s.audience, s.status,
         s.rules, s.link_valid_days AS "linkValidDays", s.reminder_after_days AS "reminderAfterDays",
         v.number AS version, v.definition,
         (SELECT count(*)::int FROM survey_invitations i
           WHERE i.survey_id = s.id AND i.version = v.number) AS "versionInvitations",
         (SELECT count(*)::int FROM survey_invitations i WHERE i.survey_id = s.id) AS invitations,
         (SELECT count(*)::int FROM survey_invitations i
           WHERE i.survey_id = s.id AND i.first_answer_at IS NOT NULL) AS answered,
         s.created_at AS "createdAt", s.updated_at AS "updatedAt"
    FROM surveys s
    JOIN LATERAL (SELECT number, definition FROM survey_versions
                   WHERE survey_id = s.id ORDER BY number DESC LIMIT 1) v ON true`;

export async function listSurveys(client: SqlClient): Promise<SurveyRow[]> {
  return client.query<SurveyRow>(`${SELECT} ORDER BY s.status = 'closed', s.created_at DESC`);
}

export async function readSurvey(client: SqlClient, id: string, lock = false): Promise<SurveyRow | null> {
  if (lock) await client.query('SELECT 1 FROM surveys WHERE id = $1 FOR UPDATE', [id]);
  const rows = await client.query<SurveyRow>(`${SELECT} WHERE s.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface NewSurvey {
  templateKey: TemplateKey | null;
  name: string;
  nameEn: string | null;
  audience: SurveyAudience;
  rules: InvitationRules;
  definition: SurveyDefinition;
  userId: string;
}

export async function insertSurvey(client: SqlClient, survey: NewSurvey): Promise<string> {
  const [row] = await client.query<{ id: string }>(
    `WITH s AS (
       INSERT INTO surveys (tenant_id, template_key, name, name_en, audience, rules, created_by_user_id, updated_by_user_id)
       VALUES (lots_current_tenant(), $1, $2, $3, $4, $5::jsonb, $6, $6) RETURNING id)
     INSERT INTO survey_versions (tenant_id, survey_id, number, definition, created_by_user_id)
     SELECT lots_current_tenant(), s.id, 1, $7::jsonb, $6 FROM s RETURNING survey_id AS id`,
    [
      survey.templateKey,
      survey.name,
      survey.nameEn,
      survey.audience,
      JSON.stringify(survey.rules),
      survey.userId,
      JSON.stringify(survey.definition),
    ],
  );
  return row!.id;
}

export interface SurveyChanges {
  name?: string;
  nameEn?: string | null;
  status?: SurveyStatus;
  rules?: InvitationRules;
  linkValidDays?: number;
  reminderAfterDays?: number | null;
}

export async function updateSurvey(
  client: SqlClient,
  id: string,
  changes: SurveyChanges,
  userId: string,
): Promise<void> {
  await client.run(
    `UPDATE surveys SET
       name = CASE WHEN $2 THEN $3 ELSE name END,
       name_en = CASE WHEN $4 THEN $5 ELSE name_en END,
       status = CASE WHEN $6 THEN $7 ELSE status END,
       rules = CASE WHEN $8 THEN $9::jsonb ELSE rules END,
       link_valid_days = CASE WHEN $10 THEN $11::int ELSE link_valid_days END,
       reminder_after_days = CASE WHEN $12 THEN $13::int ELSE reminder_after_days END,
       updated_by_user_id = $14, updated_at = now()
     WHERE id = $1`,
    [
      id,
      changes.name !== undefined,
      changes.name ?? null,
      changes.nameEn !== undefined,
      changes.nameEn ?? null,
      changes.status !== undefined,
      changes.status ?? null,
      changes.rules !== undefined,
      changes.rules ? JSON.stringify(changes.rules) : null,
      changes.linkValidDays !== undefined,
      changes.linkValidDays ?? null,
      changes.reminderAfterDays !== undefined,
      changes.reminderAfterDays ?? null,
      userId,
    ],
  );
}

/** Before the first invitation of a version: its questions are changed where they are. */
export async function replaceDefinition(
  client: SqlClient,
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
): Promise<void> {
  await client.run('UPDATE survey_versions SET definition = $3::jsonb WHERE survey_id = $1 AND number = $2', [
    surveyId,
    version,
    JSON.stringify(definition),
  ]);
}

export async function insertVersion(
  client: SqlClient,
  surveyId: string,
  version: number,
  definition: SurveyDefinition,
  userId: string,
): Promise<void> {
  await client.run(
    `INSERT INTO survey_versions (tenant_id, survey_id, number, definition, created_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3::jsonb, $4)`,
    [surveyId, version, JSON.stringify(definition), userId],
  );
}
