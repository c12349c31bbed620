/**
 * Signals for people: the list (open ones until acknowledged), acknowledging one with what was
 * done or why nothing is needed (once: 409 after), one's own e-mail subscription, and a run of
 * the evaluation on demand. Changes write audit events.
 */
import type { Actor } from '../../core/auth/roles.js';
import { detectPersonalData } from '../../core/privacy/personal-data.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { deleteSubscription, insertSubscription, readSubscription } from './queries/signal-subscriptions.js';
import {
  acknowledgeSignal,
  listSignals,
  readSignalsById,
  type SignalAction,
  type SignalRow,
} from './queries/signals.js';

/** The most a list returns: signals are few a day, and open ones are acknowledged. */
export const SIGNAL_LIST_LIMIT = 500;

interface Options {
  db: Database;
  actor: Actor;
}

export function listSignalsOf({
  db,
  actor,
  status,
}: Options & { status: 'open' | 'all' }): Promise<SignalRow[]> {
  return withTenantClient(db, actor.tenantId, (client) =>
    listSignals(client, { status, limit: SIGNAL_LIST_LIMIT }),
  );
}

export async function acknowledge({
  db,
  actor,
  id,
  body,
}: Options & { id: string; body: { action: SignalAction; text: string } }): Promise<SignalRow> {
  // The text is read by the whole team and stays with the signal: no personal data in it.
  if (detectPersonalData(body.text).length > 0)
    throw badRequest('validation_failed', [{ pointer: '/body/text', code: 'contains_personal_data' }]);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const result = await acknowledgeSignal(client, { id, userId: actor.userId, ...body });
    if (result === 'missing') throw notFound();
    if (result === 'acknowledged') throw conflict('signal_acknowledged');
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'signal.acknowledged',
      entityType: 'signal',
      entityId: id,
      // The action only: the text is the team's, kept on the signal.
      details: { action: body.action },
    });
    return (await readSignalsById(client, [id]))[0]!;
  });
}

export function subscriptionOf({ db, actor }: Options): Promise<Date | null> {
  return withTenantClient(db, actor.tenantId, (client) => readSubscription(client, actor.userId));
}

export function setSubscription({
  db,
  actor,
  isSubscribed,
}: Options & { isSubscribed: boolean }): Promise<Date | null> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const changed = isSubscribed
      ? await insertSubscription(client, actor.userId)
      : await deleteSubscription(client, actor.userId);
    if (changed) {
      await insertAuditEventSql(client, {
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        action: isSubscribed ? 'signal_subscription.created' : 'signal_subscription.deleted',
        entityType: 'signal_subscription',
        entityId: actor.userId,
      });
    }
    return readSubscription(client, actor.userId);
  });
}

/** Records a run on demand: who, which day, how many signals. */
export function auditRun({
  db,
  actor,
  day,
  signals,
}: Options & { day: string; signals: number }): Promise<void> {
  return withTenantClient(db, actor.tenantId, (client) =>
    insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'signals.run',
      entityType: 'signal_run',
      entityId: actor.tenantId,
      details: { day, signals },
    }),
  );
}
