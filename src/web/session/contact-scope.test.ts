import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../core/auth/roles.js';
import type { Unit } from '../api/types.js';
import { areaSummaryKey } from '../layout/areas.js';
import { contactScopeViewOf, scopeUnitNames, unitFilterChoices } from './contact-scope.js';

const unit = (id: string, name: string, parentId: string | null): Unit => ({
  id,
  name,
  parentId,
  kind: parentId ? 'unit' : 'department',
  archivedAt: null,
});
const units = [
  unit('s', 'Samhällsbyggnadsförvaltningen', null),
  unit('va', 'Vatten och avlopp', 's'),
  unit('vd', 'VA-drift', 'va'),
  unit('av', 'Avfall', 's'),
  unit('so', 'Socialförvaltningen', null),
];
const departmentContact = {
  roles: [{ role: 'department_contact' as const, unitId: 'va' }],
  permissions: [
    ...permissionsOf({ roles: [{ role: 'department_contact', unitId: 'va' }], isPlatformAdmin: false }),
  ],
};
const manager = {
  roles: [{ role: 'manager' as const, unitId: null }],
  permissions: [...permissionsOf({ roles: [{ role: 'manager', unitId: null }], isPlatformAdmin: false })],
};
const guide = {
  roles: [{ role: 'guide' as const, unitId: null }],
  permissions: [...permissionsOf({ roles: [{ role: 'guide', unitId: null }], isPlatformAdmin: false })],
};

describe('whose contacts a person sees, as the screens say it', () => {
  it('a department contact: their unit by name, and only it and the units below it to filter on', () => {
    const scope = contactScopeViewOf(departmentContact);
    expect(scope).toEqual({ kind: 'units', unitIds: ['va'] });
    expect(scopeUnitNames(units, scope)).toBe('Vatten och avlopp');
    const choices = unitFilterChoices(units, scope, 'Alla');
    expect(choices.any).toEqual({ value: '', label: 'Vatten och avlopp' });
    expect(choices.options.map((o) => o.value)).toEqual(['va', 'vd']);
  });

  it('a manager sees all: "Alla" and every unit; a guide their own contacts', () => {
    const all = unitFilterChoices(units, contactScopeViewOf(manager), 'Alla');
    expect(all.any.label).toBe('Alla');
    expect(all.options).toHaveLength(5);
    expect(contactScopeViewOf(guide)).toEqual({ kind: 'own' });
  });
});

describe('the start page’s area summaries', () => {
  it('say “read” to those who may not log contacts, set goals or run improvements', () => {
    expect(areaSummaryKey('contacts', departmentContact.permissions)).toBe('areaSummariesReadOnly.contacts');
    expect(areaSummaryKey('improvements', departmentContact.permissions)).toBe(
      'areaSummariesReadOnly.improvements',
    );
    expect(areaSummaryKey('analysis', departmentContact.permissions)).toBe('areaSummaries.analysis');
    expect(areaSummaryKey('contacts', guide.permissions)).toBe('areaSummaries.contacts');
    expect(areaSummaryKey('goals', guide.permissions)).toBe('areaSummariesReadOnly.goals');
    expect(areaSummaryKey('goals', manager.permissions)).toBe('areaSummaries.goals');
    expect(areaSummaryKey('contacts', manager.permissions)).toBe('areaSummariesReadOnly.contacts');
  });
});
