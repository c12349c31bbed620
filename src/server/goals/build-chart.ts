/**
 * A measure's control chart over chosen days (issue #6): core's XmR chart for counts and times,
 * p-chart for shares (signals/xmr.ts, p-chart.ts), over the daily series with closed days
 * skipped, and the limits of the chart's baselines. Limits come only from the days inside a
 * baseline's period, read whole even where it lies outside the days shown; a baseline governs
 * from its start until the next one starts, so a new baseline changes the limits from its start
 * on and nowhere else. Baselines are set once (set-baseline.ts) and never changed.
 *
 * A survey measure is charted per ISO week (its definition's interval): the days' sums added up
 * per whole week, each point dated by its Sunday and plotted once the week is over; the index and
 * the mean on an X-bar chart (limits from the respondents' pooled standard deviation and each
 * week's n, signals/xbar-chart.ts), the share satisfied on the p-chart. A week lies in a baseline
 * when all its days do (Monday on or after the baseline's first day, Sunday on or before its last),
 * and a baseline governs the weeks that begin on or after its first day.
 */
import type { Actor } from '../../core/auth/roles.js';
import type { ChartPoint, ChartSignal, ControlChart } from '../../core/signals/baseline.js';
import { MEASURE_DEFINITIONS, type MeasureKey } from '../../core/signals/measures.js';
import { pChart, type PLimits } from '../../core/signals/p-chart.js';
import { xmrChart, type XmrLimits } from '../../core/signals/xmr.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import {
  addParts,
  formatMeasureScope,
  parseMeasureScope,
  valueOfParts,
  type MeasureScope,
} from '../../core/signals/measures.js';
import { xbarChart, type XbarLimits } from '../../core/signals/xbar-chart.js';
import { formatIsoWeek, isoWeekOfDay, mondayOfIsoWeek } from '../../core/telephony/iso-week.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, type FieldError } from '../http/problem.js';
import { listBaselines, type BaselineRow } from './queries/chart-baselines.js';
import { readMeasureSeries, type SeriesDay } from './read-measure-series.js';
import type { ChartJson } from './schema.js';
import { presentBaseline } from './presenter.js';

export interface BuildChartOptions {
  db: Database;
  /** Only the tenant matters: charts are the team's (the daily evaluation passes its tenant). */
  actor: Pick<Actor, 'tenantId'>;
  measure: MeasureKey;
  scope: string;
  from: string;
  to: string;
  now?: Date;
}

/** 400 at /querystring/scope (or /body/scope) for a queue scope on a measure that has none. */
export function assertScopeFits(
  measure: MeasureKey,
  scope: MeasureScope,
  where: 'querystring' | 'body',
): void {
  const definition = MEASURE_DEFINITIONS[measure];
  const fits = definition.hasSurveyScope
    ? scope.kind === 'survey'
    : scope.kind === 'all' || (scope.kind !== 'survey' && definition.hasQueueScope);
  if (!fits) {
    const error: FieldError = { pointer: `/${where}/scope`, code: 'scope_not_for_measure' };
    throw badRequest('validation_failed', [error]);
  }
}

/**
 * The baselines that govern days from..to (sorted by start): the last one starting on or before
 * `from` (or the first, which governs everything before it), and every later one starting by `to`.
 */
export function governingBaselines<B extends { from: string }>(
  sorted: readonly B[],
  from: string,
  to: string,
): B[] {
  if (sorted.length === 0) return [];
  let first = 0;
  sorted.forEach((b, i) => {
    if (b.from <= from) first = i;
  });
  const last = Math.max(
    first,
    sorted.findLastIndex((b) => b.from <= to),
  );
  return sorted.slice(first, last + 1);
}

export async function buildChart(options: BuildChartOptions): Promise<ChartJson> {
  const { measure, from, to } = options;
  const definition = MEASURE_DEFINITIONS[measure];
  const scope = parseMeasureScope(options.scope)!;
  assertScopeFits(measure, scope, 'querystring');
  const scopeKey = formatMeasureScope(scope);
  return withTenantClient(options.db, options.actor.tenantId, async (client) => {
    const baselines = governingBaselines(await listBaselines(client, { measure, scope: scopeKey }), from, to);
    // The series reaches back (and on) to cover every baseline's period in full.
    let first = [from, ...baselines.map((b) => b.from)].sort()[0]!;
    let last = [to, ...baselines.map((b) => b.to)].sort().at(-1)!;
    const weekly = definition.interval === 'week';
    if (weekly) {
      // Whole weeks: from the Monday of the first day's week to the Sunday of the last day's.
      first = mondayOfIsoWeek(isoWeekOfDay(first));
      last = addDays(mondayOfIsoWeek(isoWeekOfDay(last)), 6);
    }
    const days = await readMeasureSeries(client, {
      measure,
      scope,
      from: first,
      to: last,
      ...(options.now ? { now: options.now } : {}),
    });
    const series: ChartDay[] = weekly
      ? weeksOf(days, definition.unit)
      : days.map((d) => ({ ...d, week: null }));
    // A weekly point is dated by its Sunday: a baseline holds the weeks whose Monday is on or after
    // its first day, so its start moves to that week's Sunday.
    const periods = baselines.map((b) => ({
      from: weekly ? addDays(firstMondayFrom(b.from), 6) : b.from,
      to: b.to,
    }));
    const plotted = (d: SeriesDay) => d.isComplete && !d.isClosed && d.value !== null;
    let chart: ControlChart<XmrLimits | PLimits | XbarLimits> & { movingRanges?: (number | null)[] };
    if (baselines.length === 0) {
      chart = { points: series.map(unchartedPoint), baselines: [], signals: [] };
    } else if (definition.chart === 'xbar') {
      chart = xbarChart(
        series.map((d) => ({
          date: d.day,
          sum: plotted(d) ? d.numerator : 0,
          squares: plotted(d) ? (d.squares ?? 0) : 0,
          n: plotted(d) ? d.denominator : 0,
        })),
        periods,
        { scale: definition.unit === 'index' ? { low: 0, high: 100 } : { low: 1, high: 5 } },
      );
    } else if (definition.chart === 'p') {
      chart = pChart(
        series.map((d) => ({
          date: d.day,
          // Days not plotted (not over, a data issue) are given no denominator: no_data.
          numerator: plotted(d) ? d.numerator : 0,
          denominator: plotted(d) ? d.denominator : 0,
          isClosed: d.isClosed,
        })),
        periods,
      );
    } else {
      chart = xmrChart(
        series.map((d) => ({ date: d.day, value: d.isComplete ? d.value : null, isClosed: d.isClosed })),
        periods,
      );
    }
    return present(options, scopeKey, series, chart, baselines);
  });
}

