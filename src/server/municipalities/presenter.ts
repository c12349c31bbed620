import type { MunicipalityRow } from './queries/municipalities.js';
import type { Municipality } from './schema.js';

export function presentMunicipality(row: MunicipalityRow): Municipality {
  return { code: row.code, name: row.name, countyCode: row.countyCode, countyName: row.countyName };
}
