import type { Database, Tx } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { hashSecret } from '../auth/session-token.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem, notFound } from '../http/problem.js';
import { newTokenSecret, tokenValue } from './api-token.js';
import { cleanTokenInput } from './integration-input.js';
import { findApiToken, insertApiToken, type ApiTokenRow } from './queries/api-tokens.js';
import { findIntegration, type IntegrationRow } from './queries/integrations.js';
import { TOKEN_DAYS_DEFAULT } from './schema.js';

const DAY_MS = 86_400_000;

export interface CreateApiTokenOptions {
  db: Database;
  tenantId: string;
  /** The administrator making the token, shown beside it and in the audit trail; null for the CLI. */
  actorUserId: string | null;
  integrationId: string;
  /** What the token is for or where it is kept ("Produktion", "Testmiljö"). */
  name: string;
  /** 1 to 730; a year by default. */
  expiresInDays?: number | undefined;
  now?: Date | undefined;
}

export interface CreatedApiToken {
  token: ApiTokenRow;
  /** The whole token ("lots_<tenant id>.<secret>"): returned this once, never stored. */
  secret: string;
}

/**
 * Makes an API token for an active integration. Only the SHA-256 of the secret is stored, so the
 * token cannot be shown again: a lost token is revoked and replaced.
 */
export async function createApiToken(options: CreateApiTokenOptions): Promise<CreatedApiToken> {
  const { db, tenantId, integrationId } = options;
  const expiresInDays = options.expiresInDays ?? TOKEN_DAYS_DEFAULT;
  const name = cleanTokenInput(options.name, expiresInDays);
  return withTenant(db, tenantId, async (tx) => {
    const integration = await findIntegration(tx, tenantId, integrationId);
    if (!integration) throw notFound();
    return insertNewApiToken(tx, {
      tenantId,
      actorUserId: options.actorUserId,
      integration,
      name,
      expiresInDays,
      now: options.now ?? new Date(),
    });
  });
}

/** The writes of createApiToken, inside a transaction already scoped to the tenant. */
export async function insertNewApiToken(
  tx: Tx,
  values: {
    tenantId: string;
    actorUserId: string | null;
    integration: IntegrationRow;
    name: string;
    expiresInDays: number;
    now: Date;
  },
): Promise<CreatedApiToken> {
  const { tenantId, integration, now } = values;
  if (!integration.isActive) throw new Problem(409, 'integration_inactive');
  const secret = newTokenSecret();
  const expiresAt = new Date(now.getTime() + values.expiresInDays * DAY_MS);
  const id = await insertApiToken(tx, {
    tenantId,
    integrationId: integration.id,
    secretHash: hashSecret(secret),
    name: values.name,
    createdByUserId: values.actorUserId,
    createdAt: now,
    expiresAt,
  });
  await insertAuditEvent(tx, {
    tenantId,
    actorUserId: values.actorUserId,
    action: 'api_token.created',
    entityType: 'api_token',
    entityId: id,
    details: { integrationId: integration.id, expiresAt: expiresAt.toISOString() },
  });
  const token = await findApiToken(tx, tenantId, integration.id, id);
  if (!token) throw new Error('api token not found after insert');
  return { token, secret: tokenValue(tenantId, secret) };
}
