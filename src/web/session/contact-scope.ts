/**
 * Whose contacts a person sees (issue #13), as the API decides it (src/server/contacts/policy.ts):
 * everyone's with contacts:read_all; otherwise their own and, for a department contact, those
 * about their unit and the units below it. The screens say which, and offer no unit outside it.
 */
import type { Permission, RoleGrant } from '../../core/auth/roles.js';
import type { Unit } from '../api/types.js';
import { unitOptions, type UnitOption } from '../features/units/unit-view-model.js';
import { useSession } from './session.js';

export type ContactScopeView =
  | { kind: 'all' }
  /** A department contact's units (usually one); own contacts are always in scope too. */
  | { kind: 'units'; unitIds: string[] }
  /** A guide's: only the contacts they logged. */
  | { kind: 'own' };

export function contactScopeViewOf(user: {
  permissions: readonly Permission[];
  roles: readonly RoleGrant[];
}): ContactScopeView {
  if (user.permissions.includes('contacts:read_all')) return { kind: 'all' };
  const unitIds = user.roles.flatMap((g) => (g.role === 'department_contact' && g.unitId ? [g.unitId] : []));
  return unitIds.length > 0 ? { kind: 'units', unitIds } : { kind: 'own' };
}

/** The ids of the units and every unit below them. */
export function unitSubtreeIds(units: readonly Unit[], rootIds: readonly string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<string>();
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The scope's units by name, "Vatten och avlopp" (several joined with commas); '' while unknown. */
export function scopeUnitNames(units: readonly Unit[], scope: ContactScopeView): string {
  if (scope.kind !== 'units') return '';
  const byId = new Map(units.map((u) => [u.id, u.name]));
  return scope.unitIds
    .map((id) => byId.get(id))
    .filter((name): name is string => name !== undefined)
    .join(', ');
}

/**
 * A unit filter's choices in the person's scope: every unit for those who see all; a department
 * contact's own units and those below them, the "any" choice named after their units instead of
 * "Alla" (they never see all of the municipality's contacts).
 */
export function unitFilterChoices(
  units: readonly Unit[],
  scope: ContactScopeView,
  anyLabel: string,
): { any: UnitOption; options: UnitOption[] } {
  if (scope.kind !== 'units') return { any: { value: '', label: anyLabel }, options: unitOptions(units) };
  const inScope = unitSubtreeIds(units, scope.unitIds);
  const names = scopeUnitNames(units, scope);
  return {
    any: { value: '', label: names || anyLabel },
    options: unitOptions(units).filter((o) => inScope.has(o.value)),
  };
}

/** The signed-in person's scope; "all" outside a session (a component shown on its own). */
export function useContactScopeView(): ContactScopeView {
  const { state } = useSession();
  return state.status === 'signedIn' ? contactScopeViewOf(state.session.user) : { kind: 'all' };
}
