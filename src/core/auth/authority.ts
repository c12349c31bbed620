/**
 * Who may act on whose account. One rule, used by every route that changes, resets, deactivates
 * or otherwise acts on an account (src/server/users): nobody may act on an account that holds
 * more power than they do, and nobody may hand out power they do not hold themselves.
 *
 * Power is a rank. Platform administration is the highest: it runs the installation and adds
 * municipalities. Within a municipality the administrator, who manages accounts, units,
 * integrations and the catalogue, ranks above those who lead the improvement work (manager,
 * quality developer), who rank above those who log contacts or speak for a department (guide,
 * department contact). An account's rank is that of its highest role; an account outranks the
 * actor when its rank is higher. (Permissions are not compared one by one: an administrator does
 * not log contacts, yet manages the guides who do.) Equal rank is not more power: an
 * administrator may manage another administrator of the same municipality, so that no
 * municipality depends on one person. Another tenant's accounts are out of reach altogether
 * (and are not even visible under row-level security).
 *
 * This closes the escalation of issue #11: a municipality's administrator could set the password
 * of the platform administrator's account (which also administers the municipality) and sign in
 * as them with tenants:create.
 */
import type { Actor, Role, RoleGrant } from './roles.js';

/** Rank of each role; an integration account (another system) ranks lowest. */
export const ROLE_RANK: Record<Role, number> = {
  integration: 0,
  guide: 1,
  department_contact: 1,
  quality_developer: 2,
  manager: 2,
  administrator: 3,
};

/** Platform administration ranks above every role of a municipality. */
export const PLATFORM_ADMIN_RANK = 4;

/** The rank of an account: its highest role's, or platform administration's. */
export function rankOf(power: Pick<AccountPower, 'roles' | 'isPlatformAdmin'>): number {
  if (power.isPlatformAdmin) return PLATFORM_ADMIN_RANK;
  return Math.max(0, ...power.roles.map((g) => ROLE_RANK[g.role]));
}

/** What an account may do, as far as authority is concerned. */
export interface AccountPower {
  tenantId: string;
  roles: readonly RoleGrant[];
  isPlatformAdmin: boolean;
}

export type AuthorityRefusal = 'other_tenant' | 'outranks_actor' | 'grant_exceeds_actor';

/**
 * Why the actor may not act on the target account, or null when they may. Acting on one's own
 * account is always within one's power (the power is the same).
 */
export function authorityOver(
  actor: Pick<Actor, 'tenantId' | 'roles' | 'isPlatformAdmin'>,
  target: AccountPower,
): AuthorityRefusal | null {
  if (actor.tenantId !== target.tenantId) return 'other_tenant';
  return holdsAtMost(target, actor) ? null : 'outranks_actor';
}

/**
 * Why the actor may not give an account these roles (and platform administration if asked), or
 * null when they may: the power given must be within the actor's own.
 */
export function authorityToGrant(
  actor: Pick<Actor, 'roles' | 'isPlatformAdmin'>,
  grants: readonly RoleGrant[],
  isPlatformAdmin = false,
): AuthorityRefusal | null {
  return holdsAtMost({ roles: grants, isPlatformAdmin }, actor) ? null : 'grant_exceeds_actor';
}

/** Whether `a` holds at most the power of `b`. */
function holdsAtMost(
  a: Pick<AccountPower, 'roles' | 'isPlatformAdmin'>,
  b: Pick<AccountPower, 'roles' | 'isPlatformAdmin'>,
): boolean {
  return rankOf(a) <= rankOf(b);
}
