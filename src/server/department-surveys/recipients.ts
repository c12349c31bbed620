/**
 * Named recipients of a departments' survey: addresses that answer for a department beside its
 * department contacts (a head of department, a shared mailbox). Only a department (a root unit)
 * can have them.
 */
import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { readSurvey } from '../surveys/queries/surveys.js';
import { readDepartmentsOf } from './queries/departments-of.js';
import {
  deleteNamedRecipient,
  insertNamedRecipient,
  listNamedRecipients,
  type NamedRecipientRow,
} from './queries/named-recipients.js';

interface Options {
  db: Database;
  actor: Actor;
  surveyId: string;
}

async function assertDepartmentSurvey(client: Parameters<typeof readSurvey>[0], surveyId: string) {
  const survey = await readSurvey(client, surveyId);
  if (!survey || survey.audience !== 'departments') throw notFound();
}

export async function recipientsOf({ db, actor, surveyId }: Options): Promise<NamedRecipientRow[]> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    await assertDepartmentSurvey(client, surveyId);
    return listNamedRecipients(client, surveyId);
  });
}

export async function changeRecipient({
  db,
  actor,
  surveyId,
  departmentId,
  address,
  remove,
}: Options & { departmentId: string; address: string; remove: boolean }): Promise<NamedRecipientRow[]> {
  const lower = address.toLowerCase();
  return withTenantClient(db, actor.tenantId, async (client) => {
    await assertDepartmentSurvey(client, surveyId);
    const [department] = await readDepartmentsOf(client, [departmentId]);
    if (department?.id !== departmentId)
      throw badRequest('validation_failed', [{ pointer: '/body/departmentId', code: 'not_a_department' }]);
    if (remove) {
      if (!(await deleteNamedRecipient(client, surveyId, departmentId, lower))) throw notFound();
    } else if (!(await insertNamedRecipient(client, surveyId, departmentId, lower, actor.userId))) {
      throw conflict('validation_failed', [{ pointer: '/body/address', code: 'recipient_exists' }]);
    }
    // The address is personal data: the audit keeps the department only.
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: remove ? 'department_survey_recipient.removed' : 'department_survey_recipient.added',
      entityType: 'department_survey_recipient',
      entityId: surveyId,
      details: { departmentId },
    });
    return listNamedRecipients(client, surveyId);
  });
}
