import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, type LockState } from './lockout.js';

const now = new Date('2026-03-02T09:00:00Z');
const fresh: LockState = { failedLoginCount: 0, lockedUntil: null };
const failTimes = (n: number): LockState => {
  let state = fresh;
  for (let i = 0; i < n; i++) state = afterFailedLogin(state, now);
  return state;
};

describe('afterFailedLogin', () => {
  it('limits are 5 failures and 15 minutes (OWASP-style lock-out)', () => {
    expect([MAX_FAILED_LOGINS, LOCKOUT_MINUTES]).toEqual([5, 15]);
  });

  it('4th failure -> count 4, not locked (one below the limit)', () => {
    const state = failTimes(4);
    expect(state).toEqual({ failedLoginCount: 4, lockedUntil: null });
    expect(isLocked(state, now)).toBe(false);
  });

  it('5th failure -> locked until now + 15 min, count reset to 0 (the next lock needs 5 new failures)', () => {
    const state = failTimes(5);
    expect(state).toEqual({ failedLoginCount: 0, lockedUntil: new Date('2026-03-02T09:15:00Z') });
    expect(isLocked(state, now)).toBe(true);
  });

  it('a failure after an expired lock -> counts from 0 again and keeps the old lockedUntil (in the past)', () => {
    const expired: LockState = { failedLoginCount: 0, lockedUntil: new Date('2026-03-02T08:00:00Z') };
    const state = afterFailedLogin(expired, now);
    expect(state.failedLoginCount).toBe(1);
    expect(isLocked(state, now)).toBe(false);
  });
});

describe('isLocked', () => {
  const lockedUntil = new Date('2026-03-02T09:15:00Z');

  it('1 ms before lockedUntil -> locked', () => {
    expect(isLocked({ failedLoginCount: 0, lockedUntil }, new Date(lockedUntil.getTime() - 1))).toBe(true);
  });

  it('exactly at lockedUntil -> not locked (the lock is a half-open interval)', () => {
    expect(isLocked({ failedLoginCount: 0, lockedUntil }, lockedUntil)).toBe(false);
  });

  it('no lockedUntil -> not locked, whatever the count', () => {
    expect(isLocked({ failedLoginCount: 4, lockedUntil: null }, now)).toBe(false);
  });
});
