import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { RoleGrant } from '../../core/auth/roles.js';
import { compareSwedish } from '../../core/text/collation.js';
import { selectRoleGrants, selectUsers } from './queries/users.js';
import { withRoles, type User } from './user.js';

/** The tenant's users with their roles, by name in Swedish alphabetical order. */
export async function listUsers({ db, tenantId }: { db: Database; tenantId: string }): Promise<User[]> {
  const { rows, grants } = await withTenant(db, tenantId, async (tx) => ({
    rows: await selectUsers(tx, tenantId),
    grants: await selectRoleGrants(tx, tenantId),
  }));
  const byUser = new Map<string, RoleGrant[]>();
  for (const g of grants) {
    const list = byUser.get(g.userId) ?? [];
    list.push({ role: g.role, unitId: g.unitId });
    byUser.set(g.userId, list);
  }
  return rows
    .map((row) => withRoles(row, byUser.get(row.id) ?? []))
    .sort((a, b) => compareSwedish(a.displayName, b.displayName) || a.email.localeCompare(b.email));
}
