/**
 * A municipality's e-mail domains (migration 0013), set by platform administrators: when the
 * municipality is added (by default the first administrator's domain) and later. A domain can
 * belong to one municipality only.
 */
import { inArray } from 'drizzle-orm';
import { isEmailDomain } from '../../core/auth/email.js';
import type { Database, Tx } from '../../db/database.js';
import { tenantEmailDomains } from '../../db/schema.js';
import { switchToTenant, withPlatform } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem, notFound } from '../http/problem.js';
import { replaceEmailDomains } from './queries/email-domains.js';
import { findTenant } from './queries/tenants.js';

/** Lower-case, each once, in order. */
export function cleanDomains(domains: readonly string[]): string[] {
  return [...new Set(domains.map((d) => d.trim().toLowerCase()))];
}

/**
 * Replaces the tenant's domains inside a platform transaction: 409 email_domain_taken, pointing at
 * each domain another municipality has.
 */
export async function setTenantDomains(
  tx: Tx,
  tenantId: string,
  domains: readonly string[],
  pointer: string,
): Promise<void> {
  const invalid = domains.flatMap((d, i) =>
    isEmailDomain(d) ? [] : [{ pointer: `${pointer}/${i}`, code: 'invalid_email_domain' }],
  );
  if (invalid.length > 0) throw new Problem(400, 'validation_failed', invalid);
  const taken =
    domains.length === 0
      ? []
      : await tx
          .select()
          .from(tenantEmailDomains)
          .where(inArray(tenantEmailDomains.domain, [...domains]));
  const others = new Set(taken.filter((row) => row.tenantId !== tenantId).map((row) => row.domain));
  if (others.size > 0)
    throw new Problem(
      409,
      'email_domain_taken',
      domains.flatMap((d, i) =>
        others.has(d) ? [{ pointer: `${pointer}/${i}`, code: 'email_domain_taken' }] : [],
      ),
    );
  await replaceEmailDomains(tx, tenantId, domains);
}

/** PUT /api/tenants/:id/email-domains: replaces a municipality's domains, with an audit event. */
export async function updateTenantDomains(options: {
  db: Database;
  actorUserId: string;
  tenantId: string;
  domains: readonly string[];
}): Promise<string[]> {
  const domains = cleanDomains(options.domains);
  return withPlatform(options.db, async (tx) => {
    if (!(await findTenant(tx, options.tenantId))) throw notFound();
    await setTenantDomains(tx, options.tenantId, domains, '/body/domains');
    await switchToTenant(tx, options.tenantId);
    await insertAuditEvent(tx, {
      tenantId: options.tenantId,
      actorUserId: options.actorUserId,
      action: 'tenant.email_domains_set',
      entityType: 'tenant',
      entityId: options.tenantId,
      details: { domains },
    });
    return domains;
  });
}
