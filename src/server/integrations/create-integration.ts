import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { cleanIntegrationName, integrationNameConflict, integrationNameTaken } from './integration-input.js';
import { findIntegrationByName, insertIntegration, type IntegrationRow } from './queries/integrations.js';

export interface CreateIntegrationOptions {
  db: Database;
  tenantId: string;
  /** The administrator making the change, for the audit trail; null for the command-line tool. */
  actorUserId: string | null;
  name: string;
}

/**
 * Adds an integration: an account for another system, which acts through API tokens only. Its
 * name is unique in the tenant, ignoring case. It starts without tokens.
 */
export async function createIntegration({
  db,
  tenantId,
  actorUserId,
  name,
}: CreateIntegrationOptions): Promise<IntegrationRow> {
  const clean = cleanIntegrationName(name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      if (await findIntegrationByName(tx, tenantId, clean)) throw integrationNameTaken();
      return insertNewIntegration(tx, { tenantId, actorUserId, name: clean });
    });
  } catch (error) {
    throw integrationNameConflict(error) ?? error;
  }
}

/** The writes of createIntegration, inside a transaction already scoped to the tenant. */
export async function insertNewIntegration(
  tx: Tx,
  values: { tenantId: string; actorUserId: string | null; name: string },
): Promise<IntegrationRow> {
  const row = await insertIntegration(tx, { tenantId: values.tenantId, id: randomUUID(), name: values.name });
  await insertAuditEvent(tx, {
    tenantId: values.tenantId,
    actorUserId: values.actorUserId,
    action: 'integration.created',
    entityType: 'integration',
    entityId: row.id,
    details: { roles: ['integration'] },
  });
  return row;
}
