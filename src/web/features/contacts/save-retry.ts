/**
 * When a save is tried again. A save that got no answer may or may not have reached the server;
 * sending it again with the same Idempotency-Key is always safe (the server answers a repeat
 * with the contact it already saved), so the screen keeps trying until an answer comes.
 */
import { NETWORK_ERROR, type ApiError } from '../../api/problem.js';

/** Waits before the 1st, 2nd, ... retry; the last one repeats. */
export const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000] as const;

/**
 * Whether the failure says nothing about the contact itself, so the same request may succeed
 * later: no answer at all, a timeout, the first save still running (409), too many requests,
 * or a fault on the server's side (5xx). A 4xx about the content (400, 403, 422) will not change
 * by trying again.
 */
export function isRetryable(error: ApiError): boolean {
  if (error.code === NETWORK_ERROR || error.status === 0) return true;
  if (error.status === 408 || error.status === 429) return true;
  if (error.status === 409 && error.code === 'idempotency_request_outstanding') return true;
  return error.status >= 500;
}

/** The wait before retry number `retry` (1-based). */
export function retryDelay(retry: number): number {
  const last = RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1] ?? 30_000;
  return RETRY_DELAYS_MS[retry - 1] ?? last;
}

/**
 * A new Idempotency-Key: a random UUID. crypto.randomUUID exists only in secure contexts
 * (https, localhost); getRandomValues everywhere, so a version-4 UUID is built from it otherwise
 * (RFC 9562, section 5.4).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
