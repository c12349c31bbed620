import { ROLES, type RoleGrant } from '../../core/auth/roles.js';
import type { UserRow } from './queries/users.js';

/** A user as the services return it: the row with its roles, never with the password hash. */
export interface User extends UserRow {
  roles: RoleGrant[];
}

/** Roles in the order of ROLES (guide first, administrator last), so lists read the same everywhere. */
export function sortRoleGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return [...grants]
    .map((g) => ({ role: g.role, unitId: g.unitId }))
    .sort(
      (a, b) =>
        ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.unitId ?? '').localeCompare(b.unitId ?? ''),
    );
}

export function withRoles(row: UserRow, grants: readonly RoleGrant[]): User {
  return { ...row, roles: sortRoleGrants(grants) };
}
