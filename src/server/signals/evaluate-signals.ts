/**
 * The daily evaluation of signals (issue #6, docs/metrics.md "Goals and control charts"), for one
 * tenant and day:
 *
 * - Rules: every chart that has a baseline is built through the day (goals/build-chart.ts, the
 *   same chart the page shows) and each rule that fired on a point in the last 7 days raises a
 *   signal, unless stored already: a missed run (the server was down) is caught up on the next,
 *   and the unique key makes evaluating again idempotent. A share or mean time on fewer than
 *   `minimumN` contacts (or calls) that day raises nothing: never on a handful of contacts.
 * - Goals: every goal whose last complete period (at its level) ends on or before the day is
 *   judged on that whole period (goals/goal-status.ts, core's checkGoal); 'missed' raises a signal
 *   once per period; 'not_enough_data' (below the goal's own minimum n) never does.
 */
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { goalPeriodBounds, type GoalLevel } from '../../core/signals/goal-check.js';
import { MEASURE_DEFINITIONS, type MeasureKey } from '../../core/signals/measures.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { buildChart } from '../goals/build-chart.js';
import { goalStatus } from '../goals/goal-status.js';
import type { ChartJson } from '../goals/schema.js';
import { Problem } from '../http/problem.js';
import { insertNewSignals, readSignalsById, type NewSignal, type SignalRow } from './queries/signals.js';

/** How far back a run looks for rule hits not stored yet (a week of missed runs is caught up). */
export const LOOKBACK_DAYS = 7;
/** The minimum n of a day's share or mean time before a rule on it raises a signal, unless configured. */
export const DEFAULT_SIGNAL_MINIMUM_N = 30;

export interface EvaluateSignalsOptions {
  db: Database;
  tenantId: string;
  /** The day evaluated (normally yesterday): its rule hits and the goal periods ended by it. */
  day: string;
  minimumN?: number;
  now?: Date;
}

/** The last day of the last complete period at the level on the day: the day's own period if it ends then, else the one before. */
export function lastCompletePeriod(
  day: string,
  level: GoalLevel,
): { period: string; from: string; to: string } {
  const bounds = goalPeriodBounds(day, level);
  return bounds.to === day ? bounds : goalPeriodBounds(addDays(bounds.from, -1), level);
}

/** Raises the day's new signals and returns them (none when everything was raised before). */
export async function evaluateSignals(options: EvaluateSignalsOptions): Promise<SignalRow[]> {
  const raised = [...(await ruleSignals(options)), ...(await goalSignals(options))];
  return withTenantClient(options.db, options.tenantId, async (client) =>
    readSignalsById(client, await insertNewSignals(client, raised)),
  );
}

/** The rule hits of the last LOOKBACK_DAYS days on every chart that has a baseline. */
async function ruleSignals(options: EvaluateSignalsOptions): Promise<NewSignal[]> {
  const { db, tenantId, day, minimumN = DEFAULT_SIGNAL_MINIMUM_N, now = new Date() } = options;
  const charts = await withTenantClient(db, tenantId, (client) =>
    client.query<{ measure: MeasureKey; scope: string }>(
      `SELECT DISTINCT measure, scope FROM chart_baselines WHERE tenant_id = lots_current_tenant() ORDER BY 1, 2`,
    ),
  );
  const from = addDays(day, -(LOOKBACK_DAYS - 1));
  const found: NewSignal[] = [];
  for (const { measure, scope } of charts) {
    if (!(measure in MEASURE_DEFINITIONS)) continue;
    let chart: ChartJson;
    try {
      chart = await buildChart({ db, actor: { tenantId }, measure, scope, from, to: day, now });
    } catch (error) {
      // A chart of a queue group removed since: nothing to evaluate.
      if (error instanceof Problem && error.status === 404) continue;
      throw error;
    }
    const isCount = MEASURE_DEFINITIONS[measure].unit === 'count';
    for (const hit of chart.signals) {
      const point = chart.points.find((p) => p.day === hit.day);
      if (!point || point.value === null || point.limits === null) continue;
      // A count is its own n (a day of 3 calls is the news); a share or a time needs enough behind it.
      if (!isCount && point.denominator < minimumN) continue;
      found.push({
        kind: 'rule',
        measure,
        scope: chart.scope,
        rule: hit.rule,
        goalId: null,
        day: hit.day,
        period: null,
        details: {
          side: hit.side,
          fromDay: hit.fromDay,
          toDay: hit.toDay,
          value: point.value,
          centre: point.limits.centre,
          upper: point.limits.upper,
          lower: point.limits.lower,
          n: point.denominator,
        },
      });
    }
  }
  return found;
}

/** The goals missed over their last complete period as of the day (with at least their minimum n). */
async function goalSignals(options: EvaluateSignalsOptions): Promise<NewSignal[]> {
  const { db, tenantId, day, now = new Date() } = options;
  const levels: GoalLevel[] = ['day', 'week', 'month', 'tertial', 'year'];
  const periods = new Map(levels.map((level) => [level, lastCompletePeriod(day, level)]));
  const found: NewSignal[] = [];
  // One status per distinct period end: the goals valid that day, judged on their period through it.
  for (const end of new Set([...periods.values()].map((p) => p.to))) {
    const status = await goalStatus({ db, actor: { tenantId }, day: end, now });
    for (const g of status.goals) {
      const period = periods.get(g.goal.level)!;
      if (period.to !== end || g.status !== 'missed') continue;
      found.push({
        kind: 'goal_missed',
        measure: g.goal.measure,
        scope: g.goal.scope,
        rule: null,
        goalId: g.goal.id,
        day: period.to,
        period: period.period,
        details: {
          value: g.value,
          target: g.goal.target,
          direction: g.goal.direction,
          level: g.goal.level,
          n: g.n,
          minimumN: g.goal.minimumN,
        },
      });
    }
  }
  return found;
}
