/**
 * An improvement's weekly figures (core/improvements/improvement.ts): per ISO week (its Monday,
 * Stockholm days) from..to, the contacts of its population (topic among the targeted topics and
 * the topics below them, when topics are targeted; need among the targeted needs, when needs are
 * targeted) and the failure-demand contacts among them (with a targeted reason, when reasons are
 * targeted), and all the municipality's contacts that week (the verdict's yardstick). Deleted
 * contacts are left out. Every week of the period is returned, with zeros
 * where no contact came.
 */
import type { WeekFigures } from '../../../core/improvements/improvement.js';
import type { SqlClient } from '../../../db/database.js';

export interface WeekQuery {
  from: string;
  to: string;
  topicIds: readonly string[];
  needs: readonly string[];
  failureReasons: readonly string[];
}

export async function readImprovementWeeks(client: SqlClient, query: WeekQuery): Promise<WeekFigures[]> {
  const rows = await client.query<{
    week: string;
    contacts: number;
    failure_demand: number;
    all_contacts: number;
  }>(
    `WITH RECURSIVE targeted(id) AS (
       SELECT id FROM topics WHERE tenant_id = lots_current_tenant() AND id = ANY($3::uuid[])
       UNION
       SELECT t.id FROM topics t JOIN targeted s ON t.parent_id = s.id WHERE t.tenant_id = lots_current_tenant()
     ), marked AS (
       SELECT c.local_day, c.is_failure_demand, c.failure_reason,
              (cardinality($3::uuid[]) = 0 OR c.topic_id IN (SELECT id FROM targeted))
                AND (cardinality($4::text[]) = 0 OR c.need = ANY($4::text[])) AS in_population
         FROM (SELECT local_day, topic_id, need, is_failure_demand, failure_reason FROM contacts
                WHERE tenant_id = lots_current_tenant() AND deleted_at IS NULL
                  AND started_at >= ($1::date - 1)::timestamp AT TIME ZONE 'UTC'
                  AND started_at < ($2::date + 2)::timestamp AT TIME ZONE 'UTC'
               OFFSET 0) c
        WHERE c.local_day BETWEEN $1::date AND $2::date
     ), weeks AS (
       SELECT date_trunc('week', local_day)::date AS week,
              count(*) FILTER (WHERE in_population)::int AS contacts,
              count(*) FILTER (WHERE in_population AND is_failure_demand
                AND (cardinality($5::text[]) = 0 OR failure_reason = ANY($5::text[])))::int AS failure_demand,
              count(*)::int AS all_contacts
         FROM marked
        GROUP BY 1
     )
     SELECT s.week::date::text AS week, coalesce(w.contacts, 0)::int AS contacts,
            coalesce(w.failure_demand, 0)::int AS failure_demand,
            coalesce(w.all_contacts, 0)::int AS all_contacts
       FROM generate_series($1::date, $2::date, interval '7 days') AS s(week)
       LEFT JOIN weeks w ON w.week = s.week::date
      ORDER BY s.week`,
    [query.from, query.to, query.topicIds, query.needs, query.failureReasons],
  );
  return rows.map((r) => ({
    week: r.week,
    contacts: r.contacts,
    failureDemand: r.failure_demand,
    allContacts: r.all_contacts,
  }));
}
