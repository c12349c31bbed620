/**
 * Queries on users, their roles and their sign-in names. The password hash is never selected
 * here: nothing that lists or presents users can leak it by accident. Integration accounts are
 * users too (of kind 'integration'), but they are managed under /api/integrations: the queries
 * that list or find users for user administration see people only.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { loginIdentities, userRoles, users } from '../../../db/schema.js';
import type { RoleGrant } from '../../../core/auth/roles.js';

const userColumns = {
  id: users.id,
  tenantId: users.tenantId,
  email: users.email,
  displayName: users.displayName,
  locale: users.locale,
  isActive: users.isActive,
  isPlatformAdmin: users.isPlatformAdmin,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export type UserRow = {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  locale: 'sv' | 'en';
  isActive: boolean;
  isPlatformAdmin: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

export function selectUsers(tx: Tx, tenantId: string): Promise<UserRow[]> {
  return tx
    .select(userColumns)
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.kind, 'person')));
}

export async function findUser(tx: Tx, tenantId: string, id: string): Promise<UserRow | null> {
  const [row] = await tx
    .select(userColumns)
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.kind, 'person')));
  return row ?? null;
}

export async function insertUserRow(
  tx: Tx,
  values: {
    tenantId: string;
    email: string;
    displayName: string;
    passwordHash: string;
    locale: 'sv' | 'en';
    isPlatformAdmin: boolean;
  },
): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning(userColumns);
  if (!row) throw new Error('user insert returned no row');
  return row;
}

export async function updateUserRow(
  tx: Tx,
  tenantId: string,
  id: string,
  values: Partial<{ displayName: string; isActive: boolean }>,
): Promise<void> {
  await tx
    .update(users)
    .set(values)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
}

/** Sets a new password and lifts any lock-out (a fresh password deserves fresh attempts). */
export async function updatePasswordHash(
  tx: Tx,
  tenantId: string,
  id: string,
  passwordHash: string,
): Promise<void> {
  await tx
    .update(users)
    .set({ passwordHash, failedLoginCount: 0, lockedUntil: null })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
}

/** Role grants of the given users, or of every user of the tenant when userIds is omitted. */
export async function selectRoleGrants(
  tx: Tx,
  tenantId: string,
  userIds?: readonly string[],
): Promise<(RoleGrant & { userId: string })[]> {
  if (userIds?.length === 0) return [];
  return tx
    .select({ userId: userRoles.userId, role: userRoles.role, unitId: userRoles.unitId })
    .from(userRoles)
    .where(
      userIds
        ? and(eq(userRoles.tenantId, tenantId), inArray(userRoles.userId, [...userIds]))
        : eq(userRoles.tenantId, tenantId),
    );
}

export async function replaceRoleGrants(
  tx: Tx,
  tenantId: string,
  userId: string,
  grants: readonly RoleGrant[],
): Promise<void> {
  await tx.delete(userRoles).where(and(eq(userRoles.tenantId, tenantId), eq(userRoles.userId, userId)));
  if (grants.length === 0) return;
  await tx
    .insert(userRoles)
    .values(grants.map((g) => ({ tenantId, userId, role: g.role, unitId: g.unitId })));
}

/** Registers a local sign-in name; login_identities is global, so this fails for an address used in any tenant. */
export async function insertLocalLoginIdentity(
  tx: Tx,
  values: { tenantId: string; userId: string; email: string },
): Promise<void> {
  await tx
    .insert(loginIdentities)
    .values({ issuer: 'local', subject: values.email, tenantId: values.tenantId, userId: values.userId });
}
