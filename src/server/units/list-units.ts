import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { orderUnitsDepthFirst } from '../../core/units/unit-order.js';
import { selectUnits, type UnitRow } from './queries/units.js';

/** The tenant's units depth first (each department followed by its units), siblings in Swedish order. */
export async function listUnits({
  db,
  tenantId,
  includeArchived,
}: {
  db: Database;
  tenantId: string;
  includeArchived: boolean;
}): Promise<UnitRow[]> {
  const rows = await withTenant(db, tenantId, (tx) => selectUnits(tx, tenantId, { includeArchived }));
  return orderUnitsDepthFirst(rows);
}
