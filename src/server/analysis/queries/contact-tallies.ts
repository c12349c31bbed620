/**
 * The one read behind every analysis: the contacts that match the filters and the asker's scope,
 * counted in the groupings asked for (GROUPING SETS), with everything the builders in
 * core/analysis need per group. Times are Stockholm's; a department is the root unit above the
 * unit that owned the topic (or received a forwarded contact).
 *
 * Counted month by month (issue #14.2): the database counts each calendar month of the period
 * apart, by the owner and receiving units as stored, and the months are kept in the process
 * (TallyCache) under their change counters (contact_month_versions, read first in the same
 * transaction); a request counts only the months written since, then adds the months up and
 * maps units to their departments by the current unit tree. Sums of counts are exact, so the
 * figures are those of one count over the whole period.
 */
import {
  DIMENSIONS,
  EMPTY_TALLY,
  groupingKey,
  planGroupings,
  rollUp,
  type Dimension,
  type TallyRow,
} from '../../../core/analysis/tally.js';
import { calendarDayOf, startOfCalendarDay } from '../../../core/contacts/calendar-day.js';
import type { SqlClient } from '../../../db/database.js';
import type { ContactScope } from '../../contacts/policy.js';
import type { TallyCache } from '../tally-cache.js';
import { readMonthVersions } from './month-versions.js';
import { readTreeNodes, type TreeNode } from './tree-nodes.js';

export interface TallyFilters {
  /** Instants: the first day's midnight and the midnight after the last day, Stockholm time. */
  start: Date;
  end: Date;
  channel?: string | undefined;
  need?: string | undefined;
  resolution?: string | undefined;
  topicId?: string | undefined;
  unitId?: string | undefined;
  /** Only contacts forwarded to this unit or a unit below it. */
  forwardedToUnitId?: string | undefined;
}

/** The column each dimension is counted by, in the filtered contacts `f` (units as stored). */
const COLUMNS: Record<Dimension, string> = {
  day: 'f.local_day',
  weekday: 'f.local_weekday',
  hour: 'f.local_hour',
  channel: 'f.channel',
  need: 'f.need',
  topic: 'f.topic_id',
  department: 'f.owner_unit_id',
  failureReason: 'f.failure_reason',
  forwardedToDepartment: 'f.forwarded_to_unit_id',
  gender: 'f.citizen_gender',
  ageBand: 'f.citizen_age_band',
  district: 'f.citizen_district',
};

type Tree = TreeNode;

/** The node and every node below it. */
function subtree(nodes: readonly Tree[], root: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parent_id) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n.id]);
  }
  if (!nodes.some((n) => n.id === root)) return [];
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out.sort();
}

/** Each unit's department (root unit). */
function departments(units: readonly Tree[]): Map<string, string> {
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const root = new Map<string, string>();
  for (const u of units) {
    let id = u.id;
    for (let guard = 0; parent.get(id) && guard < 1000; guard += 1) id = parent.get(id)!;
    root.set(u.id, id);
  }
  return root;
}

/** The first day of each month the instants [start, end) touch, with the part of [start, end) in it. */
function monthsOf(start: Date, end: Date): { month: string; start: Date; end: Date }[] {
  const out: { month: string; start: Date; end: Date }[] = [];
  if (end <= start) return out;
  let month = `${calendarDayOf(start).slice(0, 7)}-01`;
  for (;;) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const monthStart = startOfCalendarDay(month);
    const monthEnd = startOfCalendarDay(next);
    out.push({
      month,
      start: monthStart > start ? monthStart : start,
      end: monthEnd < end ? monthEnd : end,
    });
    if (monthEnd >= end) return out;
    month = next;
  }
}

