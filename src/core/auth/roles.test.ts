import { describe, expect, it } from 'vitest';
import { can, isRole, permissionsOf, ROLES, type RoleGrant } from './roles.js';

const grants = (...roles: RoleGrant['role'][]): RoleGrant[] => roles.map((role) => ({ role, unitId: null }));
const sorted = (set: Set<string>) => [...set].sort();

describe('permissionsOf', () => {
  it('guide, quality developer and department contact: units:read only (they work with the tree, not with accounts)', () => {
    for (const role of ['guide', 'quality_developer', 'department_contact'] as const) {
      expect(sorted(permissionsOf({ roles: grants(role), isPlatformAdmin: false }))).toEqual(['units:read']);
    }
  });

  it('manager: may read users but not change them', () => {
    expect(sorted(permissionsOf({ roles: grants('manager'), isPlatformAdmin: false }))).toEqual([
      'units:read',
      'users:read',
    ]);
  });

  it('administrator: reads and writes units and users, but cannot add municipalities', () => {
    expect(sorted(permissionsOf({ roles: grants('administrator'), isPlatformAdmin: false }))).toEqual([
      'units:read',
      'units:write',
      'users:read',
      'users:write',
    ]);
  });

  it('platform administrator without roles: tenants only (the platform flag adds no tenant rights)', () => {
    expect(sorted(permissionsOf({ roles: [], isPlatformAdmin: true }))).toEqual([
      'tenants:create',
      'tenants:read',
    ]);
  });

  it('no role at all: no permission (a signed-in account is not enough)', () => {
    expect(permissionsOf({ roles: [], isPlatformAdmin: false }).size).toBe(0);
  });

  it('several roles: the union of their permissions', () => {
    expect(sorted(permissionsOf({ roles: grants('guide', 'manager'), isPlatformAdmin: true }))).toEqual([
      'tenants:create',
      'tenants:read',
      'units:read',
      'users:read',
    ]);
  });

  it('no tenant role grants tenants:* (only the platform flag does)', () => {
    for (const role of ROLES)
      expect(can({ roles: grants(role), isPlatformAdmin: false }, 'tenants:create'), role).toBe(false);
  });
});

describe('can / isRole', () => {
  it('can: manager cannot write users, administrator can', () => {
    expect(can({ roles: grants('manager'), isPlatformAdmin: false }, 'users:write')).toBe(false);
    expect(can({ roles: grants('administrator'), isPlatformAdmin: false }, 'users:write')).toBe(true);
  });

  it('isRole: the five roles and nothing else (case matters: stored values are lower-case)', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const other of ['Administrator', 'superuser', '', 'platform_admin'])
      expect(isRole(other)).toBe(false);
  });
});
