import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { hashPassword } from '../auth/passwords.js';
import { notFound } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { deleteUserSessions } from './queries/user-sessions.js';
import { findUser, updatePasswordHash } from './queries/users.js';
import { passwordErrors, throwIfInvalid } from './user-input.js';

export interface SetUserPasswordOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  id: string;
  password: string;
  /**
   * A session to keep: when people set their own password, the session they did it from stays
   * signed in and every other one ends (OWASP Session Management Cheat Sheet).
   */
  keepSessionId?: string | undefined;
}

/**
 * Sets a user's password: checks the policy (including that it does not contain the address),
 * stores the argon2id hash, lifts any lock-out and ends the user's sessions.
 */
export async function setUserPassword({
  db,
  tenantId,
  actorUserId,
  id,
  password,
  keepSessionId,
}: SetUserPasswordOptions): Promise<void> {
  const user = await withTenant(db, tenantId, (tx) => findUser(tx, tenantId, id));
  if (!user) throw notFound();
  throwIfInvalid(passwordErrors(password, user.email, '/body/password'));
  // Hashing takes tens of milliseconds: done between the transactions so that it holds no connection.
  const passwordHash = await hashPassword(password);
  await withTenant(db, tenantId, async (tx) => {
    await updatePasswordHash(tx, tenantId, id, passwordHash);
    await deleteUserSessions(tx, tenantId, id, keepSessionId);
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId,
      action: 'user.password_set',
      entityType: 'user',
      entityId: id,
    });
  });
}
