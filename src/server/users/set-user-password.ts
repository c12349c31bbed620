import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { hashPassword } from '../auth/passwords.js';
import { notFound } from '../http/problem.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { deleteUserSessions } from './queries/user-sessions.js';
import { findUser, selectRoleGrants, updatePasswordHash } from './queries/users.js';
import { assertAuthorityOver, auditActorId, type AccountActor } from './authority.js';
import { passwordErrors, throwIfInvalid } from './user-input.js';

export interface SetUserPasswordOptions {
  db: Database;
  tenantId: string;
  /** Who acts: may not act on an account with more power than theirs (core/auth/authority.ts). */
  actor: AccountActor;
  id: string;
  password: string;
  /**
   * A session to keep: when people set their own password, the session they did it from stays
   * signed in and every other one ends (OWASP Session Management Cheat Sheet).
   */
  keepSessionId?: string | undefined;
}

/**
 * Sets a user's password, within the actor's authority (an account with more power than theirs
 * is refused, 403, before anything is checked or hashed): checks the policy (including that it does not contain the address),
 * stores the argon2id hash, lifts any lock-out and ends the user's sessions.
 */
export async function setUserPassword({
  db,
  tenantId,
  actor,
  id,
  password,
  keepSessionId,
}: SetUserPasswordOptions): Promise<void> {
  const user = await withTenant(db, tenantId, async (tx) => {
    const row = await findUser(tx, tenantId, id);
    if (!row) throw notFound();
    const roles = await selectRoleGrants(tx, tenantId, [id]);
    assertAuthorityOver(actor, { tenantId, roles, isPlatformAdmin: row.isPlatformAdmin });
    return row;
  });
  throwIfInvalid(passwordErrors(password, user.email, '/body/password'));
  // Hashing takes tens of milliseconds: done between the transactions so that it holds no connection.
  const passwordHash = await hashPassword(password);
  await withTenant(db, tenantId, async (tx) => {
    await updatePasswordHash(tx, tenantId, id, passwordHash);
    await deleteUserSessions(tx, tenantId, id, keepSessionId);
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId: auditActorId(actor),
      action: 'user.password_set',
      entityType: 'user',
      entityId: id,
    });
  });
}
