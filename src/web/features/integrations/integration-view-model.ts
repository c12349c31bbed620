/** What the integrations page shows about tokens, worked out apart from React so it can be tested. */
import type { ApiToken, Integration } from './types.js';

const DAY_MS = 86_400_000;

/** A token this close to its expiry is flagged, so that a new one is made in time. */
export const EXPIRES_SOON_DAYS = 30;

/** The lifetimes offered when making a token (the API allows 1 to 730 days). */
export const EXPIRY_CHOICES = [30, 90, 365, 730] as const;
export const DEFAULT_EXPIRY_DAYS = 365;

export type TokenState = 'active' | 'expiresSoon' | 'expired' | 'revoked';

/** The token's state for a person: an active token expiring within 30 days is 'expiresSoon'. */
export function tokenState(token: Pick<ApiToken, 'status' | 'expiresAt'>, now: Date): TokenState {
  if (token.status !== 'active') return token.status;
  const left = Date.parse(token.expiresAt) - now.getTime();
  if (left <= 0) return 'expired';
  return left <= EXPIRES_SOON_DAYS * DAY_MS ? 'expiresSoon' : 'active';
}

/** Tokens in use first (newest first), then expired and revoked ones (newest first): the record. */
export function orderTokens(tokens: readonly ApiToken[], now: Date): ApiToken[] {
  const live = (t: ApiToken) => {
    const state = tokenState(t, now);
    return state === 'active' || state === 'expiresSoon';
  };
  const newestFirst = (a: ApiToken, b: ApiToken) => Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return [...tokens.filter(live).sort(newestFirst), ...tokens.filter((t) => !live(t)).sort(newestFirst)];
}

/** How many of the integration's tokens work right now. */
export function liveTokenCount(integration: Pick<Integration, 'tokens'>, now: Date): number {
  return integration.tokens.filter((t) => {
    const state = tokenState(t, now);
    return state === 'active' || state === 'expiresSoon';
  }).length;
}
