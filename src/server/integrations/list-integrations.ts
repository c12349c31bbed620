import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { compareSwedish } from '../../core/text/collation.js';
import { notFound } from '../http/problem.js';
import { selectApiTokens, type ApiTokenRow } from './queries/api-tokens.js';
import { findIntegration, selectIntegrations, type IntegrationRow } from './queries/integrations.js';

export type IntegrationWithTokens = IntegrationRow & { tokens: ApiTokenRow[] };

/** The tenant's integrations by name in Swedish alphabetical order, each with all its tokens. */
export async function listIntegrations({
  db,
  tenantId,
}: {
  db: Database;
  tenantId: string;
}): Promise<IntegrationWithTokens[]> {
  const { rows, tokens } = await withTenant(db, tenantId, async (tx) => {
    const found = await selectIntegrations(tx, tenantId);
    return {
      rows: found,
      tokens: await selectApiTokens(
        tx,
        tenantId,
        found.map((r) => r.id),
      ),
    };
  });
  return rows
    .map((row) => ({ ...row, tokens: tokens.filter((t) => t.integrationId === row.id) }))
    .sort((a, b) => compareSwedish(a.name, b.name));
}

/** One integration's tokens, oldest first; 404 when the tenant has no such integration. */
export async function listApiTokens({
  db,
  tenantId,
  integrationId,
}: {
  db: Database;
  tenantId: string;
  integrationId: string;
}): Promise<ApiTokenRow[]> {
  return withTenant(db, tenantId, async (tx) => {
    if (!(await findIntegration(tx, tenantId, integrationId))) throw notFound();
    return selectApiTokens(tx, tenantId, [integrationId]);
  });
}
