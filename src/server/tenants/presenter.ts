import type { TenantRow } from './queries/tenants.js';
import type { TenantJson } from './schema.js';

export function presentTenant(row: TenantRow): TenantJson {
  return {
    id: row.id,
    municipalityCode: row.municipalityCode,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
  };
}
