import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { municipalities } from '../../../db/schema.js';

export type MunicipalityRow = typeof municipalities.$inferSelect;

/** All 290 municipalities; reference data, readable without a tenant. */
export function selectMunicipalities(tx: Tx): Promise<MunicipalityRow[]> {
  return tx.select().from(municipalities);
}

/** The municipality with the given Statistics Sweden code, or null. */
export async function findMunicipality(tx: Tx, code: string): Promise<MunicipalityRow | null> {
  const [row] = await tx.select().from(municipalities).where(eq(municipalities.code, code));
  return row ?? null;
}
