import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '../../core/auth/roles.js';
import { visibleAreas } from './areas.js';

const areasOf = (role: Role) =>
  visibleAreas([...permissionsOf({ roles: [{ role, unitId: null }], isPlatformAdmin: false })]).map(
    (a) => a.key,
  );

describe('the areas in the main navigation', () => {
  it.each(['guide', 'quality_developer', 'manager', 'administrator'] as const)(
    'a %s reads the team’s reports, so sees Telefoni',
    (role) => {
      expect(areasOf(role)).toContain('telephony');
    },
  );

  it('a department contact has no reports:read, so no Telefoni (their report is issue #5)', () => {
    expect(areasOf('department_contact')).not.toContain('telephony');
    expect(areasOf('department_contact')).toContain('contacts');
  });

  it.each(['quality_developer', 'manager', 'administrator', 'department_contact'] as const)(
    'a %s may read analyses, so sees Analys',
    (role) => {
      expect(areasOf(role)).toContain('analysis');
    },
  );

  it('a guide has no analysis:read, so no Analys (nothing there measures one guide)', () => {
    expect(areasOf('guide')).not.toContain('analysis');
  });

  it('goals are the team’s: everyone but a department contact sees Mål och signaler; everyone sees Förbättringar', () => {
    for (const role of ['guide', 'quality_developer', 'manager', 'administrator'] as const) {
      expect(areasOf(role)).toContain('goals');
      expect(areasOf(role)).toContain('improvements');
    }
    expect(areasOf('department_contact')).not.toContain('goals');
    expect(areasOf('department_contact')).toContain('improvements');
    // The departments' verdict: their own department's, never a guide's page.
    expect(areasOf('department_contact')).toContain('departmentSurveys');
    expect(areasOf('guide')).not.toContain('departmentSurveys');
    expect(areasOf('integration')).not.toContain('improvements');
  });
});

describe('Enkäter', () => {
  it('is for those who may read survey results; a guide reads their own feedback in Kontakter instead', () => {
    for (const role of ['quality_developer', 'manager', 'administrator'] as const) {
      expect(areasOf(role)).toContain('surveys');
    }
    expect(areasOf('guide')).not.toContain('surveys');
    expect(areasOf('department_contact')).not.toContain('surveys');
  });
});

describe('only areas that exist', () => {
  it('an administrator, who may open everything, sees no area a later version brings', () => {
    expect(areasOf('administrator')).toEqual([
      'overview',
      'contacts',
      'telephony',
      'analysis',
      'goals',
      'improvements',
      'surveys',
      'departmentSurveys',
      'admin',
    ]);
  });
});
