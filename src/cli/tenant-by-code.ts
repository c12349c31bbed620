import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { withPlatform } from '../db/tenant-context.js';
import { CliError } from './messages.js';

/**
 * The tenant id of a municipality, by its code: what a person at the terminal knows. Read as the
 * platform role, which may list tenants.
 */
export async function tenantIdByCode(db: Database, municipalityCode: string): Promise<string> {
  const rows = await withPlatform(db, async (tx) =>
    rowsOf<{ id: string }>(
      await tx.execute(sql`SELECT id FROM tenants WHERE municipality_code = ${municipalityCode}`),
    ),
  );
  const id = rows[0]?.id;
  if (!id) throw new CliError('tenant_not_in_lots', { code: municipalityCode });
  return id;
}
