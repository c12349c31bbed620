/**
 * The demo's survey invitations in one statement per chunk (rows as one JSON parameter, unpacked
 * by jsonb_to_recordset, like the demo's contacts), with the contact's traits as the survey run
 * would have copied them. Inside withTenantClient: row-level security applies, and any counts kept
 * by triggers on survey_invitations follow as they do for every writer.
 */
import type { SqlClient } from '../../../db/database.js';

export interface InvitationRow {
  id: string;
  survey_id: string;
  version: number;
  link_hash: string;
  medium: string;
  contact_id: string;
  contact_day: string;
  channel: string;
  topic_id: string;
  need: string;
  unit_id: string;
  resolution: string;
  send_at: string;
  sent_at: string;
  bounced_at: string | null;
  opened_at: string | null;
  first_answer_at: string | null;
  completed_at: string | null;
  expires_at: string;
}

export async function insertSurveyInvitations(
  client: SqlClient,
  rows: readonly InvitationRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await client.run(
    `INSERT INTO survey_invitations (tenant_id, id, survey_id, version, link_hash, medium, contact_id, contact_day,
                                     channel, topic_id, need, unit_id, resolution, send_at, sent_at, bounced_at,
                                     opened_at, first_answer_at, completed_at, expires_at, created_at)
     SELECT lots_current_tenant(), r.id, r.survey_id, r.version, r.link_hash, r.medium, r.contact_id, r.contact_day,
            r.channel, r.topic_id, r.need, r.unit_id, r.resolution, r.send_at, r.sent_at, r.bounced_at,
            r.opened_at, r.first_answer_at, r.completed_at, r.expires_at, r.send_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, survey_id uuid, version integer, link_hash text, medium text,
              contact_id uuid, contact_day date, channel text, topic_id uuid, need text, unit_id uuid,
              resolution text, send_at timestamptz, sent_at timestamptz, bounced_at timestamptz,
              opened_at timestamptz, first_answer_at timestamptz, completed_at timestamptz, expires_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}
