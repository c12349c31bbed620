/**
 * Authenticates an integration by its API token: the bearer counterpart of resumeSession. A token
 * works while it is neither revoked nor expired and its integration is active; the caller cannot
 * tell these cases apart (one answer for all, so a probe learns nothing).
 */
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { hashSecret } from '../auth/session-token.js';
import { parseToken } from './api-token.js';
import { findTokenActor, touchApiToken } from './queries/api-tokens.js';

/**
 * last_used_at is for people ("is this token still in use?"), so minute precision is plenty:
 * writing it on every request would turn each read into a write.
 */
export const TOUCH_AFTER_MS = 60_000;

export interface TokenAuthenticated {
  method: 'token';
  actor: Actor;
  token: { id: string; integrationId: string };
}

/** The integration's actor for a bearer token, or null when the token does not (or no longer) work. */
export async function authenticateToken(
  db: Database,
  value: string,
  now = new Date(),
): Promise<TokenAuthenticated | null> {
  const parsed = parseToken(value);
  if (!parsed) return null;
  const hash = hashSecret(parsed.secret);
  // The hot path reads in one round trip; the last-use stamp writes, at most once a minute.
  const row = await findTokenActor(db, parsed.tenantId, hash);
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime() || !row.isActive) return null;
  if (row.roles.length === 0) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_AFTER_MS) {
    await withTenant(db, row.tenantId, (tx) => touchApiToken(tx, row.tenantId, row.tokenId, now));
  }
  return {
    method: 'token',
    actor: { tenantId: row.tenantId, userId: row.integrationId, roles: row.roles, isPlatformAdmin: false },
    token: { id: row.tokenId, integrationId: row.integrationId },
  };
}
