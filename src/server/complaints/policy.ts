/**
 * Who sees and handles which synpunkter (issue #17).
 * - The contact centre's leads (complaints:read_all: quality developers, managers,
 *   administrators) see and handle every case of the tenant.
 * - A department contact sees and handles the cases owned by their unit or a unit below it.
 * - Everyone sees the cases they registered themselves (a guide: only those), without the
 *   citizen's contact details once registered: those are for the people handling the case.
 */
import { can, type Actor } from '../../core/auth/roles.js';
import type { CaseScope } from './queries/cases.js';

function departmentUnits(actor: Actor): string[] {
  return actor.roles.flatMap((g) => (g.role === 'department_contact' && g.unitId ? [g.unitId] : []));
}

export function readScopeOf(actor: Actor): CaseScope {
  if (can(actor, 'complaints:read_all')) return { kind: 'all' };
  return { kind: 'limited', userId: actor.userId, unitIds: departmentUnits(actor) };
}

/** The cases the actor may handle (change state, answer, see contact details); null: none. */
export function handleScopeOf(actor: Actor): CaseScope | null {
  if (!can(actor, 'complaints:handle')) return null;
  if (can(actor, 'complaints:read_all')) return { kind: 'all' };
  const unitIds = departmentUnits(actor);
  return unitIds.length > 0 ? { kind: 'limited', userId: null, unitIds } : null;
}
