import type { Tx } from '../../db/database.js';
import { auditEvents } from '../../db/schema.js';

export interface AuditEventInput {
  tenantId: string;
  actorUserId: string | null;
  /** Dotted verb, for example 'user.created'. */
  action: string;
  entityType:
    'tenant' | 'unit' | 'user' | 'topic' | 'integration' | 'api_token' | 'contact_import' | 'contact_mapping';
  entityId: string;
  /** Ids, role names and field names only: never personal data, passwords or tokens. */
  details?: Record<string, unknown>;
}

/**
 * Records who changed what. Runs in the transaction of the change itself, so an event exists
 * exactly when the change was committed.
 */
export async function insertAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId: event.tenantId,
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    details: event.details ?? {},
  });
}
