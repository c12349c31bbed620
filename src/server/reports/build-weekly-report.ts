/**
 * The weekly report of one scope (all queues, a queue group or a queue) for a run of ISO weeks:
 * core/telephony/weekly-report.ts's model, fed from the daily rollups (never the raw calls),
 * the phone and visit contacts logged, the visitors counted and the e-mails imported, with the
 * municipality's own closed days. docs/metrics.md defines every figure.
 */
import type { Actor } from '../../core/auth/roles.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOfNumber, localSeconds } from '../../core/calendar/local-day.js';
import { calendarDayOf, calendarDayRange } from '../../core/contacts/calendar-day.js';
import { workingClock } from '../../core/telephony/email-response.js';
import {
  isoWeeksBetween,
  mondayOfIsoWeek,
  parseIsoWeek,
  type IsoWeek,
} from '../../core/telephony/iso-week.js';
import { formatScope, type Scope } from '../../core/telephony/scope.js';
import { weeklyReport, type DayInput, type WeeklyReport } from '../../core/telephony/weekly-report.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, notFound } from '../http/problem.js';
import { readClosedDays } from '../telephony/queries/closed-days.js';
import { readContactDays } from '../telephony/queries/read-contact-days.js';
import { readDayRollups } from '../telephony/queries/read-day-rollups.js';
import { readEmailContacts } from '../telephony/queries/read-email-contacts.js';
import { readEmailDays } from '../telephony/queries/read-email-days.js';
import { listQueueGroups, listQueues } from '../telephony/queries/queues.js';
import { readTelephonySettings, type TelephonySettings } from '../telephony/queries/telephony-settings.js';
import { telephonyCoverage } from '../telephony/queries/telephony-coverage.js';
import { readVisitorCounts } from '../telephony/queries/visitor-counts.js';

/** About two years: enough for a year beside the same weeks last year. */
export const WEEKS_MAX = 106;

export interface WeeklyReportDocument extends WeeklyReport {
  scope: { key: string; kind: Scope['kind']; name: string | null };
  from: string;
  to: string;
  generatedAt: string;
  timeZone: string;
  thresholds: { shortAbandonSeconds: number; answeredWithinSeconds: number; emailLimitHours: number };
  /** The municipality's own closed days in the period (weekends and holidays are implied). */
  closedDays: { day: string; reason: string }[];
}

export interface BuildWeeklyReportOptions {
  db: Database;
  actor: Pick<Actor, 'tenantId'>;
  scope: Scope;
  from: string;
  to: string;
  now?: Date;
}

/** The weeks `from`..`to`, checked: 400 with the field at fault. */
export function reportWeeks(from: string, to: string): { first: IsoWeek; last: IsoWeek; count: number } {
  let first: IsoWeek;
  let last: IsoWeek;
  try {
    first = parseIsoWeek(from);
  } catch {
    throw badRequest('validation_failed', [{ pointer: '/querystring/from', code: 'invalid_format' }]);
  }
  try {
    last = parseIsoWeek(to);
  } catch {
    throw badRequest('validation_failed', [{ pointer: '/querystring/to', code: 'invalid_format' }]);
  }
  let count: number;
  try {
    count = isoWeeksBetween(first, last).length;
  } catch {
    throw badRequest('validation_failed', [{ pointer: '/querystring/to', code: 'week_order' }]);
  }
  if (count > WEEKS_MAX) throw badRequest('report_period_too_long');
  return { first, last, count };
}

