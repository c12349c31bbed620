import type { Database } from '../../db/database.js';
import { withoutTenant } from '../../db/tenant-context.js';
import { sortSwedish } from '../../core/text/collation.js';
import { selectMunicipalities, type MunicipalityRow } from './queries/municipalities.js';

/** The Swedish municipalities in Swedish alphabetical order of name (Ale first, Övertorneå last). */
export async function listMunicipalities({ db }: { db: Database }): Promise<MunicipalityRow[]> {
  const rows = await withoutTenant(db, (tx) => selectMunicipalities(tx));
  return sortSwedish(rows, (m) => m.name);
}
