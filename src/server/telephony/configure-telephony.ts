/**
 * What an administrator configures about the telephony: the measuring settings, queue groups,
 * each queue's label and group, and the municipality's own closed days; and the day's visitor
 * count at the service office. A change that alters what the rollups contain (thresholds, time
 * zone, a queue's group) recomputes them in the same transaction, so no report ever mixes two
 * definitions.
 */
import type { Actor } from '../../core/auth/roles.js';
import { isTimeZone } from '../../core/contacts/intake-time.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, conflict, notFound, Problem } from '../http/problem.js';
import { workingClock } from '../../core/telephony/email-response.js';
import { deleteClosedDay, insertClosedDay, readClosedDays } from './queries/closed-days.js';
import {
  emailContactTimes,
  rebuildEmailContactDays,
  setEmailContactSeconds,
} from './queries/email-contact-seconds.js';
import { answeredEmails, setWorkingSeconds } from './queries/insert-email-messages.js';
import {
  deleteQueueGroup,
  insertQueueGroup,
  listQueueGroups,
  listQueues,
  renameQueueGroup,
  updateQueue,
} from './queries/queues.js';
import { recomputeCallRollups, storedCallDays } from './queries/recompute-call-rollups.js';
import {
  readTelephonySettings,
  writeTelephonySettings,
  type TelephonySettings,
} from './queries/telephony-settings.js';
import { deleteVisitorCount, readVisitorCounts, upsertVisitorCounts } from './queries/visitor-counts.js';

interface Options {
  db: Database;
  actor: Actor;
}

const audit = (
  client: SqlClient,
  actor: Actor,
  action: string,
  entityType: 'queue' | 'queue_group' | 'telephony_settings' | 'closed_day' | 'visitor_count',
  entityId: string | null,
  details: Record<string, unknown> = {},
) =>
  insertAuditEventSql(client, {
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action,
    entityType,
    entityId: entityId ?? actor.tenantId,
    details,
  });

/**
 * The stored working time of every answered e-mail, again (after the working window, the time
 * zone or the closed days changed). Whole seconds rounded up, so that "at most 9 hours" stays
 * exact: 9 h and 1 ms is late.
 */
export async function recomputeEmailWorkingSeconds(
  client: SqlClient,
  settings: TelephonySettings,
): Promise<void> {
  const closed = (await readClosedDays(client)).map((c) => c.day);
  const working = workingClock({
    timeZone: settings.timeZone,
    dayStartMinute: settings.emailDayStartMinute,
    dayEndMinute: settings.emailDayEndMinute,
    extraClosedDays: closed,
  });
  const rows = await answeredEmails(client);
  await setWorkingSeconds(
    client,
    rows.map((r) => ({
      source: r.source,
      externalId: r.external_id,
      seconds: Math.ceil(working(new Date(r.received_at), new Date(r.answered_at)) / 1000),
    })),
  );
  // The e-mail contacts that say when their e-mail came in keep theirs too (issue #14.1).
  await setEmailContactSeconds(
    client,
    (await emailContactTimes(client)).map((c) => ({
      id: c.id,
      seconds: Math.ceil(working(new Date(c.received_at), new Date(c.started_at)) / 1000),
    })),
  );
}

/** Recomputes every stored day's rollups (after a change of definition or of a queue's group). */
export async function recomputeAllRollups(client: SqlClient, settings: TelephonySettings): Promise<void> {
  const days = await storedCallDays(client);
  if (days) await recomputeCallRollups(client, days.first, days.last, settings);
}

export async function getTelephonySettings({ db, actor }: Options): Promise<TelephonySettings> {
  return withTenantClient(db, actor.tenantId, readTelephonySettings);
}

export async function saveTelephonySettings({
  db,
  actor,
  settings,
}: Options & { settings: TelephonySettings }) {
  if (!isTimeZone(settings.timeZone)) {
    throw badRequest('validation_failed', [{ pointer: '/body/timeZone', code: 'invalid_time_zone' }]);
  }
  if (settings.emailDayStartMinute >= settings.emailDayEndMinute) {
    throw badRequest('validation_failed', [{ pointer: '/body/emailDayEndMinute', code: 'invalid_format' }]);
  }
  return withTenantClient(db, actor.tenantId, async (client) => {
    const before = await readTelephonySettings(client);
    // Before the new settings are stored: the triggers keep email_contact_days under the stored
    // time zone and limit, which must be those its rows were counted under (rebuilt below).
    if (
      before.timeZone !== settings.timeZone ||
      before.emailDayStartMinute !== settings.emailDayStartMinute ||
      before.emailDayEndMinute !== settings.emailDayEndMinute
    ) {
      await recomputeEmailWorkingSeconds(client, settings);
    }
    await writeTelephonySettings(client, settings, actor.userId);
    if (before.timeZone !== settings.timeZone) {
      // The day of every call, interval and e-mail is its local day in the zone.
      for (const [table, column] of [
        ['queued_calls', 'entered_at'],
        ['call_intervals', 'starts_at'],
        ['email_messages', 'received_at'],
      ] as const) {
        await client.query(
          `UPDATE ${table} SET day = (${column} AT TIME ZONE $1)::date WHERE tenant_id = lots_current_tenant()`,
          [settings.timeZone],
        );
      }
    }
    // The days of receipt and the limit of email_contact_days.
    if (before.timeZone !== settings.timeZone || before.emailLimitHours !== settings.emailLimitHours) {
      await rebuildEmailContactDays(client);
    }
    if (
      before.timeZone !== settings.timeZone ||
      before.shortAbandonSeconds !== settings.shortAbandonSeconds ||
      before.answeredWithinSeconds !== settings.answeredWithinSeconds
    ) {
      await recomputeAllRollups(client, settings);
    }
    await audit(client, actor, 'telephony_settings.updated', 'telephony_settings', null, { ...settings });
    return readTelephonySettings(client);
  });
}

