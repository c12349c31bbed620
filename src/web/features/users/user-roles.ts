/**
 * Roles as the interface lists them: in a fixed order (ROLES), each once, with the platform
 * administrator's extra standing after them. Pure, so views only translate.
 */
import { ROLES, type Role, type RoleGrant } from '../../../core/auth/roles.js';

export type RoleName = Role | 'platform_admin';

export function roleNamesOf(grants: readonly RoleGrant[], isPlatformAdmin = false): RoleName[] {
  const held = new Set(grants.map((g) => g.role));
  const names: RoleName[] = ROLES.filter((r) => held.has(r));
  if (isPlatformAdmin) names.push('platform_admin');
  return names;
}

export interface RoleLine {
  role: Role;
  /** The unit a department contact speaks for, when the role is tied to one. */
  unitName: string | null;
}

/** One line per grant, ordered like ROLES, with the unit's name looked up. */
export function roleLinesOf(
  grants: readonly RoleGrant[],
  unitNames: ReadonlyMap<string, string>,
): RoleLine[] {
  return [...grants]
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
    .map((g) => ({ role: g.role, unitName: g.unitId ? (unitNames.get(g.unitId) ?? null) : null }));
}

/** What the role checkboxes hold: the roles ticked and the department contact's unit. */
export interface RoleSelection {
  roles: Role[];
  /** '' when none is chosen. */
  unitId: string;
}

export function selectionOf(grants: readonly RoleGrant[]): RoleSelection {
  return {
    roles: roleNamesOf(grants).filter((r): r is Role => r !== 'platform_admin'),
    unitId: grants.find((g) => g.role === 'department_contact')?.unitId ?? '',
  };
}

/**
 * The grants to send. Only the department contact role is tied to a unit; a missing unit is sent
 * as null and the API names the problem.
 */
export function grantsOf(selection: RoleSelection): RoleGrant[] {
  return ROLES.filter((r) => selection.roles.includes(r)).map((role) => ({
    role,
    unitId: role === 'department_contact' ? selection.unitId || null : null,
  }));
}

/** Ticks or unticks one role. */
export function toggleRole(selection: RoleSelection, role: Role, on: boolean): RoleSelection {
  const roles = on ? [...new Set([...selection.roles, role])] : selection.roles.filter((r) => r !== role);
  return { ...selection, roles };
}

/** Users by name in Swedish order, then by e-mail. */
export function sortUsers<T extends { displayName: string; email: string }>(users: readonly T[]): T[] {
  const collator = new Intl.Collator('sv');
  return [...users].sort(
    (a, b) => collator.compare(a.displayName, b.displayName) || collator.compare(a.email, b.email),
  );
}
