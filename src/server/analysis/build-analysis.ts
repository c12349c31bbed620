/**
 * The analyses of the Analys area: each reads the contacts' tallies in the groupings its builder
 * needs (one scan), the names, and for some the year before or the telephony days, inside the
 * asker's tenant and contact scope (contacts/policy.ts: the same contacts a drill-down lists),
 * and hands them to core/analysis/build.ts.
 */
import {
  buildChange,
  buildDepartmentReport,
  buildFixFirst,
  buildOutcome,
  buildTrend,
  buildWhen,
  buildWho,
  buildWhy,
  GROUPINGS,
} from '../../core/analysis/build.js';
import { defaultBasePeriod, lastYearRange, sameDateYearBefore } from '../../core/analysis/periods.js';
import type { AnalysisResults } from '../../core/analysis/tables.js';
import type { Dimension } from '../../core/analysis/tally.js';
import type { AnalysisFilters, SeriesInterval, TrendMeasure } from '../../core/analysis/types.js';
import type { Actor } from '../../core/auth/roles.js';
import { nextCalendarDay, startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { contactScopeOf, type ContactScope } from '../contacts/policy.js';
import { badRequest, forbidden } from '../http/problem.js';
import { readAnalysisLabels, readDepartmentOf } from './queries/analysis-labels.js';
import { readContactTallies, type TallyFilters } from './queries/contact-tallies.js';
import { tallyCacheOf } from './tally-cache.js';
import { readFirstContactDay } from './queries/first-contact-day.js';
import { readOfferedCallsByDay } from './queries/offered-calls.js';

export interface AnalysisRequest {
  db: Database;
  actor: Actor;
  filters: AnalysisFilters;
}

/** readContactTallies with the months kept in this process for the request's database. */
const tallies =
  (request: AnalysisRequest) =>
  (...args: [SqlClient, TallyFilters, ContactScope, readonly (readonly Dimension[])[]]) =>
    readContactTallies(...args, tallyCacheOf(request.db));

function tallyFilters(
  filters: AnalysisFilters,
  period: { from: string; to: string } = filters,
): TallyFilters {
  return {
    start: startOfCalendarDay(period.from),
    end: startOfCalendarDay(nextCalendarDay(period.to)),
    channel: filters.channel,
    need: filters.need,
    resolution: filters.resolution,
    topicId: filters.topicId,
    unitId: filters.unitId,
  };
}

/**
 * Runs an analysis in one transaction of the tenant. A year's grouping sets sort 6-11 MB
 * (bench/analysis.ts): more than PostgreSQL's default work_mem of 4 MB, so they spilled to
 * disk; this transaction may use 64 MB instead.
 */
function run<T>({ db, actor }: AnalysisRequest, fn: (client: SqlClient) => Promise<T>): Promise<T> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    await client.query("SELECT set_config('work_mem', '64MB', true)");
    return fn(client);
  });
}

export function analyseWhen(
  request: AnalysisRequest,
  interval: SeriesInterval,
): Promise<AnalysisResults['when']> {
  const { filters, actor } = request;
  const scope = contactScopeOf(actor);
  return run(request, async (client) => {
    const rows = await tallies(request)(client, tallyFilters(filters), scope, GROUPINGS.when);
    const lastYear = await tallies(request)(
      client,
      tallyFilters(filters, lastYearRange(filters.from, filters.to)),
      scope,
      [['day']],
    );
    const calls = await readOfferedCallsByDay(client, filters.from, filters.to);
    return buildWhen(rows, lastYear, calls, filters, interval, await readFirstContactDay(client));
  });
}

export function analyseWho(request: AnalysisRequest): Promise<AnalysisResults['who']> {
  return run(request, async (client) =>
    buildWho(
      await tallies(request)(
        client,
        tallyFilters(request.filters),
        contactScopeOf(request.actor),
        GROUPINGS.who,
      ),
    ),
  );
}

export function analyseWhy(
  request: AnalysisRequest,
  interval: SeriesInterval,
): Promise<AnalysisResults['why']> {
  return run(request, async (client) => {
    const rows = await tallies(request)(
      client,
      tallyFilters(request.filters),
      contactScopeOf(request.actor),
      GROUPINGS.why,
    );
    return buildWhy(rows, await readAnalysisLabels(client), request.filters, interval);
  });
}