/** A chart's point: a day, or a whole ISO week dated by its Sunday. */
type ChartDay = SeriesDay & { week: string | null };

/** The Monday on or after a day. */
function firstMondayFrom(day: string): string {
  const monday = mondayOfIsoWeek(isoWeekOfDay(day));
  return monday === day ? day : addDays(monday, 7);
}

/** The days' sums per ISO week (the days are whole weeks, Monday first), dated by the Sunday. */
function weeksOf(days: readonly SeriesDay[], unit: Parameters<typeof valueOfParts>[0]): ChartDay[] {
  const weeks: ChartDay[] = [];
  for (let i = 0; i + 7 <= days.length; i += 7) {
    const week = days.slice(i, i + 7);
    const parts = addParts(week);
    const isComplete = week.every((d) => d.isComplete);
    const { value, n } = valueOfParts(unit, parts);
    weeks.push({
      day: week[6]!.day,
      week: formatIsoWeek(isoWeekOfDay(week[0]!.day)),
      ...parts,
      value: isComplete ? value : null,
      n,
      isClosed: false,
      isComplete,
    });
  }
  return weeks;
}

function unchartedPoint(d: SeriesDay): ChartPoint {
  const plotted = d.isComplete && !d.isClosed && d.value !== null;
  return {
    date: d.day,
    value: plotted ? d.value : null,
    skipped: d.isClosed ? 'closed' : plotted ? null : 'no_data',
    baseline: -1,
    isInBaseline: false,
    limits: null,
  };
}

function presentLimits(limits: XmrLimits | PLimits | XbarLimits | null) {
  if (limits === null) return null;
  const xmr = 'averageMovingRange' in limits ? limits : null;
  const p = 'numerator' in limits ? limits : null;
  const xbar = 'standardDeviation' in limits ? limits : null;
  return {
    centre: limits.centre,
    upper: xmr?.upper ?? null,
    lower: xmr?.lower ?? null,
    averageMovingRange: xmr?.averageMovingRange ?? null,
    movingRangeUpper: xmr?.movingRangeUpper ?? null,
    numerator: p?.numerator ?? null,
    denominator: p?.denominator ?? null,
    standardDeviation: xbar?.standardDeviation ?? null,
    points: limits.points,
  };
}

/** The chart cut to the days asked for: points, the baselines with where each starts, and the signals among them. */
function present(
  options: BuildChartOptions,
  scope: string,
  series: readonly ChartDay[],
  chart: ControlChart<XmrLimits | PLimits | XbarLimits> & { movingRanges?: (number | null)[] },
  baselines: readonly BaselineRow[],
): ChartJson {
  const definition = MEASURE_DEFINITIONS[options.measure];
  const start = series.findIndex((d) => d.day >= options.from);
  const end = series.findLastIndex((d) => d.day <= options.to);
  const inRange = (i: number) => i >= start && i <= end;
  const dayAt = (i: number) => series[Math.min(Math.max(i, start), end)]!.day;
  return {
    measure: options.measure,
    scope,
    unit: definition.unit,
    kind: definition.chart,
    interval: definition.interval,
    isCapacity: definition.isCapacity,
    better: definition.better,
    from: options.from,
    to: options.to,
    points: chart.points.flatMap((p, i) =>
      inRange(i)
        ? [
            {
              day: p.date,
              week: series[i]!.week,
              value: p.value,
              numerator: series[i]!.numerator,
              denominator: series[i]!.denominator,
              skipped: p.skipped,
              baseline: p.baseline < 0 ? null : p.baseline,
              isInBaseline: p.isInBaseline,
              limits: p.limits,
              movingRange: chart.movingRanges?.[i] ?? null,
            },
          ]
        : [],
    ),
    baselines: chart.baselines.map((b, k) => ({
      ...presentBaseline(baselines[k]!),
      startDay: b.startIndex === null ? null : series[b.startIndex]!.day,
      points: b.points,
      limits: presentLimits(b.limits),
      noLimitsReason: b.noLimitsReason,
    })),
    signals: chart.signals
      .filter((s: ChartSignal) => inRange(s.index))
      .map((s) => ({
        rule: s.rule,
        side: s.side,
        day: s.date,
        fromDay: dayAt(s.from),
        toDay: dayAt(s.to),
        baseline: s.baseline,
      })),
  };
}
