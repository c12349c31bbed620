import type { Database } from '../../db/database.js';
import { switchToTenant, withPlatform } from '../../db/tenant-context.js';
import { hashPassword } from '../auth/passwords.js';
import { Problem } from '../http/problem.js';
import { findMunicipality } from '../municipalities/queries/municipalities.js';
import { emailConflict, insertNewUser } from '../users/create-user.js';
import { uniqueViolation } from '../../db/errors.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import type { User } from '../users/user.js';
import { prepareNewUser } from '../users/user-input.js';
import { findTenantByMunicipality, insertTenant, type TenantRow } from './queries/tenants.js';
import { emailDomainOf } from '../../core/auth/email.js';
import { cleanDomains, setTenantDomains } from './email-domains.js';

export type { TenantRow as Tenant } from './queries/tenants.js';

export interface CreateTenantOptions {
  db: Database;
  /** Statistics Sweden's four-digit municipality code, for example '0123' (Järfälla). */
  municipalityCode: string;
  /** The municipality's first administrator. */
  admin: {
    email: string;
    displayName: string;
    password: string;
    locale?: 'sv' | 'en';
    /** Also let this administrator run the installation (command-line tool and demo only; the API never sets it). */
    isPlatformAdmin?: boolean;
  };
  /**
   * The municipality's e-mail domains (its people's accounts must be at one of them); by default
   * the first administrator's domain.
   */
  emailDomains?: readonly string[] | undefined;
  /** The platform administrator making the change; null or omitted for the command-line tool. */
  actorUserId?: string | null;
}

const tenantExists = () =>
  new Problem(409, 'tenant_exists', [{ pointer: '/body/municipalityCode', code: 'tenant_exists' }]);

/**
 * Adds a municipality to Lots with its first administrator. The name comes from the official
 * list ("Järfälla kommun"); a municipality has at most one tenant. Everything happens in one
 * transaction: the tenant row as lots_platform, then, switched to the new tenant, the
 * administrator (user, role, sign-in name) and the audit events. Any failure leaves nothing behind.
 */
export async function createTenant({
  db,
  municipalityCode,
  admin,
  emailDomains,
  actorUserId = null,
}: CreateTenantOptions): Promise<{ tenant: TenantRow; admin: User; emailDomains: string[] }> {
  const code = municipalityCode.trim();
  const clean = prepareNewUser(admin, '/body/admin');
  const domains = cleanDomains(emailDomains ?? [emailDomainOf(clean.email)]);
  const passwordHash = await hashPassword(admin.password);
  try {
    return await withPlatform(db, async (tx) => {
      const municipality = await findMunicipality(tx, code);
      if (!municipality) {
        throw new Problem(400, 'municipality_code_unknown', [
          { pointer: '/body/municipalityCode', code: 'municipality_code_unknown' },
        ]);
      }
      if (await findTenantByMunicipality(tx, code)) throw tenantExists();
      const tenant = await insertTenant(tx, { municipalityCode: code, name: municipality.name });
      await setTenantDomains(tx, tenant.id, domains, '/body/emailDomains');
      await switchToTenant(tx, tenant.id);
      await insertAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId,
        action: 'tenant.created',
        entityType: 'tenant',
        entityId: tenant.id,
        details: { municipalityCode: code, emailDomains: domains },
      });
      const user = await insertNewUser(tx, {
        tenantId: tenant.id,
        actorUserId,
        email: clean.email,
        displayName: clean.displayName,
        passwordHash,
        roles: [{ role: 'administrator', unitId: null }],
        locale: admin.locale ?? 'sv',
        isPlatformAdmin: admin.isPlatformAdmin ?? false,
        pointer: '/body/admin',
      });
      return { tenant, admin: user, emailDomains: domains };
    });
  } catch (error) {
    if (uniqueViolation(error) === 'tenants_municipality_code_key') throw tenantExists();
    throw emailConflict(error, '/body/admin/email') ?? error;
  }
}
