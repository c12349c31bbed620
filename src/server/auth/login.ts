import type { Database } from '../../db/database.js';
import { withTenant, withoutTenant } from '../../db/tenant-context.js';
import { normalizeEmail } from '../../core/auth/email.js';
import { afterFailedLogin, isLocked } from '../../core/auth/lockout.js';
import { Problem } from '../http/problem.js';
import { burnVerifyTime, verifyPassword } from './passwords.js';
import { findLoginTenant, findLoginUser, recordLoginAttempt } from './queries/find-login-user.js';
import { createSession, type NewSession } from './sessions.js';

export interface LoginOptions {
  db: Database;
  email: string;
  password: string;
  now?: Date;
}

/**
 * Signs in with a local account. Wrong address and wrong password give the same answer; five
 * failures in a row lock the account for 15 minutes (core/auth/lockout.ts).
 */
export async function loginWithPassword({
  db,
  email,
  password,
  now = new Date(),
}: LoginOptions): Promise<NewSession> {
  const normalized = normalizeEmail(email);
  const tenantId = await withoutTenant(db, (tx) => findLoginTenant(tx, normalized));
  if (!tenantId) {
    await burnVerifyTime(password);
    throw new Problem(401, 'invalid_credentials');
  }
  const user = await withTenant(db, tenantId, (tx) => findLoginUser(tx, normalized));
  if (!user?.passwordHash) {
    await burnVerifyTime(password);
    throw new Problem(401, 'invalid_credentials');
  }
  if (isLocked(user, now)) throw new Problem(423, 'account_locked');
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok) {
    const next = afterFailedLogin(user, now);
    await withTenant(db, tenantId, (tx) => recordLoginAttempt(tx, user.id, next));
    throw next.lockedUntil && isLocked(next, now)
      ? new Problem(423, 'account_locked')
      : new Problem(401, 'invalid_credentials');
  }
  if (!user.isActive) throw new Problem(403, 'account_inactive');
  return withTenant(db, tenantId, async (tx) => {
    await recordLoginAttempt(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    return createSession(tx, { tenantId, userId: user.id, now });
  });
}
