/**
 * A municipality's e-mail domains (migration 0013). Read as lots_app (its own only, under
 * row-level security) or lots_platform; written as lots_platform.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { tenantEmailDomains } from '../../../db/schema.js';

/** The municipality's domains, sorted. */
export async function selectEmailDomains(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .select({ domain: tenantEmailDomains.domain })
    .from(tenantEmailDomains)
    .where(eq(tenantEmailDomains.tenantId, tenantId));
  return rows.map((r) => r.domain).sort();
}

/** Every municipality's domains, by tenant (platform only). */
export async function selectAllEmailDomains(tx: Tx): Promise<Map<string, string[]>> {
  const rows = await tx.select().from(tenantEmailDomains).orderBy(tenantEmailDomains.domain);
  const byTenant = new Map<string, string[]>();
  for (const row of rows) byTenant.set(row.tenantId, [...(byTenant.get(row.tenantId) ?? []), row.domain]);
  return byTenant;
}

/** Replaces the municipality's domains (platform only); a domain of another municipality violates the key. */
export async function replaceEmailDomains(
  tx: Tx,
  tenantId: string,
  domains: readonly string[],
): Promise<void> {
  await tx.delete(tenantEmailDomains).where(eq(tenantEmailDomains.tenantId, tenantId));
  if (domains.length > 0)
    await tx.insert(tenantEmailDomains).values(domains.map((domain) => ({ domain, tenantId })));
}
