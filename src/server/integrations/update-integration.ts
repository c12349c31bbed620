import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { notFound } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { cleanIntegrationName, integrationNameConflict, integrationNameTaken } from './integration-input.js';
import { findIntegration, findIntegrationByName, updateIntegrationRow } from './queries/integrations.js';
import { selectApiTokens } from './queries/api-tokens.js';
import type { IntegrationWithTokens } from './list-integrations.js';

export interface UpdateIntegrationOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  id: string;
  name?: string | undefined;
  isActive?: boolean | undefined;
}

/**
 * Renames an integration or disables (enables) it. A disabled integration's tokens are refused
 * from the next request on, and work again when it is enabled, unless revoked or expired in the
 * meantime: disabling is the quick stop, revoking the permanent one.
 */
export async function updateIntegration(options: UpdateIntegrationOptions): Promise<IntegrationWithTokens> {
  const { db, tenantId, id } = options;
  const name = options.name === undefined ? undefined : cleanIntegrationName(options.name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      const integration = await findIntegration(tx, tenantId, id);
      if (!integration) throw notFound();
      const changes: { displayName?: string; isActive?: boolean } = {};
      const changed: string[] = [];
      if (name !== undefined && name !== integration.name) {
        const same = await findIntegrationByName(tx, tenantId, name);
        if (same && same.id !== id) throw integrationNameTaken();
        changes.displayName = name;
        changed.push('name');
      }
      if (options.isActive !== undefined && options.isActive !== integration.isActive) {
        changes.isActive = options.isActive;
        changed.push('isActive');
      }
      const tokens = await selectApiTokens(tx, tenantId, [id]);
      if (changed.length === 0) return { ...integration, tokens };
      await updateIntegrationRow(tx, tenantId, id, changes);
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId: options.actorUserId,
        action: 'integration.updated',
        entityType: 'integration',
        entityId: id,
        details: { changed, ...(changes.isActive !== undefined ? { isActive: changes.isActive } : {}) },
      });
      return {
        ...integration,
        name: changes.displayName ?? integration.name,
        isActive: changes.isActive ?? integration.isActive,
        tokens,
      };
    });
  } catch (error) {
    throw integrationNameConflict(error) ?? error;
  }
}
