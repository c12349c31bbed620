import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { tenants } from '../../../db/schema.js';

export type TenantRow = typeof tenants.$inferSelect;

/** Every tenant; only lots_platform sees them all (withPlatform). */
export function selectTenants(tx: Tx): Promise<TenantRow[]> {
  return tx.select().from(tenants);
}

export async function findTenant(tx: Tx, id: string): Promise<TenantRow | null> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.id, id));
  return row ?? null;
}

export async function findTenantByMunicipality(tx: Tx, municipalityCode: string): Promise<TenantRow | null> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.municipalityCode, municipalityCode));
  return row ?? null;
}

export async function insertTenant(
  tx: Tx,
  values: { municipalityCode: string; name: string },
): Promise<TenantRow> {
  const [row] = await tx.insert(tenants).values(values).returning();
  if (!row) throw new Error('tenant insert returned no row');
  return row;
}
