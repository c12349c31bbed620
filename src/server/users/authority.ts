/**
 * The authority rule of core/auth/authority.ts, applied by every service that acts on an
 * account. Each such service takes an `AccountActor`: the signed-in actor, whose authority is
 * checked, or the system (the command-line tool, the demo seed), which an operator of the
 * installation runs and which has all authority. A service cannot be called without saying which.
 */
import { authorityOver, authorityToGrant, type AccountPower } from '../../core/auth/authority.js';
import type { Actor, RoleGrant } from '../../core/auth/roles.js';
import { Problem } from '../http/problem.js';

/** The installation itself: the command-line tool or the demo seed, never an HTTP request. */
export interface SystemActor {
  readonly system: true;
  /** The user recorded in the audit trail as acting, if any. */
  readonly userId: string | null;
}

export type AccountActor = Actor | SystemActor;

export const COMMAND_LINE: SystemActor = { system: true, userId: null };

function isSystem(actor: AccountActor): actor is SystemActor {
  return 'system' in actor;
}

/** The user to name in the audit trail. */
export function auditActorId(actor: AccountActor): string | null {
  return actor.userId;
}

/**
 * 403 account_outranks_you when the target holds more power than the actor. Another tenant's
 * account is never found under row-level security (404 before this), but is refused here too.
 */
export function assertAuthorityOver(actor: AccountActor, target: AccountPower): void {
  if (isSystem(actor)) return;
  if (authorityOver(actor, target) !== null) throw new Problem(403, 'account_outranks_you');
}

/** 403 grant_exceeds_yours when the roles (or platform administration) given exceed the actor's. */
export function assertAuthorityToGrant(
  actor: AccountActor,
  grants: readonly RoleGrant[],
  isPlatformAdmin: boolean,
  pointer: string,
): void {
  if (isSystem(actor)) return;
  if (authorityToGrant(actor, grants, isPlatformAdmin) !== null)
    throw new Problem(403, 'grant_exceeds_yours', [{ pointer, code: 'grant_exceeds_yours' }]);
}