export function analyseOutcome(request: AnalysisRequest): Promise<AnalysisResults['outcome']> {
  return run(request, async (client) => {
    const rows = await tallies(request)(
      client,
      tallyFilters(request.filters),
      contactScopeOf(request.actor),
      GROUPINGS.outcome,
    );
    return buildOutcome(rows, await readAnalysisLabels(client));
  });
}

export function analyseTrend(
  request: AnalysisRequest,
  measure: TrendMeasure,
  interval: SeriesInterval,
): Promise<AnalysisResults['trend']> {
  return run(request, async (client) =>
    buildTrend(
      await tallies(request)(
        client,
        tallyFilters(request.filters),
        contactScopeOf(request.actor),
        GROUPINGS.trend,
      ),
      request.filters,
      measure,
      interval,
    ),
  );
}

/**
 * The change against a base period: the one asked for, else by default the same dates a year
 * before when contacts were logged then, else the period of the same length just before
 * (defaultBasePeriod). A base without data is said so, never compared as zero.
 */
export function analyseChange(
  request: AnalysisRequest,
  measure: TrendMeasure,
  asked: { from?: string | undefined; to?: string | undefined },
): Promise<AnalysisResults['change']> {
  const scope = contactScopeOf(request.actor);
  const { from, to } = request.filters;
  return run(request, async (client) => {
    const dataFrom = await readFirstContactDay(client);
    const base =
      asked.from && asked.to
        ? { from: asked.from, to: asked.to }
        : (defaultBasePeriod(from, to, dataFrom) ?? {
            from: sameDateYearBefore(from),
            to: sameDateYearBefore(to),
          });
    const current = await tallies(request)(client, tallyFilters(request.filters), scope, GROUPINGS.change);
    const before = await tallies(request)(
      client,
      tallyFilters(request.filters, base),
      scope,
      GROUPINGS.change,
    );
    return buildChange(
      current,
      before,
      { from: request.filters.from, to: request.filters.to, baseFrom: base.from, baseTo: base.to },
      measure,
      dataFrom,
    );
  });
}

export function analyseFixFirst(request: AnalysisRequest): Promise<AnalysisResults['fix-first']> {
  return run(request, async (client) => {
    const rows = await tallies(request)(
      client,
      tallyFilters(request.filters),
      contactScopeOf(request.actor),
      GROUPINGS.fixFirst,
    );
    return buildFixFirst(rows, await readAnalysisLabels(client));
  });
}

/**
 * The report of one department (a root unit): the contacts its topics caused, and the contacts
 * forwarded to it. A department contact may open only the departments of the units they speak for.
 */
export function departmentReport(
  request: AnalysisRequest,
  departmentId: string,
): Promise<AnalysisResults['department']> {
  const { actor } = request;
  const scope = contactScopeOf(actor);
  return run(request, async (client) => {
    if ((await readDepartmentOf(client, departmentId)) !== departmentId) {
      throw badRequest('validation_failed', [{ pointer: '/params/unitId', code: 'department_unknown' }]);
    }
    if (scope.kind === 'limited') {
      const departments = await Promise.all(scope.unitIds.map((id) => readDepartmentOf(client, id)));
      if (!departments.includes(departmentId)) throw forbidden();
    }
    const filters = { ...request.filters, unitId: departmentId };
    const rows = await tallies(request)(client, tallyFilters(filters), scope, GROUPINGS.department);
    // A resolution filter other than forwarded leaves no forwarded contact.
    const forwarded =
      request.filters.resolution === undefined || request.filters.resolution === 'forwarded'
        ? await tallies(request)(
            client,
            {
              ...tallyFilters({ ...request.filters, unitId: undefined }),
              resolution: 'forwarded',
              forwardedToUnitId: departmentId,
            },
            scope,
            [[]],
          )
        : [];
    const forwardedIn = forwarded[0]?.contacts ?? 0;
    return buildDepartmentReport(rows, forwardedIn, await readAnalysisLabels(client), departmentId, filters);
  });
}
