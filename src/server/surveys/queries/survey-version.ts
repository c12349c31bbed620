import type { SurveyDefinition } from '../../../core/surveys/questions.js';
import type { TemplateKey } from '../../../core/surveys/templates.js';
import type { SqlClient } from '../../../db/database.js';

export interface SurveyVersionRow {
  templateKey: TemplateKey | null;
  name: string;
  nameEn: string | null;
  /** The version asked for, or the current one. */
  version: number;
  /** Null when the survey has no such version. */
  definition: SurveyDefinition | null;
}

/**
 * A survey's template and one version's questions (the current version when none is asked for),
 * for reading its results: no count of its invitations (readSurvey's), which a year of them makes slow.
 */
export async function readSurveyVersion(
  client: SqlClient,
  id: string,
  version: number | null,
): Promise<SurveyVersionRow | null> {
  const rows = await client.query<SurveyVersionRow>(
    `SELECT s.template_key AS "templateKey", s.name, s.name_en AS "nameEn", coalesce($2::int, c.number) AS version,
            (SELECT definition FROM survey_versions v WHERE v.survey_id = s.id AND v.number = coalesce($2::int, c.number))
              AS definition
       FROM surveys s
       JOIN LATERAL (SELECT max(number) AS number FROM survey_versions WHERE survey_id = s.id) c ON true
      WHERE s.id = $1`,
    [id, version],
  );
  return rows[0] ?? null;
}
