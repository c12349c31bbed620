/**
 * The idempotency fingerprint of a save (draft-ietf-httpapi-idempotency-key-header, "Idempotency
 * Fingerprint": a checksum of the request payload). It is taken over the request as validated,
 * with defaults filled in and personal data already masked, so that the stored hash can never be
 * matched against a guessed identity number, and `{}` and `{ "caseReference": null }` count as
 * the same request.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so that key order does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256, hex, of the canonical JSON of the request. */
export function requestFingerprint(request: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
