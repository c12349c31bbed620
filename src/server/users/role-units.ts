import type { Tx } from '../../db/database.js';
import type { RoleGrant } from '../../core/auth/roles.js';
import { Problem, type FieldError } from '../http/problem.js';
import { findUnitsByIds } from '../units/queries/units.js';

/**
 * Refuses role grants tied to a unit that the tenant does not have (another tenant's unit is
 * invisible here and so unknown) or that is archived.
 */
export async function assertRoleUnitsUsable(
  tx: Tx,
  tenantId: string,
  grants: readonly RoleGrant[],
  pointer: string,
): Promise<void> {
  const ids = [...new Set(grants.flatMap((g) => (g.unitId ? [g.unitId] : [])))];
  const found = new Map((await findUnitsByIds(tx, tenantId, ids)).map((u) => [u.id, u]));
  const errors: FieldError[] = [];
  grants.forEach((g, index) => {
    if (!g.unitId) return;
    const unit = found.get(g.unitId);
    if (!unit) errors.push({ pointer: `${pointer}/${index}/unitId`, code: 'unit_unknown' });
    else if (unit.archivedAt) errors.push({ pointer: `${pointer}/${index}/unitId`, code: 'unit_archived' });
  });
  if (errors.length === 0) return;
  throw new Problem(
    400,
    errors.some((e) => e.code === 'unit_unknown') ? 'unit_unknown' : 'unit_archived',
    errors,
  );
}
