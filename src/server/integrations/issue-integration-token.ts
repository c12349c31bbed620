import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertNewApiToken, type CreatedApiToken } from './create-api-token.js';
import { insertNewIntegration } from './create-integration.js';
import { cleanIntegrationName, cleanTokenInput, integrationNameConflict } from './integration-input.js';
import { findIntegrationByName } from './queries/integrations.js';
import { TOKEN_DAYS_DEFAULT } from './schema.js';

export interface IssueIntegrationTokenOptions {
  db: Database;
  tenantId: string;
  /** null: the command-line tool. */
  actorUserId: string | null;
  /** The integration, found by name ignoring case, and created when the tenant has none by that name. */
  integrationName: string;
  tokenName: string;
  expiresInDays?: number | undefined;
  now?: Date | undefined;
}

/**
 * For scripted installations: one call that leaves the named integration in place and returns a
 * new token for it. Running it again makes another token for the same integration (the earlier
 * ones keep working until revoked or expired).
 */
export async function issueIntegrationToken(
  options: IssueIntegrationTokenOptions,
): Promise<CreatedApiToken & { integrationCreated: boolean }> {
  const { db, tenantId, actorUserId } = options;
  const expiresInDays = options.expiresInDays ?? TOKEN_DAYS_DEFAULT;
  // Pointers as the command line reports them: /body/name is --name, /body/token/* the token's options.
  const integrationName = cleanIntegrationName(options.integrationName);
  const tokenName = cleanTokenInput(options.tokenName, expiresInDays, '/body/token');
  try {
    return await withTenant(db, tenantId, async (tx) => {
      const found = await findIntegrationByName(tx, tenantId, integrationName);
      const integration =
        found ?? (await insertNewIntegration(tx, { tenantId, actorUserId, name: integrationName }));
      const created = await insertNewApiToken(tx, {
        tenantId,
        actorUserId,
        integration,
        name: tokenName,
        expiresInDays,
        now: options.now ?? new Date(),
      });
      return { ...created, integrationCreated: !found };
    });
  } catch (error) {
    throw integrationNameConflict(error) ?? error;
  }
}
