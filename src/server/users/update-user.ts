import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { hasAdministratorRole } from '../../core/auth/role-grants.js';
import type { RoleGrant } from '../../core/auth/roles.js';
import { Problem, notFound } from '../http/problem.js';
import { countOtherActiveAdministrators, lockAdministrators } from './queries/administrators.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { deleteUserSessions } from './queries/user-sessions.js';
import { findUser, replaceRoleGrants, selectRoleGrants, updateUserRow } from './queries/users.js';
import { assertRoleUnitsUsable } from './role-units.js';
import { assertAuthorityOver, assertAuthorityToGrant, auditActorId, type AccountActor } from './authority.js';
import { sortRoleGrants, withRoles, type User } from './user.js';
import { displayNameErrors, roleGrantErrors, throwIfInvalid } from './user-input.js';

export interface UpdateUserOptions {
  db: Database;
  tenantId: string;
  /** Who acts: may not act on an account with more power than theirs (core/auth/authority.ts). */
  actor: AccountActor;
  id: string;
  displayName?: string | undefined;
  /** Replaces all of the user's roles. */
  roles?: RoleGrant[] | undefined;
  isActive?: boolean | undefined;
}

function sameGrants(a: readonly RoleGrant[], b: readonly RoleGrant[]): boolean {
  const key = (gs: readonly RoleGrant[]) => JSON.stringify(sortRoleGrants(gs));
  return key(a) === key(b);
}

/**
 * Changes a user's name, roles or whether the account is active; only within the actor's
 * authority (an account with more power than theirs is refused, 403). A tenant always keeps at least
 * one active administrator, so the last one can be neither demoted nor disabled (409). Disabling
 * an account ends all of its sessions at once.
 */
export async function updateUser(options: UpdateUserOptions): Promise<User> {
  const { db, tenantId, id } = options;
  const displayName = options.displayName?.trim();
  throwIfInvalid([
    ...(displayName === undefined ? [] : displayNameErrors(displayName, '/body/displayName')),
    ...(options.roles === undefined ? [] : roleGrantErrors(options.roles, '/body/roles')),
  ]);
  return withTenant(db, tenantId, async (tx) => {
    const mayRemoveAdministrator = options.roles !== undefined || options.isActive === false;
    if (mayRemoveAdministrator) await lockAdministrators(tx, tenantId);
    const user = await findUser(tx, tenantId, id);
    if (!user) throw notFound();
    const currentRoles = await selectRoleGrants(tx, tenantId, [id]);
    assertAuthorityOver(options.actor, { tenantId, roles: currentRoles, isPlatformAdmin: user.isPlatformAdmin });

    const changed: string[] = [];
    const rowChanges: { displayName?: string; isActive?: boolean } = {};
    if (displayName !== undefined && displayName !== user.displayName) {
      rowChanges.displayName = displayName;
      changed.push('displayName');
    }
    if (options.isActive !== undefined && options.isActive !== user.isActive) {
      rowChanges.isActive = options.isActive;
      changed.push('isActive');
    }
    const rolesChange =
      options.roles !== undefined && !sameGrants(options.roles, currentRoles) ? options.roles : undefined;
    if (rolesChange) {
      assertAuthorityToGrant(options.actor, rolesChange, false, '/body/roles');
      await assertRoleUnitsUsable(tx, tenantId, rolesChange, '/body/roles');
      changed.push('roles');
    }
    const rolesAfter = rolesChange ?? currentRoles;
    if (changed.length === 0) return withRoles(user, currentRoles);

    const adminBefore = user.isActive && hasAdministratorRole(currentRoles);
    const adminAfter = (rowChanges.isActive ?? user.isActive) && hasAdministratorRole(rolesAfter);
    if (adminBefore && !adminAfter && (await countOtherActiveAdministrators(tx, tenantId, id)) === 0) {
      throw new Problem(409, 'last_administrator');
    }

    if (rowChanges.displayName !== undefined || rowChanges.isActive !== undefined)
      await updateUserRow(tx, tenantId, id, rowChanges);
    if (rolesChange) await replaceRoleGrants(tx, tenantId, id, rolesChange);
    if (rowChanges.isActive === false) await deleteUserSessions(tx, tenantId, id);
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId: auditActorId(options.actor),
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      details: {
        changed,
        ...(rolesChange ? { roles: rolesChange.map((r) => ({ role: r.role, unitId: r.unitId })) } : {}),
        ...(rowChanges.isActive !== undefined ? { isActive: rowChanges.isActive } : {}),
      },
    });
    return withRoles({ ...user, ...rowChanges }, rolesAfter);
  });
}
