import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contactMappings } from '../../../db/schema.js';

export type ContactMappingRow = typeof contactMappings.$inferSelect;

export function selectContactMappings(tx: Tx, tenantId: string): Promise<ContactMappingRow[]> {
  return tx
    .select()
    .from(contactMappings)
    .where(eq(contactMappings.tenantId, tenantId))
    .orderBy(asc(sql`lower(${contactMappings.name})`));
}

export async function findContactMapping(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<ContactMappingRow | null> {
  const [row] = await tx
    .select()
    .from(contactMappings)
    .where(and(eq(contactMappings.tenantId, tenantId), eq(contactMappings.id, id)));
  return row ?? null;
}

/** By name, ignoring case, as the unique index compares names. */
export async function findContactMappingByName(
  tx: Tx,
  tenantId: string,
  name: string,
): Promise<ContactMappingRow | null> {
  const [row] = await tx
    .select()
    .from(contactMappings)
    .where(and(eq(contactMappings.tenantId, tenantId), sql`lower(${contactMappings.name}) = lower(${name})`));
  return row ?? null;
}

/** Inserts the mapping; null when the name is taken. */
export async function insertContactMapping(
  tx: Tx,
  values: typeof contactMappings.$inferInsert,
): Promise<ContactMappingRow | null> {
  const [row] = await tx.insert(contactMappings).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateContactMappingRow(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: Pick<ContactMappingRow, 'name' | 'source' | 'mapping' | 'updatedByUserId'>,
): Promise<ContactMappingRow | null> {
  const [row] = await tx
    .update(contactMappings)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(contactMappings.tenantId, tenantId), eq(contactMappings.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteContactMappingRow(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(contactMappings)
    .where(and(eq(contactMappings.tenantId, tenantId), eq(contactMappings.id, id)))
    .returning({ id: contactMappings.id });
  return rows.length > 0;
}
