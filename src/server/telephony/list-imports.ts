import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { listCallImports } from './queries/call-imports.js';
import { presentCallImport } from './presenter.js';

/**
 * The latest 100 imports. People see every import with who made it; an integration sees only
 * what it submitted itself, and no person's name (issue #11: integrations get the least they need).
 */
export async function listImports(options: { db: Database; actor: Actor }) {
  const { actor } = options;
  const isIntegration = actor.roles.some((g) => g.role === 'integration');
  const rows = await withTenantClient(options.db, actor.tenantId, (client) =>
    listCallImports(client, 100, isIntegration ? actor.userId : null),
  );
  return rows.map((row) => presentCallImport(isIntegration ? { ...row, created_by: null } : row));
}
