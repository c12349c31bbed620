/**
 * Tenant isolation through the API: with two municipalities A and B, nothing A's administrator
 * (even one who is also a platform administrator) sends reads or changes B's rows, and B's rows
 * are byte for byte the same afterwards (checked as the database owner).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, loginIdentities, sessions, units, userRoles, users } from '../db/schema.js';
import { createUnit, createUser } from '../test/factories.js';
import { signIn, signedInAs, testServer, type SignedIn } from '../test/server.js';

const server = await testServer();
const { app, db } = server;

const a = await signedInAs(server, ['administrator']);
const aPlatform = await signedInAs(server, ['administrator'], { tenant: a.tenant, isPlatformAdmin: true });
const aUnit = await createUnit(db, a.tenant.id, { name: 'A-förvaltningen' });
const aGuide = await createUser(db, a.tenant.id, { roles: ['guide'] });

const b = await signedInAs(server, ['administrator']);
const bDepartment = await createUnit(db, b.tenant.id, { name: 'B-förvaltningen' });
const bUnit = await createUnit(db, b.tenant.id, { name: 'B-enheten', parentId: bDepartment.id });
const bArchived = await createUnit(db, b.tenant.id, { name: 'B-arkiverad', parentId: bDepartment.id });
await db.orm
  .update(units)
  .set({ archivedAt: new Date('2026-01-01T00:00:00Z') })
  .where(eq(units.id, bArchived.id));
const bGuide = await createUser(db, b.tenant.id, { roles: ['guide'] });
const bContact = await createUser(db, b.tenant.id, {
  roles: [{ role: 'department_contact', unitId: bUnit.id }],
});
await signIn(app, bGuide);

const bIds = [b.user.id, bGuide.id, bContact.id, bDepartment.id, bUnit.id, bArchived.id];
const NEW_PASSWORD = 'isolerad-kommun-2026';

/** Every row of tenant B in every tenant-owned table, read as the owner. */
async function snapshotB() {
  const t = b.tenant.id;
  const byId = <T extends { id?: string; userId?: string; subject?: string; role?: string }>(rows: T[]) =>
    [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return {
    units: byId(await db.orm.select().from(units).where(eq(units.tenantId, t))),
    users: byId(await db.orm.select().from(users).where(eq(users.tenantId, t))),
    userRoles: byId(await db.orm.select().from(userRoles).where(eq(userRoles.tenantId, t))),
    loginIdentities: byId(await db.orm.select().from(loginIdentities).where(eq(loginIdentities.tenantId, t))),
    sessions: byId(
      (await db.orm.select().from(sessions).where(eq(sessions.tenantId, t))).map(
        ({ lastSeenAt: _, expiresAt: __, ...s }) => s,
      ),
    ),
    auditEvents: byId(await db.orm.select().from(auditEvents).where(eq(auditEvents.tenantId, t))),
  };
}

const before = await snapshotB();

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

describe.each([
  ['an administrator of A', a],
  ['an administrator of A who is also a platform administrator', aPlatform],
])('%s', (_label, who) => {
  it('GET /api/units and GET /api/users list only A’s rows', async () => {
    for (const url of ['/api/units', '/api/units?includeArchived=true', '/api/users']) {
      const res = await send(who, 'GET', url);
      expect(res.statusCode).toBe(200);
      for (const id of bIds) expect(res.body, url).not.toContain(id);
      expect(res.body).not.toContain(b.user.email);
    }
    expect((await send(who, 'GET', '/api/units')).json().units.map((u: { id: string }) => u.id)).toEqual([
      aUnit.id,
    ]);
    const usersRes = (await send(who, 'GET', '/api/users')).json().users.map((u: { id: string }) => u.id);
    expect(usersRes.sort()).toEqual([a.user.id, aPlatform.user.id, aGuide.id].sort());
  });

  it('PATCH /api/units/:id on B’s units is 404, whatever the change', async () => {
    for (const id of [bDepartment.id, bUnit.id, bArchived.id]) {
      for (const change of [
        { name: 'Kapad' },
        { parentId: null },
        { parentId: aUnit.id },
        { archived: true },
        { archived: false },
      ]) {
        const res = await send(who, 'PATCH', `/api/units/${id}`, change);
        expect(res.statusCode, JSON.stringify(change)).toBe(404);
      }
    }
  });

  it('POST /api/units and PATCH /api/units/:id refuse B’s units as parent', async () => {
    const created = await send(who, 'POST', '/api/units', { name: 'Inkräktare', parentId: bDepartment.id });
    expect(created.statusCode).toBe(400);
    expect(created.json().code).toBe('unit_parent_invalid');
    const moved = await send(who, 'PATCH', `/api/units/${aUnit.id}`, { parentId: bUnit.id });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().code).toBe('unit_parent_invalid');
  });

  it('POST /api/users and PATCH /api/users/:id refuse B’s units in role grants', async () => {
    const created = await send(who, 'POST', '/api/users', {
      email: `intrang-${Math.random().toString(36).slice(2, 8)}@test.example`,
      displayName: 'Inkräktare',
      password: NEW_PASSWORD,
      roles: [{ role: 'department_contact', unitId: bUnit.id }],
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().code).toBe('unit_unknown');
    const patched = await send(who, 'PATCH', `/api/users/${aGuide.id}`, {
      roles: [{ role: 'department_contact', unitId: bUnit.id }],
    });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().code).toBe('unit_unknown');
  });

  it('PATCH /api/users/:id and PUT /api/users/:id/password on B’s users are 404', async () => {
    for (const id of [b.user.id, bGuide.id, bContact.id]) {
      for (const change of [
        { displayName: 'Kapad' },
        { isActive: false },
        { roles: [{ role: 'administrator', unitId: null }] },
      ]) {
        expect((await send(who, 'PATCH', `/api/users/${id}`, change)).statusCode).toBe(404);
      }
      expect(
        (await send(who, 'PUT', `/api/users/${id}/password`, { password: NEW_PASSWORD })).statusCode,
      ).toBe(404);
    }
  });

  it('POST /api/users cannot take over B’s sign-in names', async () => {
    const res = await send(who, 'POST', '/api/users', {
      email: bGuide.email,
      displayName: 'Dubblett',
      password: NEW_PASSWORD,
      roles: [{ role: 'guide' }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('email_taken');
  });
});

describe('tenant routes for a municipality administrator of A', () => {
  it('GET and POST /api/tenants are forbidden (403), so B cannot be listed or re-created', async () => {
    expect((await send(a, 'GET', '/api/tenants')).statusCode).toBe(403);
    const res = await send(a, 'POST', '/api/tenants', {
      municipalityCode: b.tenant.municipalityCode,
      admin: { email: 'ny@test.example', displayName: 'Ny', password: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });

  it('a platform administrator re-creating B’s municipality gets 409 and changes nothing', async () => {
    const res = await send(aPlatform, 'POST', '/api/tenants', {
      municipalityCode: b.tenant.municipalityCode,
      admin: { email: 'ny@test.example', displayName: 'Ny', password: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('tenant_exists');
  });
});

describe('afterwards', () => {
  it('B’s rows are unchanged in every tenant-owned table, and B can still work', async () => {
    expect(await snapshotB()).toEqual(before);
    expect(before.units).toHaveLength(3);
    expect(before.users).toHaveLength(3);
    expect(before.sessions.length).toBeGreaterThanOrEqual(2);
    const res = await send(b, 'GET', '/api/units?includeArchived=true');
    expect(res.json().units.map((u: { id: string }) => u.id)).toEqual([
      bDepartment.id,
      bArchived.id,
      bUnit.id,
    ]);
  });
});