export async function buildWeeklyReport(options: BuildWeeklyReportOptions): Promise<WeeklyReportDocument> {
  const now = options.now ?? new Date();
  const { first, last } = reportWeeks(options.from, options.to);
  const firstDay = mondayOfIsoWeek(first);
  const lastDay = addDays(mondayOfIsoWeek(last), 6);
  return withTenantClient(options.db, options.actor.tenantId, async (client) => {
    const settings = await readTelephonySettings(client);
    const scope = await resolveScope(client, options.scope, options.actor.tenantId);
    const rollups = await readDayRollups(client, options.scope.kind, scope.id, firstDay, lastDay);
    const contacts = await readContactDays(client, firstDay, lastDay);
    const visitors = await readVisitorCounts(client, firstDay, lastDay);
    // Every closed day of the municipality: an e-mail's working time can run past the period.
    const closed = await readClosedDays(client);
    const emails = await emailDays(
      client,
      firstDay,
      lastDay,
      settings,
      closed.map((c) => c.day),
      now,
    );

    const days = new Map<string, DayInput>();
    const day = (d: string): DayInput => {
      let entry = days.get(d);
      if (!entry) {
        entry = {
          offered: 0,
          answered: 0,
          abandoned: 0,
          answeredWaitSeconds: 0,
          answeredWaitUnder60: 0,
          answeredWait60To120: 0,
          answeredWaitOver120: 0,
          answeredWithin: 0,
        };
        days.set(d, entry);
      }
      return entry;
    };
    for (const r of rollups) {
      Object.assign(day(r.day), {
        offered: r.offered,
        answered: r.answered,
        abandoned: r.abandoned,
        answeredWaitSeconds: r.answeredWaitSeconds,
        abandonedWaitSeconds: r.abandonedWaitSeconds,
        answeredWaitUnder60: r.answeredWaitUnder60,
        answeredWait60To120: r.answeredWait60To120,
        answeredWaitOver120: r.answeredWaitOver120,
        answeredWithin: r.answeredWithin,
      });
    }
    for (const c of contacts.values()) {
      const phone = c.phone;
      Object.assign(day(c.day), {
        phoneContacts:
          phone.resolved_self +
          phone.resolved_handling +
          phone.resolved_specialist +
          phone.forwarded +
          phone.unresolved,
        resolvedSelf: phone.resolved_self,
        resolvedHandling: phone.resolved_handling,
        resolvedSpecialist: phone.resolved_specialist,
        forwarded: phone.forwarded,
        unresolved: phone.unresolved,
        visitors: c.visits,
        visitorSource: 'logged',
      });
    }
    // A day's counted visitors replace the visits logged that day.
    for (const v of visitors) Object.assign(day(v.day), { visitors: v.visitors, visitorSource: 'entered' });
    for (const [d, e] of emails) Object.assign(day(d), { emailsDue: e.due, emailsWithin: e.within });

    const report = weeklyReport({
      from: first,
      to: last,
      measures: days,
      extraClosedDays: closed.map((c) => c.day),
      today: calendarDayOf(now, settings.timeZone),
      telephonyData: await telephonyCoverage(client),
    });
    return {
      scope: { key: formatScope(options.scope), kind: options.scope.kind, name: scope.name },
      from: options.from,
      to: options.to,
      generatedAt: now.toISOString(),
      timeZone: settings.timeZone,
      thresholds: {
        shortAbandonSeconds: settings.shortAbandonSeconds,
        answeredWithinSeconds: settings.answeredWithinSeconds,
        emailLimitHours: settings.emailLimitHours,
      },
      closedDays: closed.filter((c) => c.day >= firstDay && c.day <= lastDay),
      ...report,
    };
  });
}

/** The rollups' scope id (the tenant itself for all queues) and a name; 404 for an unknown one. */
export async function resolveScope(
  client: SqlClient,
  scope: Scope,
  tenantId: string,
): Promise<{ id: string; name: string | null }> {
  if (scope.kind === 'all') return { id: tenantId, name: null };
  if (scope.kind === 'group') {
    const group = (await listQueueGroups(client)).find((g) => g.id === scope.id);
    if (!group) throw notFound();
    return { id: group.id, name: group.name };
  }
  const queue = (await listQueues(client)).find((q) => q.id === scope.id);
  if (!queue) throw notFound();
  return { id: queue.id, name: queue.label ?? queue.name };
}

/**
 * Per day of receipt: e-mails whose result is known (answered, or unanswered past the limit) and
 * those answered within it (core/telephony/email-response.ts defines both). A day with e-mails
 * imported from the mailbox counts those (their working time is stored; unanswered ones are
 * timed against `asOf`); a day without counts the e-mail contacts that say when the e-mail came
 * in, each answered by the contact itself.
 */
async function emailDays(
  client: SqlClient,
  from: string,
  to: string,
  settings: TelephonySettings,
  closedDays: string[],
  asOf: Date,
): Promise<Map<string, { due: number; within: number }>> {
  const limitSeconds = settings.emailLimitHours * 3600;
  const imported = await readEmailDays(client, from, to, limitSeconds);
  const working = workingClock({
    timeZone: settings.timeZone,
    dayStartMinute: settings.emailDayStartMinute,
    dayEndMinute: settings.emailDayEndMinute,
    extraClosedDays: closedDays,
  });
  const result = new Map<string, { due: number; within: number }>();
  for (const [d, e] of imported) {
    const late = e.unanswered.filter((received) => working(received, asOf) / 1000 > limitSeconds).length;
    result.set(d, { due: e.answered + late, within: e.answeredWithin });
  }
  const { start, end } = calendarDayRange(from, to, settings.timeZone);
  const local = localSeconds(settings.timeZone);
  for (const c of await readEmailContacts(client, start, end)) {
    const received = new Date(c.received_at);
    const day = calendarDayOfNumber(Math.floor(local(received.getTime() / 1000) / 86_400));
    if (imported.has(day)) continue;
    const entry = result.get(day) ?? { due: 0, within: 0 };
    entry.due += 1;
    if (Math.ceil(working(received, new Date(c.started_at)) / 1000) <= limitSeconds) entry.within += 1;
    result.set(day, entry);
  }
  return result;
}
