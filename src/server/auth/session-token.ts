/**
 * The session cookie is "<tenant id>.<secret>". The tenant part only selects where to look: the
 * session is found by the SHA-256 of the secret inside that tenant's rows, so a forged tenant id
 * finds nothing. The secret has 256 bits from the system's CSPRNG and is never stored or logged.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'lots_session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function cookieValue(tenantId: string, secret: string): string {
  return `${tenantId}.${secret}`;
}

export function parseCookieValue(value: string | undefined): { tenantId: string; secret: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const tenantId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  return UUID.test(tenantId) && SECRET.test(secret) ? { tenantId, secret } : null;
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
