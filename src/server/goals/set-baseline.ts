/**
 * A control chart's baselines: the list, and a new one. A baseline is set once and never
 * changed or removed: the chart shows every change of limits and why. A new baseline must have
 * ended (its days are over) and cannot start the same day as another of the same chart (409).
 */
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { formatMeasureScope, parseMeasureScope, type MeasureKey } from '../../core/signals/measures.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, conflict, Problem } from '../http/problem.js';
import { assertMeasureScopeExists } from './measure-scope.js';
import { readTelephonySettings } from '../telephony/queries/telephony-settings.js';
import { assertScopeFits } from './build-chart.js';
import { insertBaseline, listBaselines, type BaselineRow } from './queries/chart-baselines.js';
import type { BaselineBody } from './schema.js';

interface Options {
  db: Database;
  actor: Actor;
}

export async function listChartBaselines({
  db,
  actor,
  measure,
  scope,
}: Options & { measure?: MeasureKey | undefined; scope?: string | undefined }): Promise<BaselineRow[]> {
  const chart =
    measure === undefined ? null : { measure, scope: formatMeasureScope(parseMeasureScope(scope ?? 'all')!) };
  return withTenantClient(db, actor.tenantId, (client) => listBaselines(client, chart));
}

export async function setBaseline({
  db,
  actor,
  body,
  now = new Date(),
}: Options & { body: BaselineBody; now?: Date }): Promise<BaselineRow> {
  const scope = parseMeasureScope(body.scope)!;
  assertScopeFits(body.measure, scope, 'body');
  const values = { ...body, scope: formatMeasureScope(scope) };
  return withTenantClient(db, actor.tenantId, async (client) => {
    const settings = await readTelephonySettings(client);
    if (body.to >= calendarDayOf(now, settings.timeZone)) {
      throw badRequest('validation_failed', [{ pointer: '/body/to', code: 'day_in_future' }]);
    }
    if (scope.kind !== 'all') {
      try {
        await assertMeasureScopeExists(client, scope, actor.tenantId);
      } catch (error) {
        if (!(error instanceof Problem) || error.status !== 404) throw error;
        throw badRequest('validation_failed', [{ pointer: '/body/scope', code: 'scope_unknown' }]);
      }
    }
    const id = await insertBaseline(client, values, actor.userId);
    if (id === null) throw conflict('baseline_exists', [{ pointer: '/body/from', code: 'baseline_exists' }]);
    await insertAuditEventSql(client, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'chart_baseline.created',
      entityType: 'chart_baseline',
      entityId: id,
      details: { measure: values.measure, scope: values.scope, from: values.from, to: values.to },
    });
    const rows = await listBaselines(client, { measure: values.measure, scope: values.scope });
    return rows.find((r) => r.id === id)!;
  });
}
