import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { listCallImports } from './queries/call-imports.js';
import { presentCallImport } from './presenter.js';

export async function listImports(options: { db: Database; actor: Actor }) {
  const rows = await withTenantClient(options.db, options.actor.tenantId, (client) =>
    listCallImports(client, 100),
  );
  return rows.map(presentCallImport);
}
