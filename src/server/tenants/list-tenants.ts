import type { Database } from '../../db/database.js';
import { withPlatform } from '../../db/tenant-context.js';
import { sortSwedish } from '../../core/text/collation.js';
import { selectTenants, type TenantRow } from './queries/tenants.js';

/** Every municipality in Lots, by name in Swedish alphabetical order. Runs as lots_platform. */
export async function listTenants({ db }: { db: Database }): Promise<TenantRow[]> {
  return sortSwedish(await withPlatform(db, (tx) => selectTenants(tx)), (t) => t.name);
}
