/**
 * Every kind of caller of the API in one municipality, for the tests that walk the whole API
 * (route access matrix, fuzzing): nobody, each role, a person without roles, the platform
 * administrator, an administrator of another municipality and an integration's token. Each
 * principal's headers are what its requests carry (cookie and CSRF token, or a bearer token).
 */
import type { Role, RoleGrant } from '../core/auth/roles.js';
import { createContact, createTenant, createTopic, createUnit, type TestTenant } from './factories.js';
import { createIntegration, createToken } from './integrations.js';
import { signedInAs, type TestServer } from './server.js';

export interface Principal {
  name: string;
  /** The roles it holds ('integration' for the token), empty for nobody. */
  roles: Role[];
  isPlatformAdmin: boolean;
  kind: 'anonymous' | 'session' | 'token';
  /** Its own municipality (null for nobody). */
  tenantId: string | null;
  headers: Record<string, string>;
}

export interface PrincipalWorld {
  tenant: TestTenant;
  principals: Principal[];
  /** Ids of rows in the world (units, topics, contacts, users), for requests that name one. */
  ids: string[];
}

/** A municipality with a department, a unit, topics and contacts, and every kind of caller. */
export async function principalWorld(server: TestServer): Promise<PrincipalWorld> {
  const { db } = server;
  const tenant = await createTenant(db);
  const department = await createUnit(db, tenant.id, { name: 'Samhällsbyggnad' });
  const unit = await createUnit(db, tenant.id, { name: 'Vatten och avlopp', parentId: department.id });
  const topic = await createTopic(db, tenant.id, { name: 'Faktura', ownerUnitId: unit.id });
  const other = await createTopic(db, tenant.id, { name: 'Bygglov', ownerUnitId: department.id });

  const people: [string, (Role | RoleGrant)[], boolean][] = [
    ['guide', ['guide'], false],
    ['quality_developer', ['quality_developer'], false],
    ['manager', ['manager'], false],
    ['department_contact', [{ role: 'department_contact', unitId: department.id }], false],
    ['administrator', ['administrator'], false],
    ['platform_admin', ['administrator'], true],
    ['no_roles', [], false],
  ];
  const principals: Principal[] = [
    { name: 'anonymous', roles: [], isPlatformAdmin: false, kind: 'anonymous', tenantId: null, headers: {} },
  ];
  const ids = [department.id, unit.id, topic.id, other.id];
  for (const [name, roles, isPlatformAdmin] of people) {
    const who = await signedInAs(server, roles, { tenant, isPlatformAdmin });
    principals.push({
      name,
      roles: roles.map((r) => (typeof r === 'string' ? r : r.role)),
      isPlatformAdmin,
      kind: 'session',
      tenantId: tenant.id,
      headers: who.headers,
    });
    ids.push(who.user.id);
    if (name === 'guide') {
      for (const t of [topic, other])
        ids.push((await createContact(db, tenant.id, { loggedByUserId: who.user.id, topic: t })).id);
    }
  }
  const foreign = await signedInAs(server, ['administrator']);
  principals.push({
    name: 'other_municipality_admin',
    roles: ['administrator'],
    isPlatformAdmin: false,
    kind: 'session',
    tenantId: foreign.tenant.id,
    headers: foreign.headers,
  });
  const integration = await createIntegration(db, tenant.id, { name: 'Telefoni' });
  const token = await createToken(db, integration);
  principals.push({
    name: 'integration',
    roles: ['integration'],
    isPlatformAdmin: false,
    kind: 'token',
    tenantId: tenant.id,
    headers: token.headers,
  });
  ids.push(integration.id, token.id);
  return { tenant, principals, ids };
}
