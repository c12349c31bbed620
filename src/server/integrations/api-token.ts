/**
 * The API token an integration sends as `Authorization: Bearer lots_<tenant id>.<secret>`. Like
 * the session cookie, the tenant part only selects where to look: the token is found by the
 * SHA-256 of the secret inside that tenant's rows, so a forged tenant id finds nothing. The
 * secret has 256 bits from the system's CSPRNG; it is shown once and never stored or logged.
 * The `lots_` prefix lets secret scanners and people recognise a leaked token.
 */
import { newSecret, parseCookieValue } from '../auth/session-token.js';

export const TOKEN_PREFIX = 'lots_';

export function newTokenSecret(): string {
  return newSecret();
}

export function tokenValue(tenantId: string, secret: string): string {
  return `${TOKEN_PREFIX}${tenantId}.${secret}`;
}

/** The tenant and secret of a well-formed token; null for anything else. */
export function parseToken(value: string): { tenantId: string; secret: string } | null {
  if (!value.startsWith(TOKEN_PREFIX)) return null;
  return parseCookieValue(value.slice(TOKEN_PREFIX.length));
}

/**
 * The credentials of an `Authorization: Bearer ...` header (RFC 6750 section 2.1; the scheme is
 * case-insensitive, RFC 9110 section 11.1). Null when there is no such header or it uses another
 * scheme (a proxy in front of Lots may use Basic), and '' for a Bearer header without a token.
 */
export function bearerCredentials(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer(?:[ \t]+(.*))?$/i.exec(header.trim());
  if (!match) return null;
  return (match[1] ?? '').trim();
}
