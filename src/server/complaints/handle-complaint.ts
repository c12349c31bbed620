/**
 * Handling a synpunkt (issue #17): moving it along its states (core/complaints: only the allowed
 * transitions; "what was done" may be recorded when closing), writing the answer (which moves it
 * to 'answered' and is e-mailed to the citizen over SMTP when they gave an address), and linking
 * it to an improvement on the board. Every change appends to the case's history in the same
 * transaction; only those who may handle the case (policy.ts) may change it.
 */
import { canMove, type ComplaintState } from '../../core/complaints/complaints.js';
import type { Actor } from '../../core/auth/roles.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, forbidden, notFound } from '../http/problem.js';
import type { Mailer } from '../signals/mailer.js';
import { answerMail } from './mail.js';
import { handleScopeOf, readScopeOf } from './policy.js';
import { readCase, readContactDetails, type CaseRow } from './queries/cases.js';
import { linkImprovement, markAnswerSent, updateAnswer, updateState } from './queries/changes.js';
import { appendEvent } from './queries/events.js';

/** The case locked for a change: 404 outside the reader's scope, 403 when seen but not handled. */
async function lockedCase(client: SqlClient, actor: Actor, id: string): Promise<CaseRow> {
  const scope = handleScopeOf(actor);
  const row = scope === null ? null : await readCase(client, id, scope, true);
  if (row) return row;
  if (await readCase(client, id, readScopeOf(actor))) throw forbidden();
  throw notFound();
}

async function move(
  client: SqlClient,
  actor: Actor,
  row: CaseRow,
  to: ComplaintState,
  note: string | null,
  measures: string | null,
): Promise<void> {
  if (!canMove(row.state, to))
    throw badRequest('validation_failed', [
      { pointer: '/body/state', code: 'complaint_transition', params: { from: row.state, to } },
    ]);
  await updateState(client, row.id, to, to === 'closed' ? measures : null);
  await appendEvent(client, row.id, { kind: 'state', byUserId: actor.userId, fromState: row.state, toState: to, note });
}

export function changeState(args: {
  db: Database;
  actor: Actor;
  id: string;
  body: { state: ComplaintState; note?: string | undefined; measures?: string | undefined };
}): Promise<void> {
  const { state, note, measures } = args.body;
  if (measures !== undefined && state !== 'closed')
    throw badRequest('validation_failed', [{ pointer: '/body/measures', code: 'complaint_measures_when_closing' }]);
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    const row = await lockedCase(client, args.actor, args.id);
    await move(client, args.actor, row, state, note ?? null, measures ?? null);
  });
}

export interface AnswerResult {
  /** 'sent': e-mailed now; 'no_address': the citizen gave no e-mail address; 'no_mailer': no SMTP configured; 'failed'. */
  mail: 'sent' | 'no_address' | 'no_mailer' | 'failed' | 'not_asked';
}

/**
 * Stores the answer and moves the case to 'answered' (from received, in progress or reopened;
 * an answered case gets its answer corrected). With `send`, e-mails it after the commit, so a
 * failing mail server loses no answer; answer_sent_at records that it went.
 */
export async function answerComplaint(args: {
  db: Database;
  actor: Actor;
  mailer: Mailer | null;
  id: string;
  body: { text: string; send: boolean };
}): Promise<AnswerResult> {
  const { db, actor, id, body } = args;
  const toSend = await withTenantClient(db, actor.tenantId, async (client) => {
    const row = await lockedCase(client, actor, id);
    await updateAnswer(client, id, body.text);
    await appendEvent(client, id, { kind: 'answer', byUserId: actor.userId });
    if (row.state !== 'answered') await move(client, actor, row, 'answered', null, null);
    if (!body.send) return null;
    const contact = await readContactDetails(client, id);
    return { row, email: contact?.email ?? null };
  });
  if (toSend === null) return { mail: 'not_asked' };
  if (toSend.email === null) return { mail: 'no_address' };
  if (args.mailer === null) return { mail: 'no_mailer' };
  try {
    await args.mailer.send(answerMail(toSend.email, toSend.row, body.text));
  } catch {
    return { mail: 'failed' };
  }
  await withTenantClient(db, actor.tenantId, async (client) => {
    await markAnswerSent(client, id);
    await appendEvent(client, id, { kind: 'answer_sent', byUserId: actor.userId });
  });
  return { mail: 'sent' };
}

export function linkToImprovement(args: {
  db: Database;
  actor: Actor;
  id: string;
  improvementId: string | null;
}): Promise<void> {
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    await lockedCase(client, args.actor, args.id);
    if (!(await linkImprovement(client, args.id, args.improvementId)))
      throw badRequest('validation_failed', [{ pointer: '/body/improvementId', code: 'complaint_improvement_unknown' }]);
    await appendEvent(client, args.id, {
      kind: 'improvement',
      byUserId: args.actor.userId,
      note: args.improvementId,
    });
  });
}
