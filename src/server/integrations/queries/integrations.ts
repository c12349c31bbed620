/** Integration accounts: rows of users of kind 'integration', with the 'integration' role. */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { userRoles, users } from '../../../db/schema.js';

export interface IntegrationRow {
  id: string;
  tenantId: string;
  name: string;
  isActive: boolean;
  createdAt: Date;
}

const integrationColumns = {
  id: users.id,
  tenantId: users.tenantId,
  name: users.displayName,
  isActive: users.isActive,
  createdAt: users.createdAt,
};

const ofTenant = (tenantId: string) => and(eq(users.tenantId, tenantId), eq(users.kind, 'integration'));

export function selectIntegrations(tx: Tx, tenantId: string): Promise<IntegrationRow[]> {
  return tx.select(integrationColumns).from(users).where(ofTenant(tenantId));
}

export async function findIntegration(tx: Tx, tenantId: string, id: string): Promise<IntegrationRow | null> {
  const [row] = await tx
    .select(integrationColumns)
    .from(users)
    .where(and(ofTenant(tenantId), eq(users.id, id)));
  return row ?? null;
}

/** By name, ignoring case (the unique index users_integration_name_key compares the same way). */
export async function findIntegrationByName(
  tx: Tx,
  tenantId: string,
  name: string,
): Promise<IntegrationRow | null> {
  const [row] = await tx
    .select(integrationColumns)
    .from(users)
    .where(and(ofTenant(tenantId), sql`lower(${users.displayName}) = lower(${name})`));
  return row ?? null;
}

/**
 * The integration's user row and its role. The address is the fixed, undeliverable one the
 * database requires of an integration (0005_integrations.sql); there is no password and no
 * sign-in name, so the account cannot sign in.
 */
export async function insertIntegration(
  tx: Tx,
  values: { tenantId: string; id: string; name: string },
): Promise<IntegrationRow> {
  const [row] = await tx
    .insert(users)
    .values({
      tenantId: values.tenantId,
      id: values.id,
      kind: 'integration',
      email: `integration-${values.id}@lots.invalid`,
      displayName: values.name,
      passwordHash: null,
    })
    .returning(integrationColumns);
  if (!row) throw new Error('integration insert returned no row');
  await tx
    .insert(userRoles)
    .values({ tenantId: values.tenantId, userId: values.id, role: 'integration', unitId: null });
  return row;
}

export async function updateIntegrationRow(
  tx: Tx,
  tenantId: string,
  id: string,
  values: Partial<{ displayName: string; isActive: boolean }>,
): Promise<void> {
  await tx
    .update(users)
    .set(values)
    .where(and(ofTenant(tenantId), eq(users.id, id)));
}
