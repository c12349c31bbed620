import type { Database } from '../../db/database.js';
import { withPlatform } from '../../db/tenant-context.js';
import { sortSwedish } from '../../core/text/collation.js';
import { selectAllEmailDomains } from './queries/email-domains.js';
import { selectTenants, type TenantRow } from './queries/tenants.js';

/**
 * Every municipality in Lots with its e-mail domains, by name in Swedish alphabetical order.
 * Runs as lots_platform.
 */
export async function listTenants({
  db,
}: {
  db: Database;
}): Promise<{ tenant: TenantRow; emailDomains: string[] }[]> {
  const { rows, domains } = await withPlatform(db, async (tx) => ({
    rows: await selectTenants(tx),
    domains: await selectAllEmailDomains(tx),
  }));
  return sortSwedish(rows, (t) => t.name).map((tenant) => ({
    tenant,
    emailDomains: domains.get(tenant.id) ?? [],
  }));
}
