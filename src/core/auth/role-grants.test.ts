import { describe, expect, it } from 'vitest';
import { checkRoleGrants, hasAdministratorRole } from './role-grants.js';

const UNIT = '6f1c1c3e-1b2a-4c55-9d7e-0a1b2c3d4e5f';

describe('checkRoleGrants', () => {
  it('department contact with a unit and guide without -> fine', () => {
    expect(
      checkRoleGrants([
        { role: 'department_contact', unitId: UNIT },
        { role: 'guide', unitId: null },
      ]),
    ).toEqual([]);
  });

  it('department contact without a unit -> unit_required (a contact speaks for one unit)', () => {
    expect(checkRoleGrants([{ role: 'department_contact', unitId: null }])).toEqual([
      { index: 0, field: 'unitId', code: 'unit_required' },
    ]);
  });

  it('guide with a unit -> unit_not_allowed (other roles are not tied to a unit)', () => {
    expect(checkRoleGrants([{ role: 'guide', unitId: UNIT }])).toEqual([
      { index: 0, field: 'unitId', code: 'unit_not_allowed' },
    ]);
  });

  it('integration -> role_not_for_person (it belongs to integration accounts only)', () => {
    expect(
      checkRoleGrants([
        { role: 'guide', unitId: null },
        { role: 'integration', unitId: null },
      ]),
    ).toEqual([{ index: 1, field: 'role', code: 'role_not_for_person' }]);
  });

  it('a role twice -> role_duplicate on the second (a user holds a role or not)', () => {
    expect(
      checkRoleGrants([
        { role: 'manager', unitId: null },
        { role: 'guide', unitId: null },
        { role: 'manager', unitId: null },
      ]),
    ).toEqual([{ index: 2, field: 'role', code: 'role_duplicate' }]);
  });
});

describe('hasAdministratorRole', () => {
  it('true only when administrator is among the grants', () => {
    expect(
      hasAdministratorRole([
        { role: 'manager', unitId: null },
        { role: 'administrator', unitId: null },
      ]),
    ).toBe(true);
    expect(hasAdministratorRole([{ role: 'manager', unitId: null }])).toBe(false);
    expect(hasAdministratorRole([])).toBe(false);
  });
});
