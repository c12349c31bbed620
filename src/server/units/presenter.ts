import type { UnitRow } from './queries/units.js';
import type { Unit } from './schema.js';

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    kind: row.kind,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
  };
}
