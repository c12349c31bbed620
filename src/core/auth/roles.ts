/**
 * Roles and what each may do. Lots deliberately has no permission to compare guides with each
 * other: individual figures are for the guide and their coach only (see docs/ARCHITECTURE.md).
 */
export const ROLES = ['guide', 'quality_developer', 'manager', 'department_contact', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'units:read',
  'units:write',
  'users:read',
  'users:write',
  'tenants:read',
  'tenants:create',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  guide: ['units:read'],
  quality_developer: ['units:read'],
  manager: ['units:read', 'users:read'],
  department_contact: ['units:read'],
  administrator: ['units:read', 'units:write', 'users:read', 'users:write'],
};

/** Platform administrators run the installation: they add municipalities (tenants). */
const PLATFORM_PERMISSIONS: readonly Permission[] = ['tenants:read', 'tenants:create'];

export interface RoleGrant {
  role: Role;
  /** Set for department_contact only: the unit the contact speaks for. */
  unitId: string | null;
}

export interface Actor {
  tenantId: string;
  userId: string;
  roles: readonly RoleGrant[];
  isPlatformAdmin: boolean;
}

export function permissionsOf(actor: Pick<Actor, 'roles' | 'isPlatformAdmin'>): Set<Permission> {
  const result = new Set<Permission>();
  for (const grant of actor.roles) for (const p of ROLE_PERMISSIONS[grant.role]) result.add(p);
  if (actor.isPlatformAdmin) for (const p of PLATFORM_PERMISSIONS) result.add(p);
  return result;
}

export function can(actor: Pick<Actor, 'roles' | 'isPlatformAdmin'>, permission: Permission): boolean {
  return permissionsOf(actor).has(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
