import type { SqlClient, Tx } from '../../db/database.js';
import { auditEvents } from '../../db/schema.js';

export interface AuditEventInput {
  tenantId: string;
  actorUserId: string | null;
  /** Dotted verb, for example 'user.created'. */
  action: string;
  entityType:
    | 'tenant'
    | 'unit'
    | 'user'
    | 'topic'
    | 'integration'
    | 'api_token'
    | 'contact_import'
    | 'contact_mapping'
    | 'call_import'
    | 'call_mapping'
    | 'queue'
    | 'queue_group'
    | 'telephony_settings'
    | 'closed_day'
    | 'visitor_count'
    | 'email_import'
    | 'goal'
    | 'chart_baseline'
    | 'signal'
    | 'signal_subscription'
    | 'signal_run'
    | 'improvement'
    | 'survey'
    | 'survey_address'
    | 'department_survey_round'
    | 'department_survey_recipient';
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

/** The same, on a plain SQL connection (imports that run on SqlClient rather than the ORM). */
export async function insertAuditEventSql(client: SqlClient, event: AuditEventInput): Promise<void> {
  await client.query(
    `INSERT INTO audit_events (tenant_id, actor_user_id, action, entity_type, entity_id, details)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      event.tenantId,
      event.actorUserId,
      event.action,
      event.entityType,
      event.entityId,
      JSON.stringify(event.details ?? {}),
    ],
  );
}
