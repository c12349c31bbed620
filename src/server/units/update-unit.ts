import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { wouldCreateCycle } from '../../core/units/unit-tree.js';
import { Problem, notFound } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import {
  countActiveChildren,
  findUnit,
  lockUnitTree,
  selectUnitLinks,
  updateUnitRow,
  type UnitRow,
} from './queries/units.js';
import { normalizeUnitName, unitNameConflict } from './unit-name.js';

export interface UpdateUnitOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  id: string;
  name?: string | undefined;
  /** undefined leaves the unit where it is; null makes it a department (a root). */
  parentId?: string | null | undefined;
  archived?: boolean | undefined;
}

type UnitChanges = Partial<Pick<UnitRow, 'name' | 'parentId' | 'kind' | 'archivedAt'>>;

/**
 * Renames, moves, archives or restores a unit. Moving changes the kind with the position (a root
 * is a department, anything below is a unit), so a department moved under another becomes one
 * of its units and a unit moved to the top becomes a department; its own units move with it.
 * The tree stays consistent: no unit below itself, and no active unit below an archived one
 * (archiving needs the units below archived first; restoring needs an active parent).
 */
export async function updateUnit(options: UpdateUnitOptions): Promise<UnitRow> {
  const { db, tenantId, actorUserId, id } = options;
  const name = options.name === undefined ? undefined : normalizeUnitName(options.name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      await lockUnitTree(tx, tenantId);
      const unit = await findUnit(tx, tenantId, id);
      if (!unit) throw notFound();
      const changes: UnitChanges = {};
      if (name !== undefined && name !== unit.name) changes.name = name;

      let parent: UnitRow | null = unit.parentId ? await findUnit(tx, tenantId, unit.parentId) : null;
      const moving = options.parentId !== undefined && options.parentId !== unit.parentId;
      if (moving && options.parentId === null) {
        parent = null;
        changes.parentId = null;
        changes.kind = 'department';
      } else if (moving && options.parentId) {
        const target = options.parentId;
        if (target === id)
          throw new Problem(400, 'unit_cycle', [{ pointer: '/body/parentId', code: 'unit_cycle' }]);
        parent = await findUnit(tx, tenantId, target);
        if (!parent)
          throw new Problem(400, 'unit_parent_invalid', [
            { pointer: '/body/parentId', code: 'unit_unknown' },
          ]);
        if (wouldCreateCycle(await selectUnitLinks(tx, tenantId), id, target)) {
          throw new Problem(400, 'unit_cycle', [{ pointer: '/body/parentId', code: 'unit_cycle' }]);
        }
        changes.parentId = target;
        changes.kind = 'unit';
      }

      if (options.archived === true && unit.archivedAt === null) {
        if ((await countActiveChildren(tx, tenantId, id)) > 0)
          throw new Problem(409, 'unit_has_active_children');
        changes.archivedAt = new Date();
      } else if (options.archived === false && unit.archivedAt !== null) {
        changes.archivedAt = null;
      }

      const activeAfter =
        changes.archivedAt === undefined ? unit.archivedAt === null : changes.archivedAt === null;
      if (activeAfter && parent?.archivedAt) {
        // Moving below an archived parent is bad input; restoring below one conflicts with its state.
        throw moving
          ? new Problem(400, 'unit_parent_archived', [{ pointer: '/body/parentId', code: 'unit_archived' }])
          : new Problem(409, 'unit_parent_archived');
      }

      const changed = Object.keys(changes) as (keyof UnitChanges)[];
      if (changed.length === 0) return unit;
      const updated = await updateUnitRow(tx, tenantId, id, changes);
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId,
        action: 'unit.updated',
        entityType: 'unit',
        entityId: id,
        details: {
          changed: changed.filter((k) => k !== 'kind').map((k) => (k === 'archivedAt' ? 'archived' : k)),
          ...(changes.parentId !== undefined ? { parentId: changes.parentId, kind: updated.kind } : {}),
          ...(changes.archivedAt !== undefined ? { archived: changes.archivedAt !== null } : {}),
        },
      });
      return updated;
    });
  } catch (error) {
    throw unitNameConflict(error) ?? error;
  }
}
