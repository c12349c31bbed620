import { describe, expect, it } from 'vitest';
import { can, isPersonRole, isRole, permissionsOf, PERSON_ROLES, ROLES, type RoleGrant } from './roles.js';

const grants = (...roles: RoleGrant['role'][]): RoleGrant[] => roles.map((role) => ({ role, unitId: null }));
const sorted = (set: Set<string>) => [...set].sort();

describe('permissionsOf', () => {
  it('guide: logs contacts and reads them (their own: contacts policy), the unit tree and the catalogue', () => {
    expect(sorted(permissionsOf({ roles: grants('guide'), isPlatformAdmin: false }))).toEqual([
      'complaints:read',
      'complaints:register',
      'contacts:log',
      'contacts:read',
      'goals:read',
      'improvements:read',
      'reports:read',
      'topics:read',
      'units:read',
      'visitors:write',
    ]);
  });

  it('department contact: reads contacts (their unit’s: contacts policy), the unit tree and the catalogue', () => {
    expect(sorted(permissionsOf({ roles: grants('department_contact'), isPlatformAdmin: false }))).toEqual([
      'analysis:read',
      'complaints:handle',
      'complaints:read',
      'contacts:read',
      'department_surveys:read',
      'improvements:read',
      'topics:read',
      'units:read',
    ]);
  });

  it('quality developer: also maintains the service catalogue, but not units or accounts', () => {
    expect(sorted(permissionsOf({ roles: grants('quality_developer'), isPlatformAdmin: false }))).toEqual([
      'analysis:read',
      'complaints:configure',
      'complaints:handle',
      'complaints:read',
      'complaints:read_all',
      'complaints:register',
      'contacts:read',
      'contacts:read_all',
      'department_surveys:read',
      'goals:read',
      'goals:write',
      'improvements:read',
      'improvements:write',
      'reports:read',
      'surveys:read',
      'surveys:write',
      'telephony:import',
      'topics:read',
      'topics:write',
      'units:read',
      'visitors:write',
    ]);
  });

  it('manager: may read users but not change them, and may not edit the catalogue', () => {
    expect(sorted(permissionsOf({ roles: grants('manager'), isPlatformAdmin: false }))).toEqual([
      'analysis:read',
      'complaints:configure',
      'complaints:handle',
      'complaints:read',
      'complaints:read_all',
      'complaints:register',
      'contacts:delete_any',
      'contacts:read',
      'contacts:read_all',
      'department_surveys:read',
      'goals:read',
      'goals:write',
      'improvements:read',
      'improvements:write',
      'reports:read',
      'surveys:read',
      'surveys:write',
      'topics:read',
      'units:read',
      'users:read',
      'visitors:write',
    ]);
  });

  it('administrator: reads and writes topics, units and users, manages integrations, but cannot add municipalities', () => {
    expect(sorted(permissionsOf({ roles: grants('administrator'), isPlatformAdmin: false }))).toEqual([
      'analysis:read',
      'complaints:configure',
      'complaints:handle',
      'complaints:read',
      'complaints:read_all',
      'complaints:register',
      'contacts:delete_any',
      'contacts:import',
      'contacts:read',
      'contacts:read_all',
      'department_surveys:read',
      'goals:read',
      'goals:write',
      'improvements:read',
      'improvements:write',
      'integrations:manage',
      'reports:read',
      'surveys:read',
      'surveys:write',
      'telephony:configure',
      'telephony:import',
      'topics:read',
      'topics:write',
      'units:read',
      'units:write',
      'users:read',
      'users:write',
      'visitors:write',
    ]);
  });

  it('integration: imports contacts and reads what it needs to map them, nothing else (a leaked token can only add data)', () => {
    expect(sorted(permissionsOf({ roles: grants('integration'), isPlatformAdmin: false }))).toEqual([
      'contacts:import',
      'telephony:import',
      'topics:read',
      'units:read',
    ]);
  });

  it('integrations:manage: administrator only', () => {
    expect(
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, 'integrations:manage')),
    ).toEqual(['administrator']);
  });

  it('topics:write: administrator and quality developer only', () => {
    const writers = ROLES.filter((role) =>
      can({ roles: grants(role), isPlatformAdmin: false }, 'topics:write'),
    );
    expect(writers).toEqual(['quality_developer', 'administrator']);
  });

  it('contacts: only guides log; quality developers, managers and administrators read all; managers and administrators delete any', () => {
    const holders = (permission: Parameters<typeof can>[1]) =>
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, permission));
    expect(holders('contacts:log')).toEqual(['guide']);
    expect(holders('contacts:read')).toEqual([...PERSON_ROLES]);
    expect(holders('contacts:read_all')).toEqual(['quality_developer', 'manager', 'administrator']);
    expect(holders('contacts:delete_any')).toEqual(['manager', 'administrator']);
    expect(holders('contacts:import')).toEqual(['administrator', 'integration']);
  });

  it('telephony: team figures for every role but department contacts; imports by administrators, quality developers and integrations; configuration by administrators', () => {
    const holders = (permission: Parameters<typeof can>[1]) =>
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, permission));
    expect(holders('reports:read')).toEqual(['guide', 'quality_developer', 'manager', 'administrator']);
    expect(holders('telephony:import')).toEqual(['quality_developer', 'administrator', 'integration']);
    expect(holders('telephony:configure')).toEqual(['administrator']);
    expect(holders('visitors:write')).toEqual(['guide', 'quality_developer', 'manager', 'administrator']);
  });

  it('analyses: quality developers, managers, administrators and department contacts (their department); not guides', () => {
    expect(
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, 'analysis:read')),
    ).toEqual(['quality_developer', 'manager', 'department_contact', 'administrator']);
  });

  it('goals and control charts: read by every role that reads the team’s figures, set by managers, quality developers and administrators', () => {
    const holders = (permission: Parameters<typeof can>[1]) =>
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, permission));
    expect(holders('goals:read')).toEqual(['guide', 'quality_developer', 'manager', 'administrator']);
    expect(holders('goals:write')).toEqual(['quality_developer', 'manager', 'administrator']);
  });

  it('improvement board: read by the team and department contacts, changed by managers, quality developers and administrators', () => {
    const holders = (permission: Parameters<typeof can>[1]) =>
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, permission));
    expect(holders('improvements:read')).toEqual([
      'guide',
      'quality_developer',
      'manager',
      'department_contact',
      'administrator',
    ]);
    expect(holders('improvements:write')).toEqual(['quality_developer', 'manager', 'administrator']);
  });

  it('complaints: the contact centre registers; department contacts handle (their subtree: complaints policy); the contact centre handles all', () => {
    const holders = (permission: Parameters<typeof can>[1]) =>
      ROLES.filter((role) => can({ roles: grants(role), isPlatformAdmin: false }, permission));
    expect(holders('complaints:register')).toEqual(['guide', 'quality_developer', 'manager', 'administrator']);
    expect(holders('complaints:read')).toEqual([...PERSON_ROLES]);
    expect(holders('complaints:read_all')).toEqual(['quality_developer', 'manager', 'administrator']);
    expect(holders('complaints:handle')).toEqual(['quality_developer', 'manager', 'department_contact', 'administrator']);
    expect(holders('complaints:configure')).toEqual(['quality_developer', 'manager', 'administrator']);
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
      'analysis:read',
      'complaints:configure',
      'complaints:handle',
      'complaints:read',
      'complaints:read_all',
      'complaints:register',
      'contacts:delete_any',
      'contacts:log',
      'contacts:read',
      'contacts:read_all',
      'department_surveys:read',
      'goals:read',
      'goals:write',
      'improvements:read',
      'improvements:write',
      'reports:read',
      'surveys:read',
      'surveys:write',
      'tenants:create',
      'tenants:read',
      'topics:read',
      'units:read',
      'users:read',
      'visitors:write',
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

  it('isRole: the five person roles and integration, nothing else (case matters: stored values are lower-case)', () => {
    expect(ROLES).toHaveLength(6);
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const other of ['Administrator', 'superuser', '', 'platform_admin'])
      expect(isRole(other)).toBe(false);
  });

  it('isPersonRole: every role but integration', () => {
    expect(ROLES.filter(isPersonRole)).toEqual([
      'guide',
      'quality_developer',
      'manager',
      'department_contact',
      'administrator',
    ]);
    expect(isPersonRole('integration')).toBe(false);
  });
});
