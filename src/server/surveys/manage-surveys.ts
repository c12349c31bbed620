/**
 * Surveys as the staff set them up (issue #15): made from a shipped template, renamed, given
 * their rules and status, their questions changed (in place before the first invitation, as a new
 * version after it), and a single-use link made by hand (for an IVR to read, or to try a survey).
 * Every change writes an audit event in its own transaction.
 */
import type { Actor } from '../../core/auth/roles.js';
import {
  DEFAULT_DELAY_MINUTES,
  DEFAULT_QUARANTINE_DAYS,
  DEFAULT_WINDOWS,
  rulesProblems,
  type InvitationRules,
} from '../../core/surveys/invitations.js';
import { definitionProblems, versionStep, type SurveyDefinition } from '../../core/surveys/questions.js';
import { templateOf } from '../../core/surveys/templates.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { insertInvitation } from './queries/invitations.js';
import {
  insertSurvey,
  insertVersion,
  listSurveys,
  readSurvey,
  replaceDefinition,
  updateSurvey,
  type SurveyChanges,
  type SurveyRow,
} from './queries/surveys.js';
import { linkHash, newLinkToken } from './link.js';
import type { ChangeSurveyBody, CreateSurveyBody } from './schema.js';

interface Options {
  db: Database;
  actor: Actor;
  now?: Date;
}

function audit(
  client: SqlClient,
  actor: Actor,
  action: string,
  id: string,
  details?: Record<string, unknown>,
) {
  return insertAuditEventSql(client, {
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action,
    entityType: 'survey',
    entityId: id,
    details,
  });
}

export function defaultRules(channels: InvitationRules['channels']): InvitationRules {
  return {
    channels,
    topics: null,
    needs: null,
    samplingShare: 1,
    quarantineDays: DEFAULT_QUARANTINE_DAYS,
    dailyCap: null,
    delayMinutes: DEFAULT_DELAY_MINUTES,
    windows: DEFAULT_WINDOWS,
  };
}

export async function surveysOf({ db, actor }: Options): Promise<SurveyRow[]> {
  return withTenantClient(db, actor.tenantId, (client) => listSurveys(client));
}

export async function surveyOf({ db, actor, id }: Options & { id: string }): Promise<SurveyRow> {
  const survey = await withTenantClient(db, actor.tenantId, (client) => readSurvey(client, id));
  if (!survey) throw notFound();
  return survey;
}

export async function createSurvey({
  db,
  actor,
  body,
}: Options & { body: CreateSurveyBody }): Promise<SurveyRow> {
  const template = templateOf(body.template);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const id = await insertSurvey(client, {
      templateKey: template.key,
      name: body.name ?? template.name.sv,
      nameEn: body.name === undefined ? (template.name.en ?? null) : null,
      audience: template.audience,
      rules: defaultRules(template.channels),
      definition: template.definition,
      userId: actor.userId,
    });
    await audit(client, actor, 'survey.created', id, { template: template.key });
    return (await readSurvey(client, id))!;
  });
}

export async function changeSurvey({
  db,
  actor,
  id,
  body,
}: Options & { id: string; body: ChangeSurveyBody }): Promise<SurveyRow> {
  if (body.rules) {
    const problems = rulesProblems(body.rules);
    if (problems.length > 0) {
      throw badRequest(
        'validation_failed',
        problems.map((p) => ({ pointer: `/body/rules/${p.field}`, code: p.code })),
      );
    }
  }
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, id, true);
    if (!survey) throw notFound();
    const linkValidDays = body.linkValidDays ?? survey.linkValidDays;
    const reminder = body.reminderAfterDays === undefined ? survey.reminderAfterDays : body.reminderAfterDays;
    if (reminder !== null && reminder >= linkValidDays) {
      throw badRequest('validation_failed', [
        { pointer: '/body/reminderAfterDays', code: 'reminder_after_expiry' },
      ]);
    }
    const changes: SurveyChanges = body;
    await updateSurvey(client, id, changes, actor.userId);
    await audit(client, actor, 'survey.changed', id, { fields: Object.keys(body) });
    return (await readSurvey(client, id))!;
  });
}

export async function changeQuestions({
  db,
  actor,
  id,
  definition,
}: Options & { id: string; definition: SurveyDefinition }): Promise<SurveyRow> {
  const problems = definitionProblems(definition);
  if (problems.length > 0) {
    throw badRequest(
      'validation_failed',
      problems.map((p) => ({ pointer: `/body${p.path}`, code: p.code })),
    );
  }
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, id, true);
    if (!survey) throw notFound();
    const step = versionStep(survey.definition, definition, survey.versionInvitations);
    if (step === 'unchanged') return survey;
    if (step === 'edit_in_place') await replaceDefinition(client, id, survey.version, definition);
    else await insertVersion(client, id, survey.version + 1, definition, actor.userId);
    await audit(client, actor, 'survey.questions_changed', id, { step, version: survey.version });
    return (await readSurvey(client, id))!;
  });
}

/** A single-use link made by hand; its token is returned once and only its hash is kept. */
export async function createLink({
  db,
  actor,
  id,
  contactId,
  now = new Date(),
}: Options & { id: string; contactId: string | null }): Promise<{ token: string; expiresAt: Date }> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const survey = await readSurvey(client, id);
    if (!survey) throw notFound();
    if (survey.status === 'closed') throw conflict('survey_closed');
    const token = newLinkToken();
    const expiresAt = new Date(now.getTime() + survey.linkValidDays * 86_400_000);
    const invitationId = await insertInvitation(client, {
      surveyId: id,
      version: survey.version,
      linkHash: linkHash(token),
      medium: 'link',
      contactId,
      unitId: null,
      sendAt: now,
      expiresAt,
    });
    if (!invitationId) {
      throw badRequest('validation_failed', [
        { pointer: '/body/contactId', code: 'contact_not_found_or_invited' },
      ]);
    }
    await client.run('UPDATE survey_invitations SET sent_at = $2 WHERE id = $1', [invitationId, now]);
    await audit(client, actor, 'survey.link_created', id, { invitationId });
    return { token, expiresAt };
  });
}
