import type { TenantRow } from './queries/tenants.js';
import type { TenantJson } from './schema.js';

export function presentTenant(row: TenantRow, emailDomains: readonly string[]): TenantJson {
  return {
    id: row.id,
    municipalityCode: row.municipalityCode,
    name: row.name,
    emailDomains: [...emailDomains],
    createdAt: row.createdAt.toISOString(),
  };
}
