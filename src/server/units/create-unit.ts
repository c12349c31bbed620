import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { Problem } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { findUnit, insertUnit, lockUnitTree, type UnitRow } from './queries/units.js';
import { normalizeUnitName, unitNameConflict } from './unit-name.js';

export type { UnitRow as Unit } from './queries/units.js';

export interface CreateUnitOptions {
  db: Database;
  tenantId: string;
  /** The user making the change, for the audit trail; null for the command-line tool. */
  actorUserId: string | null;
  name: string;
  /** null creates a department (förvaltning), a root of the tree; otherwise a unit below it. */
  parentId: string | null;
}

/**
 * Creates a department or a unit. The parent must be an active unit of the same tenant (another
 * tenant's id is not visible and counts as unknown); names are unique among siblings,
 * ignoring case.
 */
export async function createUnit({
  db,
  tenantId,
  actorUserId,
  name,
  parentId,
}: CreateUnitOptions): Promise<UnitRow> {
  const cleanName = normalizeUnitName(name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      if (parentId !== null) {
        await lockUnitTree(tx, tenantId);
        const parent = await findUnit(tx, tenantId, parentId);
        if (!parent)
          throw new Problem(400, 'unit_parent_invalid', [
            { pointer: '/body/parentId', code: 'unit_unknown' },
          ]);
        if (parent.archivedAt)
          throw new Problem(400, 'unit_parent_archived', [
            { pointer: '/body/parentId', code: 'unit_archived' },
          ]);
      }
      const kind = parentId === null ? 'department' : 'unit';
      const unit = await insertUnit(tx, { tenantId, parentId, name: cleanName, kind });
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId,
        action: 'unit.created',
        entityType: 'unit',
        entityId: unit.id,
        details: { parentId, kind },
      });
      return unit;
    });
  } catch (error) {
    throw unitNameConflict(error) ?? error;
  }
}
