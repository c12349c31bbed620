/**
 * The public e-form's one-time token (issue #17): when the form was handed out and a random
 * nonce (128 bits), signed with the tenant's key (HMAC-SHA-256). It carries the time check (a
 * form sent within seconds of being shown was not typed by a person) and makes a submission
 * idempotent: the nonce is stored with the case, so a double click or a retried POST finds the
 * case instead of making a second one. Nothing is stored when the form is shown.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Faster than this from showing the form to sending it: not a person. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer is handed a fresh token (the citizen's text is kept). */
export const MAX_FORM_AGE_MS = 24 * 3_600_000;

const NONCE = /^[A-Za-z0-9_-]{22}$/;

function sign(secret: Uint8Array, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('base64url').slice(0, 32);
}

export function issueFormToken(secret: Uint8Array, now: Date): string {
  const payload = `${now.getTime().toString(36)}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type TokenCheck =
  | { ok: true; nonce: string }
  | { ok: false; reason: 'forged' | 'too_fast' | 'expired' };

export function checkFormToken(secret: Uint8Array, token: string, now: Date): TokenCheck {
  const [time, nonce, signature] = token.split('.');
  if (time === undefined || nonce === undefined || signature === undefined || !NONCE.test(nonce))
    return { ok: false, reason: 'forged' };
  const expected = Buffer.from(sign(secret, `${time}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const age = now.getTime() - parseInt(time, 36);
  if (!Number.isFinite(age) || age < MIN_FILL_MS) return { ok: false, reason: 'too_fast' };
  if (age > MAX_FORM_AGE_MS) return { ok: false, reason: 'expired' };
  return { ok: true, nonce };
}
