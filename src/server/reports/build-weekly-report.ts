/**
 * The weekly report of one scope (all queues, a queue group or a queue) for a run of ISO weeks:
 * core/telephony/weekly-report.ts's model, fed from the daily rollups (never the raw calls),
 * the phone and visit contacts logged, the visitors counted and the e-mails imported, with the
 * municipality's own closed days. docs/metrics.md defines every figure.
 */
import type { Actor } from '../../core/auth/roles.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import {
  isoWeeksBetween,
  mondayOfIsoWeek,
  parseIsoWeek,
  type IsoWeek,
} from '../../core/telephony/iso-week.js';
import { formatScope, type Scope } from '../../core/telephony/scope.js';
import {
  WEEKLY_MEASURES,
  weeklyReport,
  type WeeklyMeasure,
  type WeeklyReport,
  type WeeklyReportInput,
} from '../../core/telephony/weekly-report.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { readReportGoalTargets } from '../goals/queries/goals.js';
import { badRequest, notFound } from '../http/problem.js';
import { readClosedDays } from '../telephony/queries/closed-days.js';
import { listQueueGroups, listQueues } from '../telephony/queries/queues.js';
import { readTelephonySettings } from '../telephony/queries/telephony-settings.js';
import { telephonyCoverage } from '../telephony/queries/telephony-coverage.js';
import { readDayInputs } from './read-day-inputs.js';

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
    // Every closed day of the municipality: an e-mail's working time can run past the period.
    const closed = await readClosedDays(client);
    const days = await readDayInputs(client, {
      scopeKind: options.scope.kind,
      scopeId: scope.id,
      from: firstDay,
      to: lastDay,
      settings,
      closedDays: closed.map((c) => c.day),
      now,
    });
    const goals = await weeklyGoalTargets(client, formatScope(options.scope), firstDay, lastDay);

    const report = weeklyReport({
      from: first,
      to: last,
      measures: days,
      extraClosedDays: closed.map((c) => c.day),
      today: calendarDayOf(now, settings.timeZone),
      telephonyData: await telephonyCoverage(client),
      goals,
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
 * The goal column: for each measure, the target of a goal on it in this scope that is valid at
 * some time in the report's period, at level day (the weekday rows) and week (the weekly row);
 * of several, the one that became valid last.
 */
async function weeklyGoalTargets(
  client: SqlClient,
  scope: string,
  from: string,
  to: string,
): Promise<WeeklyReportInput['goals']> {
  const targets: NonNullable<WeeklyReportInput['goals']> = {};
  for (const row of await readReportGoalTargets(client, scope, from, to)) {
    if (!(WEEKLY_MEASURES as readonly string[]).includes(row.measure)) continue;
    const entry = (targets[row.measure as WeeklyMeasure] ??= {});
    // Rows come latest valid_from first: the first of each level wins.
    if (row.level === 'day') entry.day ??= row.target;
    else entry.week ??= row.target;
  }
  return targets;
}
