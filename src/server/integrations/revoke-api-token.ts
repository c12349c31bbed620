import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { notFound } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { findApiToken, revokeApiTokenRow, type ApiTokenRow } from './queries/api-tokens.js';

export interface RevokeApiTokenOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  integrationId: string;
  tokenId: string;
  now?: Date | undefined;
}

/**
 * Revokes a token for good: refused from the next request on. Revoking a revoked token changes
 * nothing (and records nothing), so a retried request is harmless.
 */
export async function revokeApiToken(options: RevokeApiTokenOptions): Promise<ApiTokenRow> {
  const { db, tenantId, integrationId, tokenId } = options;
  const now = options.now ?? new Date();
  return withTenant(db, tenantId, async (tx) => {
    const token = await findApiToken(tx, tenantId, integrationId, tokenId);
    if (!token) throw notFound();
    if (token.revokedAt) return token;
    if (
      await revokeApiTokenRow(tx, {
        tenantId,
        id: tokenId,
        revokedAt: now,
        revokedByUserId: options.actorUserId,
      })
    ) {
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId: options.actorUserId,
        action: 'api_token.revoked',
        entityType: 'api_token',
        entityId: tokenId,
        details: { integrationId },
      });
    }
    return (await findApiToken(tx, tenantId, integrationId, tokenId)) ?? token;
  });
}
