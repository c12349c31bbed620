import type { Database, Tx } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { RoleGrant } from '../../core/auth/roles.js';
import { findLoginTenant } from '../auth/queries/find-login-user.js';
import { hashPassword } from '../auth/passwords.js';
import { Problem } from '../http/problem.js';
import { uniqueViolation } from '../../db/errors.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { insertLocalLoginIdentity, insertUserRow, replaceRoleGrants } from './queries/users.js';
import { assertRoleUnitsUsable } from './role-units.js';
import { isAddressInDomains } from '../../core/auth/email.js';
import { selectEmailDomains } from '../tenants/queries/email-domains.js';
import { assertAuthorityToGrant, auditActorId, type AccountActor } from './authority.js';
import { withRoles, type User } from './user.js';
import { prepareNewUser, roleGrantErrors } from './user-input.js';

export type { User } from './user.js';

export interface CreateUserOptions {
  db: Database;
  tenantId: string;
  /** Who acts: may give no more power than they hold (core/auth/authority.ts). */
  actor: AccountActor;
  email: string;
  displayName: string;
  password: string;
  /** At least one; department_contact needs a unit of the tenant, the other roles none. */
  roles: RoleGrant[];
  locale?: 'sv' | 'en';
  /** Only the command-line tool sets this: platform administrators add municipalities. */
  isPlatformAdmin?: boolean;
}

/**
 * Creates a user with a local password account. The address is stored lower-case, must be at one
 * of the municipality's e-mail domains and unused in every tenant (sign-in asks for the address
 * only); the password must pass the policy
 * and is stored as an argon2id hash. User, roles, sign-in name and audit event are written in one
 * transaction.
 */
export async function createUser(options: CreateUserOptions): Promise<User> {
  const { db, tenantId } = options;
  const clean = prepareNewUser(options, '/body', roleGrantErrors(options.roles, '/body/roles'));
  assertAuthorityToGrant(options.actor, options.roles, options.isPlatformAdmin ?? false, '/body/roles');
  // Hashing takes tens of milliseconds: done before the transaction so that it holds no connection.
  const passwordHash = await hashPassword(options.password);
  try {
    return await withTenant(db, tenantId, (tx) =>
      insertNewUser(tx, {
        tenantId,
        actorUserId: auditActorId(options.actor),
        email: clean.email,
        displayName: clean.displayName,
        passwordHash,
        roles: options.roles,
        locale: options.locale ?? 'sv',
        isPlatformAdmin: options.isPlatformAdmin ?? false,
        pointer: '/body',
      }),
    );
  } catch (error) {
    throw emailConflict(error, '/body/email') ?? error;
  }
}

export interface NewUserValues {
  tenantId: string;
  actorUserId: string | null;
  /** Already normalised and checked (prepareNewUser). */
  email: string;
  displayName: string;
  passwordHash: string;
  roles: readonly RoleGrant[];
  locale: 'sv' | 'en';
  isPlatformAdmin: boolean;
  /** JSON Pointer of the user object in the request, for field errors. */
  pointer: string;
}

/** The writes of createUser inside a transaction already scoped to the tenant (createTenant uses it too). */
export async function insertNewUser(tx: Tx, values: NewUserValues): Promise<User> {
  const { tenantId, pointer } = values;
  await assertRoleUnitsUsable(tx, tenantId, values.roles, `${pointer}/roles`);
  await assertEmailInTenantDomains(tx, tenantId, values.email, `${pointer}/email`);
  // The directory lookup gives a clear answer up front; the unique keys still decide under races.
  if (await findLoginTenant(tx, values.email)) throw emailTaken(`${pointer}/email`);
  const row = await insertUserRow(tx, {
    tenantId,
    email: values.email,
    displayName: values.displayName,
    passwordHash: values.passwordHash,
    locale: values.locale,
    isPlatformAdmin: values.isPlatformAdmin,
  });
  await insertLocalLoginIdentity(tx, { tenantId, userId: row.id, email: values.email });
  await replaceRoleGrants(tx, tenantId, row.id, values.roles);
  await insertAuditEvent(tx, {
    tenantId,
    actorUserId: values.actorUserId,
    action: 'user.created',
    entityType: 'user',
    entityId: row.id,
    details: {
      roles: values.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
      isPlatformAdmin: values.isPlatformAdmin,
    },
  });
  return withRoles(row, values.roles);
}

/**
 * 422 email_domain_not_allowed unless the address is at one of the municipality's domains
 * (migration 0013). Checked before the directory lookup, so an address of another municipality
 * is refused the same whether or not it has an account there (issue #11).
 */
async function assertEmailInTenantDomains(
  tx: Tx,
  tenantId: string,
  email: string,
  pointer: string,
): Promise<void> {
  const domains = await selectEmailDomains(tx, tenantId);
  if (isAddressInDomains(email, domains)) return;
  throw new Problem(422, 'email_domain_not_allowed', [
    { pointer, code: 'email_domain_not_allowed', params: { domains: domains.join(', ') || '–' } },
  ]);
}

function emailTaken(pointer: string): Problem {
  return new Problem(409, 'email_taken', [{ pointer, code: 'email_taken' }]);
}

/** A unique violation on either e-mail key means another request registered the address first. */
export function emailConflict(error: unknown, pointer: string): Problem | null {
  const constraint = uniqueViolation(error);
  return constraint === 'login_identities_pkey' || constraint === 'users_tenant_id_email_key'
    ? emailTaken(pointer)
    : null;
}
