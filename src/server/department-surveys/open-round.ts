/**
 * Opening a round of a departments' survey (issue #15): one per period, its invitations made for
 * every department contact and named recipient (core/surveys/department-rounds.ts), each with a
 * single-use link (only its SHA-256 stored; the token waits with the address until the last
 * message), sent by the survey sender's minute run (surveys/send-invitations.ts) with the
 * survey's reminder. The survey must be active: a paused one would send nothing.
 */
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { roundPeriodBounds, roundPeriodOf, roundRecipients } from '../../core/surveys/department-rounds.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { conflict, notFound } from '../http/problem.js';
import { linkHash, newLinkToken } from '../surveys/link.js';
import { readSurvey } from '../surveys/queries/surveys.js';
import { readDepartmentContacts } from './queries/department-contacts.js';
import { insertRoundInvitation } from './queries/insert-round-invitation.js';
import { listNamedRecipients } from './queries/named-recipients.js';
import { insertRound } from './queries/rounds.js';

export interface OpenedRound {
  id: string;
  period: string;
  from: string;
  to: string;
  invitations: number;
  departments: number;
}

export async function openRound({
  db,
  actor,
  surveyId,
  period: asked,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
  /** Default: the tertial of today. */
  period?: string | undefined;
  now?: Date;
}): Promise<OpenedRound> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, surveyId, true);
    if (!survey || survey.audience !== 'departments') throw notFound();
    if (survey.status !== 'active') throw conflict('survey_not_active');
    const period = asked ?? roundPeriodOf(calendarDayOf(now));
    const bounds = roundPeriodBounds(period)!;
    const id = await insertRound(client, { surveyId, period, ...bounds }, actor.userId);
    if (id === null) throw conflict('round_exists', [{ pointer: '/body/period', code: 'round_exists' }]);
    const named = await listNamedRecipients(client, surveyId);
    const recipients = roundRecipients(await readDepartmentContacts(client), named);
    const expiresAt = new Date(now.getTime() + survey.linkValidDays * 86_400_000);
    for (const r of recipients) {
      const token = newLinkToken();
      await insertRoundInvitation(client, {
        roundId: id,
        surveyId,
        version: survey.version,
        departmentId: r.departmentId,
        day: bounds.to,
        linkHash: linkHash(token),
        linkToken: token,
        address: r.address,
        sendAt: now,
        expiresAt,
      });
    }
    const departments = new Set(recipients.map((r) => r.departmentId)).size;
    // Counts only: the addresses are in survey_addresses until sent.
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'department_survey_round.opened',
      entityType: 'department_survey_round',
      entityId: id,
      details: { surveyId, period, invitations: recipients.length, departments },
    });
    return { id, period, ...bounds, invitations: recipients.length, departments };
  });
}
