import type { ApiTokenJson, IntegrationJson } from './schema.js';
import type { ApiTokenRow } from './queries/api-tokens.js';
import type { IntegrationRow } from './queries/integrations.js';

export function tokenStatus(
  token: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt'>,
  now: Date,
): ApiTokenJson['status'] {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** A token as the API shows it: there is no secret or hash to show, the row holds neither. */
export function presentToken(token: ApiTokenRow, now = new Date()): ApiTokenJson {
  return {
    id: token.id,
    integrationId: token.integrationId,
    name: token.name,
    status: tokenStatus(token, now),
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt ? token.lastUsedAt.toISOString() : null,
    revokedAt: token.revokedAt ? token.revokedAt.toISOString() : null,
  };
}

export function presentIntegration(
  integration: IntegrationRow & { tokens: readonly ApiTokenRow[] },
  now = new Date(),
): IntegrationJson {
  return {
    id: integration.id,
    name: integration.name,
    isActive: integration.isActive,
    createdAt: integration.createdAt.toISOString(),
    tokens: integration.tokens.map((t) => presentToken(t, now)),
  };
}
