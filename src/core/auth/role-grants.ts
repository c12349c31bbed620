/**
 * Rules for the set of roles given to one user, checked before anything is written so that the
 * person gets a message per role instead of a database constraint error.
 */
import type { RoleGrant } from './roles.js';

export type RoleGrantIssueCode =
  'unit_required' | 'unit_not_allowed' | 'role_duplicate' | 'role_not_for_person';

export interface RoleGrantIssue {
  /** Position of the grant in the list given. */
  index: number;
  field: 'role' | 'unitId';
  code: RoleGrantIssueCode;
}

/**
 * Problems with a list of role grants; empty when it is acceptable. A department contact speaks
 * for one unit, so it needs one; the other roles are not tied to a unit; each role appears once
 * (a user holds a role or not, mirroring the primary key of user_roles); and the integration role
 * belongs to integration accounts, never to a person.
 */
export function checkRoleGrants(grants: readonly RoleGrant[]): RoleGrantIssue[] {
  const issues: RoleGrantIssue[] = [];
  const seen = new Set<string>();
  grants.forEach((grant, index) => {
    if (seen.has(grant.role)) issues.push({ index, field: 'role', code: 'role_duplicate' });
    seen.add(grant.role);
    if (grant.role === 'integration') issues.push({ index, field: 'role', code: 'role_not_for_person' });
    if (grant.role === 'department_contact' && grant.unitId === null) {
      issues.push({ index, field: 'unitId', code: 'unit_required' });
    }
    if (grant.role !== 'department_contact' && grant.unitId !== null) {
      issues.push({ index, field: 'unitId', code: 'unit_not_allowed' });
    }
  });
  return issues;
}

/** Whether the grants include the administrator role. */
export function hasAdministratorRole(grants: readonly RoleGrant[]): boolean {
  return grants.some((g) => g.role === 'administrator');
}