export async function listScopes({ db, actor }: Options) {
  return withTenantClient(db, actor.tenantId, async (client) => ({
    queues: await listQueues(client),
    groups: await listQueueGroups(client),
  }));
}

export async function createQueueGroup({ db, actor, name }: Options & { name: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const group = await insertQueueGroup(client, name);
    if (!group)
      throw conflict('queue_group_name_taken', [{ pointer: '/body/name', code: 'queue_group_name_taken' }]);
    await audit(client, actor, 'queue_group.created', 'queue_group', group.id, { name });
    return group;
  });
}

export async function changeQueueGroup({ db, actor, id, name }: Options & { id: string; name: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const taken = (await listQueueGroups(client)).some(
      (g) => g.id !== id && g.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'),
    );
    if (taken)
      throw conflict('queue_group_name_taken', [{ pointer: '/body/name', code: 'queue_group_name_taken' }]);
    const group = await renameQueueGroup(client, id, name);
    if (!group) throw notFound();
    await audit(client, actor, 'queue_group.renamed', 'queue_group', id, { name });
    return group;
  });
}

export async function removeQueueGroup({ db, actor, id }: Options & { id: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    if ((await listQueues(client)).some((q) => q.group_id === id)) throw conflict('queue_group_in_use');
    if (!(await deleteQueueGroup(client, id))) throw notFound();
    // The group's rollups go with it.
    await client.query(
      `DELETE FROM call_day_rollups WHERE tenant_id = lots_current_tenant() AND scope = 'group' AND scope_id = $1`,
      [id],
    );
    await audit(client, actor, 'queue_group.deleted', 'queue_group', id);
  });
}

export async function changeQueue({
  db,
  actor,
  id,
  label,
  groupId,
}: Options & { id: string; label: string | null; groupId: string | null }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const before = (await listQueues(client)).find((q) => q.id === id);
    if (!before) throw notFound();
    if (groupId && !(await listQueueGroups(client)).some((g) => g.id === groupId)) {
      throw badRequest('validation_failed', [{ pointer: '/body/groupId', code: 'invalid_choice' }]);
    }
    const queue = await updateQueue(client, id, { label, groupId });
    if (!queue) throw notFound();
    if (before.group_id !== groupId) await recomputeAllRollups(client, await readTelephonySettings(client));
    await audit(client, actor, 'queue.updated', 'queue', id, { label, groupId });
    return queue;
  });
}

export async function listClosedDays({ db, actor }: Options) {
  return withTenantClient(db, actor.tenantId, (client) => readClosedDays(client));
}

export async function addClosedDay({ db, actor, day, reason }: Options & { day: string; reason: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    if (!(await insertClosedDay(client, day, reason, actor.userId))) {
      throw conflict('closed_day_exists', [{ pointer: '/body/day', code: 'closed_day_exists' }]);
    }
    await recomputeEmailWorkingSeconds(client, await readTelephonySettings(client));
    await audit(client, actor, 'closed_day.added', 'closed_day', null, { day });
    return { day, reason };
  });
}

export async function removeClosedDay({ db, actor, day }: Options & { day: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    if (!(await deleteClosedDay(client, day))) throw notFound();
    await recomputeEmailWorkingSeconds(client, await readTelephonySettings(client));
    await audit(client, actor, 'closed_day.removed', 'closed_day', null, { day });
  });
}

export async function listVisitorCounts({ db, actor, from, to }: Options & { from: string; to: string }) {
  return withTenantClient(db, actor.tenantId, (client) => readVisitorCounts(client, from, to));
}

/** Sets (or with null clears) the visitors of days; 400 naming a day in the future. */
export async function setVisitorCounts({
  db,
  actor,
  counts,
  today,
}: Options & { counts: { day: string; visitors: number | null }[]; today: string }) {
  counts.forEach((c, i) => {
    if (c.day > today)
      throw new Problem(400, 'validation_failed', [
        { pointer: `/body/counts/${i}/day`, code: 'day_in_future' },
      ]);
  });
  return withTenantClient(db, actor.tenantId, async (client) => {
    const set = counts.filter((c): c is { day: string; visitors: number } => c.visitors !== null);
    await upsertVisitorCounts(client, set, 'entered', actor.userId);
    for (const c of counts) if (c.visitors === null) await deleteVisitorCount(client, c.day);
    await audit(client, actor, 'visitor_counts.set', 'visitor_count', null, {
      days: counts.map((c) => c.day),
    });
  });
}
