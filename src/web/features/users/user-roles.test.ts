import { describe, expect, it } from 'vitest';
import { grantsOf, roleLinesOf, roleNamesOf, selectionOf, sortUsers, toggleRole } from './user-roles.js';

describe('roles for display', () => {
  it('in the fixed order of ROLES, each once, platform administrator last', () => {
    const grants = [
      { role: 'administrator', unitId: null },
      { role: 'guide', unitId: null },
      { role: 'guide', unitId: null },
    ] as const;
    expect(roleNamesOf(grants, true)).toEqual(['guide', 'administrator', 'platform_admin']);
  });

  it('a department contact line names its unit', () => {
    const lines = roleLinesOf(
      [
        { role: 'department_contact', unitId: 'u1' },
        { role: 'manager', unitId: null },
      ],
      new Map([['u1', 'Socialförvaltningen']]),
    );
    expect(lines).toEqual([
      { role: 'manager', unitName: null },
      { role: 'department_contact', unitName: 'Socialförvaltningen' },
    ]);
  });
});

describe('role checkboxes', () => {
  it('only the department contact keeps a unit', () => {
    let selection = selectionOf([]);
    selection = toggleRole(selection, 'guide', true);
    selection = toggleRole(selection, 'department_contact', true);
    selection = { ...selection, unitId: 'u1' };
    expect(grantsOf(selection)).toEqual([
      { role: 'guide', unitId: null },
      { role: 'department_contact', unitId: 'u1' },
    ]);
  });

  it('a department contact without a unit is sent as null, for the API to name', () => {
    expect(grantsOf({ roles: ['department_contact'], unitId: '' })).toEqual([
      { role: 'department_contact', unitId: null },
    ]);
  });

  it('round-trips the grants of a user', () => {
    const grants = [
      { role: 'guide', unitId: null },
      { role: 'department_contact', unitId: 'u1' },
    ] as const;
    expect(grantsOf(selectionOf(grants))).toEqual(grants);
  });
});

describe('sortUsers', () => {
  it('Swedish order: Å, Ä, Ö after Z', () => {
    const users = ['Örjan', 'Åsa', 'Zara', 'Adam'].map((displayName) => ({
      displayName,
      email: `${displayName}@x.se`,
    }));
    expect(sortUsers(users).map((u) => u.displayName)).toEqual(['Adam', 'Zara', 'Åsa', 'Örjan']);
  });
});
