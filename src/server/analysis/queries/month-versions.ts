/**
 * The tenant and the change counter of each given month of its contacts (contact_month_versions,
 * kept by triggers on contacts, migration 0019): the key under which the analyses keep a month's
 * tallies (analysis/tally-cache.ts). Read before the contacts, in the same transaction.
 */
import type { SqlClient } from '../../../db/database.js';

export async function readMonthVersions(
  client: SqlClient,
  months: readonly string[],
): Promise<{ tenant: string; versions: ReadonlyMap<string, string> }> {
  const [row] = await client.query<{ tenant: string; versions: Record<string, string> | null }>(
    `SELECT lots_current_tenant()::text AS tenant,
            (SELECT json_object_agg(month::text, v) FROM (
               SELECT month, sum(version)::text AS v FROM contact_month_versions
                WHERE tenant_id = lots_current_tenant() AND month = ANY($1::date[]) GROUP BY month) m) AS versions`,
    [months],
  );
  return { tenant: row?.tenant ?? '', versions: new Map(Object.entries(row?.versions ?? {})) };
}
