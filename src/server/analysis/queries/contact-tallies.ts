/**
 * The one scan behind every analysis: the contacts that match the filters and the asker's scope,
 * counted in the groupings asked for (GROUPING SETS), with everything the builders in
 * core/analysis need per group. Times are Stockholm's; a department is the root unit above the
 * unit that owned the topic (or received a forwarded contact).
 */
import {
  DIMENSIONS,
  groupingKey,
  planGroupings,
  rollUp,
  type Dimension,
  type TallyRow,
} from '../../../core/analysis/tally.js';
import type { SqlClient } from '../../../db/database.js';
import type { ContactScope } from '../../contacts/policy.js';

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

/** The column each dimension is grouped by, in the filtered contacts `f`. */
const COLUMNS: Record<Dimension, string> = {
  day: 'f.day',
  weekday: 'f.weekday',
  hour: 'f.hour',
  channel: 'f.channel',
  need: 'f.need',
  topic: 'f.topic_id',
  department: 'od.root',
  failureReason: 'f.failure_reason',
  forwardedToDepartment: 'fd.root',
  gender: 'f.citizen_gender',
  ageBand: 'f.citizen_age_band',
  district: 'f.citizen_district',
};

/** The unit or topic and everything below it, as a recursive CTE named `name`. */
const subtree = (name: string, table: 'units' | 'topics', param: string) => `${name}(id) AS (
    SELECT id FROM ${table} WHERE tenant_id = lots_current_tenant() AND id = ${param}::uuid
    UNION
    SELECT x.id FROM ${table} x JOIN ${name} s ON x.parent_id = s.id WHERE x.tenant_id = lots_current_tenant()
  )`;

export async function readContactTallies(
  client: SqlClient,
  filters: TallyFilters,
  scope: ContactScope,
  groupings: readonly (readonly Dimension[])[],
): Promise<TallyRow[]> {
  // The database counts the finest groupings; the coarser ones are summed from them (core).
  const plan = planGroupings(groupings);
  const used = DIMENSIONS.filter((d) => plan.counted.some((g) => g.includes(d)));
  const params: unknown[] = [filters.start.toISOString(), filters.end.toISOString()];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const ctes = [
    `dept(id, root) AS (
      SELECT id, id FROM units WHERE tenant_id = lots_current_tenant() AND parent_id IS NULL
      UNION ALL
      SELECT u.id, d.root FROM units u JOIN dept d ON u.parent_id = d.id WHERE u.tenant_id = lots_current_tenant()
    )`,
  ];
  // The municipality's period is read whole (an index-only scan of contacts_analysis_idx); every
  // other filter is applied to those rows (see below).
  const where: string[] = [];
  if (filters.channel !== undefined) where.push(`c.channel = ${param(filters.channel)}`);
  if (filters.need !== undefined) where.push(`c.need = ${param(filters.need)}`);
  if (filters.resolution !== undefined) where.push(`c.resolution = ${param(filters.resolution)}`);
  if (filters.topicId !== undefined) {
    ctes.push(subtree('topic_filter', 'topics', param(filters.topicId)));
    where.push('c.topic_id IN (SELECT id FROM topic_filter)');
  }
  if (filters.unitId !== undefined) {
    ctes.push(subtree('unit_filter', 'units', param(filters.unitId)));
    where.push('c.owner_unit_id IN (SELECT id FROM unit_filter)');
  }
  if (filters.forwardedToUnitId !== undefined) {
    ctes.push(subtree('forward_filter', 'units', param(filters.forwardedToUnitId)));
    where.push('c.forwarded_to_unit_id IN (SELECT id FROM forward_filter)');
  }
  if (scope.kind === 'limited') {
    const own = `c.logged_by_user_id = ${param(scope.userId)}::uuid`;
    if (scope.unitIds.length === 0) where.push(own);
    else {
      ctes.push(`scope_units(id) AS (
        SELECT id FROM units WHERE tenant_id = lots_current_tenant() AND id = ANY(${param(scope.unitIds)}::uuid[])
        UNION
        SELECT u.id FROM units u JOIN scope_units s ON u.parent_id = s.id WHERE u.tenant_id = lots_current_tenant()
      )`);
      where.push(`(${own} OR c.owner_unit_id IN (SELECT id FROM scope_units))`);
    }
  }
  // Only columns of contacts_analysis_idx are read, the Stockholm day, weekday and hour among them
  // (stored when the contact is written, migration 0011), so the scan is index-only. OFFSET 0
  // keeps the filters out of the scan: with a unit or topic filter PostgreSQL would otherwise
  // pick contacts_owner_unit_idx on its (much too low) estimate of the rows, and fetch each row
  // from the heap, where live logging has spread one municipality's contacts over the whole
  // table (bench/analysis.ts: 130-470 ms for a department's 28,000 contacts against 10-20 ms
  // for filtering the year's 120,000 index entries).
  ctes.push(`f AS (
    SELECT c.channel, c.need, c.topic_id, c.owner_unit_id, c.resolution, c.is_failure_demand,
           c.failure_reason, c.concerns_existing_case, c.forwarded_to_unit_id, c.duration_seconds,
           c.citizen_gender, c.citizen_age_band, c.citizen_district,
           c.local_day AS day, c.local_weekday AS weekday, c.local_hour AS hour
      FROM (SELECT channel, need, topic_id, owner_unit_id, resolution, is_failure_demand, failure_reason,
                   concerns_existing_case, forwarded_to_unit_id, duration_seconds, citizen_gender,
                   citizen_age_band, citizen_district, logged_by_user_id, local_day, local_weekday, local_hour
              FROM contacts
             WHERE tenant_id = lots_current_tenant() AND deleted_at IS NULL
               AND started_at >= $1::timestamptz AND started_at < $2::timestamptz
            OFFSET 0) c
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
  )`);
  const columns = used.map((d) => COLUMNS[d]);
  const sets = plan.counted.map((g) => `(${g.map((d) => COLUMNS[d]).join(', ')})`).join(', ');
  const text = `WITH RECURSIVE ${ctes.join(',\n')}
    SELECT ${used.length > 0 ? `GROUPING(${columns.join(', ')})` : '0'}::int AS g,
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
      ${used.includes('department') ? 'LEFT JOIN dept od ON od.id = f.owner_unit_id' : ''}
      ${used.includes('forwardedToDepartment') ? 'LEFT JOIN dept fd ON fd.id = f.forwarded_to_unit_id' : ''}
     GROUP BY GROUPING SETS (${sets})`;
  const rows = await client.query<Record<string, unknown>>(text, params);
  const counted = rows.map((row): TallyRow => {
    const g = row.g as number;
    // GROUPING(a, b, c) sets bit (n-1-i) when the i-th column is NOT grouped in the row's set.
    const grouped = used.filter((_, i) => (g & (1 << (used.length - 1 - i))) === 0);
    const values: Partial<Record<Dimension, string | null>> = {};
    for (const d of grouped) values[d] = (row[d] as string | null) ?? null;
    return {
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
    };
  });
  return [...counted, ...plan.derived.flatMap((d) => rollUp(counted, d.from, d.grouping))];
}
