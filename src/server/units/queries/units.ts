/**
 * Queries on units. They run inside withTenant, where row-level security already limits them to
 * the tenant; they filter on tenant_id as well, which also lets PostgreSQL use the primary key
 * (tenant_id, id).
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { units } from '../../../db/schema.js';

export type UnitRow = typeof units.$inferSelect;
export type UnitKind = UnitRow['kind'];

export function selectUnits(
  tx: Tx,
  tenantId: string,
  { includeArchived }: { includeArchived: boolean },
): Promise<UnitRow[]> {
  return tx
    .select()
    .from(units)
    .where(
      includeArchived
        ? eq(units.tenantId, tenantId)
        : and(eq(units.tenantId, tenantId), isNull(units.archivedAt)),
    );
}

export async function findUnit(tx: Tx, tenantId: string, id: string): Promise<UnitRow | null> {
  const [row] = await tx
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
  return row ?? null;
}

/** The given units that exist in the tenant (others' ids simply are not found). */
export function findUnitsByIds(
  tx: Tx,
  tenantId: string,
  ids: readonly string[],
): Promise<Pick<UnitRow, 'id' | 'archivedAt'>[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: units.id, archivedAt: units.archivedAt })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), inArray(units.id, [...ids])));
}

/** Every unit's place in the tree, archived ones included, for cycle checks. */
export function selectUnitLinks(
  tx: Tx,
  tenantId: string,
): Promise<Pick<UnitRow, 'id' | 'parentId' | 'name'>[]> {
  return tx
    .select({ id: units.id, parentId: units.parentId, name: units.name })
    .from(units)
    .where(eq(units.tenantId, tenantId));
}

export async function countActiveChildren(tx: Tx, tenantId: string, parentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.parentId, parentId), isNull(units.archivedAt)));
  return row?.n ?? 0;
}

export async function insertUnit(
  tx: Tx,
  values: { tenantId: string; parentId: string | null; name: string; kind: UnitKind },
): Promise<UnitRow> {
  const [row] = await tx.insert(units).values(values).returning();
  if (!row) throw new Error('unit insert returned no row');
  return row;
}

export async function updateUnitRow(
  tx: Tx,
  tenantId: string,
  id: string,
  values: Partial<Pick<UnitRow, 'name' | 'parentId' | 'kind' | 'archivedAt'>>,
): Promise<UnitRow> {
  const [row] = await tx
    .update(units)
    .set(values)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)))
    .returning();
  if (!row) throw new Error('unit update returned no row');
  return row;
}

// Any constant distinct from the migration lock; the second key is the tenant.
const UNIT_TREE_LOCK = 7_242_002;

/**
 * Serialises changes to one tenant's unit tree until the transaction ends. Without it, two
 * concurrent moves (A under B, B under A) could each pass the cycle check, and a unit could be
 * created under a parent that is being archived at the same moment.
 */
export async function lockUnitTree(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${sql.raw(String(UNIT_TREE_LOCK))}, hashtext(${tenantId}))`,
  );
}
