/**
 * Test support: respondents of a survey written straight into the database (as the owner), each
 * an invitation with its answers, counted on the day given (the contact's day). For the survey
 * measures' tests, where the path by e-mail and answer page is not what is tested.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';

export interface Respondent {
  day: string;
  answers: Record<string, number | string | string[]>;
  unitId?: string | null;
}

export async function insertRespondents(
  db: Database,
  tenantId: string,
  surveyId: string,
  respondents: readonly Respondent[],
  version = 1,
): Promise<string[]> {
  return db.transaction(async (c) => {
    const ids: string[] = [];
    for (const r of respondents) {
      const [row] = await c.query<{ id: string }>(
        `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, unit_id,
           send_at, sent_at, first_answer_at, expires_at)
         VALUES ($1, $2, $3, $4, 'link', $5::date, $6, $5::date + time '12:00', $5::date + time '12:00',
           $5::date + time '13:00', $5::date + interval '14 days')
         RETURNING id`,
        [tenantId, surveyId, version, randomBytes(32).toString('hex'), r.day, r.unitId ?? null],
      );
      for (const [key, value] of Object.entries(r.answers)) {
        await c.query(
          `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value) VALUES ($1, $2, $3, $4::jsonb)`,
          [tenantId, row!.id, key, JSON.stringify(value)],
        );
      }
      ids.push(row!.id);
    }
    return ids;
  });
}
