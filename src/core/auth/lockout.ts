/**
 * Account lock-out after repeated failed sign-ins (OWASP Authentication Cheat Sheet): after
 * MAX_FAILED_LOGINS consecutive failures the account is locked for LOCKOUT_MINUTES; a success
 * resets the count. The per-address rate limit on the login route slows guessing across accounts.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt at `now`. */
export function afterFailedLogin(state: LockState, now: Date): LockState {
  const count = state.failedLoginCount + 1;
  if (count >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLoginCount: count, lockedUntil: state.lockedUntil };
}