export async function readContactTallies(
  client: SqlClient,
  filters: TallyFilters,
  scope: ContactScope,
  groupings: readonly (readonly Dimension[])[],
  cache?: TallyCache,
): Promise<TallyRow[]> {
  // The database counts the finest groupings; the coarser ones are summed from them (core).
  const plan = planGroupings(groupings);
  const used = DIMENSIONS.filter((d) => plan.counted.some((g) => g.includes(d)));
  const months = monthsOf(filters.start, filters.end);
  // Change counters first: the contacts read after them are at least as new.
  const versions = await readMonthVersions(
    client,
    months.map((m) => m.month),
  );
  const needUnits =
    used.includes('department') ||
    used.includes('forwardedToDepartment') ||
    filters.unitId !== undefined ||
    filters.forwardedToUnitId !== undefined ||
    (scope.kind === 'limited' && scope.unitIds.length > 0);
  const units = needUnits ? await readTreeNodes(client, 'units') : [];
  const topics = filters.topicId !== undefined ? await readTreeNodes(client, 'topics') : [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const shape: Record<string, unknown> = { used, counted: plan.counted };
  if (filters.channel !== undefined) where.push(`c.channel = ${param(filters.channel)}`);
  if (filters.need !== undefined) where.push(`c.need = ${param(filters.need)}`);
  if (filters.resolution !== undefined) where.push(`c.resolution = ${param(filters.resolution)}`);
  Object.assign(shape, { channel: filters.channel, need: filters.need, resolution: filters.resolution });
  if (filters.topicId !== undefined) {
    shape['topics'] = subtree(topics, filters.topicId);
    where.push(`c.topic_id = ANY(${param(shape['topics'])}::uuid[])`);
  }
  if (filters.unitId !== undefined) {
    shape['units'] = subtree(units, filters.unitId);
    where.push(`c.owner_unit_id = ANY(${param(shape['units'])}::uuid[])`);
  }
  if (filters.forwardedToUnitId !== undefined) {
    shape['forwardedTo'] = subtree(units, filters.forwardedToUnitId);
    where.push(`c.forwarded_to_unit_id = ANY(${param(shape['forwardedTo'])}::uuid[])`);
  }
  if (scope.kind === 'limited') {
    const own = `c.logged_by_user_id = ${param(scope.userId)}::uuid`;
    shape['user'] = scope.userId;
    if (scope.unitIds.length === 0) where.push(own);
    else {
      shape['scopeUnits'] = [...new Set(scope.unitIds.flatMap((id) => subtree(units, id)))].sort();
      where.push(`(${own} OR c.owner_unit_id = ANY(${param(shape['scopeUnits'])}::uuid[]))`);
    }
  }
  const shapeKey = JSON.stringify(shape);
  const keyOf = (m: (typeof months)[number]) =>
    `${versions.tenant}|${m.month}|${versions.versions.get(m.month) ?? '0'}|${m.start.toISOString()}|${m.end.toISOString()}|${shapeKey}`;
  const byMonth = new Map<string, readonly TallyRow[]>();
  for (const m of months) {
    const rows = cache?.get(keyOf(m));
    if (rows) byMonth.set(m.month, rows);
  }
  const missing = months.filter((m) => !byMonth.has(m.month));
  if (missing.length > 0) {
    // One count over the months from the first to the last missing one, by month.
    const first = missing[0]!;
    const last = missing[missing.length - 1]!;
    const from = param(first.start.toISOString());
    const to = param(last.end.toISOString());
    const counted = await countByMonth(client, from, to, where, used, plan.counted, params);
    for (const m of months.filter((x) => x.start >= first.start && x.end <= last.end)) {
      const rows = counted.get(m.month) ?? [];
      byMonth.set(m.month, rows);
      cache?.set(keyOf(m), rows);
    }
  }
  const root = departments(units);
  const toDepartment = (id: string | null | undefined) => (id ? (root.get(id) ?? null) : null);
  const mapsUnits = used.includes('department') || used.includes('forwardedToDepartment');
  // Added up in place, keyed by grouping and values (\u0001 apart, \u0000 for null).
  const sums = new Map<string, TallyRow>();
  for (const rows of byMonth.values()) {
    for (const row of rows) {
      let values = row.values;
      if (mapsUnits) {
        values = { ...values };
        if ('department' in values) values.department = toDepartment(values.department);
        if ('forwardedToDepartment' in values)
          values.forwardedToDepartment = toDepartment(values.forwardedToDepartment);
      }
      let key = row.grouping;
      for (const d of used) key += `\u0001${values[d] ?? (d in values ? '\u0000' : '\u0002')}`;
      const sum = sums.get(key);
      if (!sum) sums.set(key, { ...row, values });
      else {
        sum.contacts += row.contacts;
        sum.failureDemand += row.failureDemand;
        sum.existingCase += row.existingCase;
        sum.resolvedSelf += row.resolvedSelf;
        sum.resolvedHandling += row.resolvedHandling;
        sum.resolvedSpecialist += row.resolvedSpecialist;
        sum.forwarded += row.forwarded;
        sum.unresolved += row.unresolved;
        sum.durationSeconds += row.durationSeconds;
        sum.failureDemandSeconds += row.failureDemandSeconds;
      }
    }
  }
  const merged = [...sums.values()];
  // A grouping with no contacts at all still has its grand total row, as one count would give.
  for (const g of plan.counted.filter((g) => g.length === 0)) {
    if (!merged.some((r) => r.grouping === groupingKey(g)))
      merged.push({ ...EMPTY_TALLY, grouping: groupingKey(g), values: {} });
  }
  return [...merged, ...plan.derived.flatMap((d) => rollUp(merged, d.from, d.grouping))];
}

/** The counted groupings of each month of [from, to), units as stored. */
async function countByMonth(
  client: SqlClient,
  from: string,
  to: string,
  where: readonly string[],
  used: readonly Dimension[],
  counted: readonly (readonly Dimension[])[],
  params: unknown[],
): Promise<Map<string, TallyRow[]>> {
  // Only columns of contacts_analysis_idx are read, the Stockholm day, weekday and hour among them
  // (stored when the contact is written, migration 0011), so the scan can be index-only. OFFSET 0
  // keeps the filters out of the scan (bench/analysis.ts: a unit or topic filter otherwise led
  // PostgreSQL to fetch each row from the heap, where live logging spreads them over the table).
  const columns = used.map((d) => COLUMNS[d]);
  const sets = counted.map((g) => `(f.month${g.map((d) => `, ${COLUMNS[d]}`).join('')})`).join(', ');
  const text = `WITH f AS (
      SELECT c.*, date_trunc('month', c.local_day)::date AS month
        FROM (SELECT channel, need, topic_id, owner_unit_id, resolution, is_failure_demand, failure_reason,
                     concerns_existing_case, forwarded_to_unit_id, duration_seconds, citizen_gender,
                     citizen_age_band, citizen_district, logged_by_user_id, local_day, local_weekday, local_hour
                FROM contacts
               WHERE tenant_id = lots_current_tenant() AND deleted_at IS NULL
                 AND started_at >= ${from}::timestamptz AND started_at < ${to}::timestamptz
              OFFSET 0) c
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    )
    SELECT f.month::text AS month,
           ${used.length > 0 ? `GROUPING(${columns.join(', ')})` : '0'}::int AS g,
           ${used.map((d, i) => `${columns[i]}::text AS "${d}"`).join(', ')}${used.length > 0 ? ',' : ''}
           count(*)::int AS contacts,
           count(*) FILTER (WHERE f.is_failure_demand)::int AS failure_demand,
           count(*) FILTER (WHERE f.concerns_existing_case)::int AS existing_case,
           count(*) FILTER (WHERE f.resolution = 'resolved_self')::int AS resolved_self,
           count(*) FILTER (WHERE f.resolution = 'resolved_handling')::int AS resolved_handling,
           count(*) FILTER (WHERE f.resolution = 'resolved_specialist')::int AS resolved_specialist,
           count(*) FILTER (WHERE f.resolution = 'forwarded')::int AS forwarded,
           count(*) FILTER (WHERE f.resolution = 'unresolved')::int AS unresolved,
           coalesce(sum(f.duration_seconds), 0)::bigint::text AS duration_seconds,
           coalesce(sum(f.duration_seconds) FILTER (WHERE f.is_failure_demand), 0)::bigint::text AS failure_demand_seconds
      FROM f
     GROUP BY GROUPING SETS (${sets})`;
  const rows = await client.query<Record<string, unknown>>(text, params);
  const out = new Map<string, TallyRow[]>();
  for (const row of rows) {
    const g = row.g as number;
    // GROUPING(a, b, c) sets bit (n-1-i) when the i-th column is NOT grouped in the row's set.
    const grouped = used.filter((_, i) => (g & (1 << (used.length - 1 - i))) === 0);
    const values: Partial<Record<Dimension, string | null>> = {};
    for (const d of grouped) values[d] = (row[d] as string | null) ?? null;
    const month = row.month as string;
    const list = out.get(month) ?? [];
    list.push({
      grouping: groupingKey(grouped),
      values,
      contacts: row.contacts as number,
      failureDemand: row.failure_demand as number,
      existingCase: row.existing_case as number,
      resolvedSelf: row.resolved_self as number,
      resolvedHandling: row.resolved_handling as number,
      resolvedSpecialist: row.resolved_specialist as number,
      forwarded: row.forwarded as number,
      unresolved: row.unresolved as number,
      durationSeconds: Number(row.duration_seconds),
      failureDemandSeconds: Number(row.failure_demand_seconds),
    });
    out.set(month, list);
  }
  return out;
}
