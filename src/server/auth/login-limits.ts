/**
 * Limits on failed sign-ins beyond the per-client-address rate limit of the login route (issue
 * #11): per account (the address signed in with, whether or not it has an account, so the answer
 * says nothing about which addresses exist) and over the whole installation. Kept in memory, per
 * process, like the rate limit; the addresses are never logged.
 */
import { FailureWindow } from '../../core/auth/failure-window.js';
import { normalizeEmail } from '../../core/auth/email.js';
import { Problem } from '../http/problem.js';

export interface LoginLimitSettings {
  /** Failed sign-ins to one address within 15 minutes before further attempts are refused. */
  accountFailureLimit: number;
  /** Failed sign-ins to any address within one minute before all attempts are refused. */
  globalFailureLimit: number;
}

const GLOBAL = '*';

export class LoginLimits {
  private readonly perAccount: FailureWindow;
  private readonly global: FailureWindow;

  constructor(settings: LoginLimitSettings) {
    this.perAccount = new FailureWindow({ limit: settings.accountFailureLimit, windowMs: 15 * 60_000 });
    this.global = new FailureWindow({ limit: settings.globalFailureLimit, windowMs: 60_000 });
  }

  /** 429 rate_limited when the address or the installation has had too many failures. */
  assertAllowed(email: string, nowMs = Date.now()): void {
    if (this.global.isOver(GLOBAL, nowMs) || this.perAccount.isOver(normalizeEmail(email), nowMs))
      throw new Problem(429, 'rate_limited');
  }

  failed(email: string, nowMs = Date.now()): void {
    this.global.record(GLOBAL, nowMs);
    this.perAccount.record(normalizeEmail(email), nowMs);
  }

  succeeded(email: string): void {
    this.perAccount.clear(normalizeEmail(email));
  }
}
