import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken, MAX_FORM_AGE_MS, MIN_FILL_MS } from './token.js';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);
const t0 = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('the e-form token', () => {
  it('is accepted from 3 s to 24 h after it was handed out, with its nonce', () => {
    const token = issueFormToken(secret, t0);
    const result = checkFormToken(secret, token, later(MIN_FILL_MS));
    expect(result.ok).toBe(true);
    if (result.ok) expect(token.split('.')[1]).toBe(result.nonce);
    expect(checkFormToken(secret, token, later(MAX_FORM_AGE_MS)).ok).toBe(true);
  });

  it('refuses a form sent too fast, or too late', () => {
    const token = issueFormToken(secret, t0);
    expect(checkFormToken(secret, token, later(MIN_FILL_MS - 1))).toEqual({ ok: false, reason: 'too_fast' });
    expect(checkFormToken(secret, token, later(MAX_FORM_AGE_MS + 1))).toEqual({ ok: false, reason: 'expired' });
  });

  it("refuses another tenant's token, a changed time and garbage", () => {
    const token = issueFormToken(secret, t0);
    expect(checkFormToken(other, token, later(10_000))).toEqual({ ok: false, reason: 'forged' });
    const [, nonce, signature] = token.split('.');
    const backdated = `${(t0.getTime() - 60_000).toString(36)}.${nonce}.${signature}`;
    expect(checkFormToken(secret, backdated, later(10_000))).toEqual({ ok: false, reason: 'forged' });
    expect(checkFormToken(secret, 'x', later(10_000))).toEqual({ ok: false, reason: 'forged' });
    expect(checkFormToken(secret, '', later(10_000))).toEqual({ ok: false, reason: 'forged' });
  });

  it('gives every form a different nonce', () => {
    expect(issueFormToken(secret, t0)).not.toBe(issueFormToken(secret, t0));
  });
});
