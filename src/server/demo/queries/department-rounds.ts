/**
 * The demo's department rounds (seed-department-surveys.ts): the links a round's invitations wait
 * to be sent with, and the round finished as if mailed (sent when opened, addresses deleted).
 */
import type { Database } from '../../../db/database.js';
import { withTenantClient } from '../../../db/tenant-context.js';

export async function readDemoRoundLinks(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<{ invitationId: string; departmentId: string; token: string }[]> {
  return withTenantClient(db, tenantId, (client) =>
    client.query<{ invitationId: string; departmentId: string; token: string }>(
      `SELECT i.id AS "invitationId", i.unit_id AS "departmentId", a.link_token AS token
         FROM department_survey_invitations d
         JOIN survey_invitations i ON i.id = d.invitation_id
         JOIN survey_addresses a ON a.invitation_id = i.id
         JOIN units u ON u.id = i.unit_id
        WHERE d.round_id = $1
        ORDER BY u.name, a.address`,
      [roundId],
    ),
  );
}

export async function finishDemoRound(db: Database, tenantId: string, roundId: string): Promise<void> {
  await withTenantClient(db, tenantId, async (client) => {
    await client.run(
      `UPDATE survey_invitations i SET sent_at = i.send_at
         FROM department_survey_invitations d WHERE d.invitation_id = i.id AND d.round_id = $1`,
      [roundId],
    );
    await client.run(
      `DELETE FROM survey_addresses a USING department_survey_invitations d
        WHERE d.invitation_id = a.invitation_id AND d.round_id = $1`,
      [roundId],
    );
  });
}
