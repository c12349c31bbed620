/**
 * Tenant isolation through the API: with two municipalities A and B, nothing A's administrator
 * (even one who is also a platform administrator) sends reads or changes B's rows, and B's rows
 * are byte for byte the same afterwards (checked as the database owner).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditEvents,
  contactRevisions,
  contacts,
  loginIdentities,
  sessions,
  topics,
  units,
  userRoles,
  users,
} from '../db/schema.js';
import { createContact, createUnit, createUser } from '../test/factories.js';
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
const bGuide = await createUser(db, b.tenant.id, {
  roles: ['guide'],
  email: `guide@${b.tenant.emailDomain}`,
});
const bContact = await createUser(db, b.tenant.id, {
  roles: [{ role: 'department_contact', unitId: bUnit.id }],
});
await signIn(app, bGuide);

const insertTopic = async (values: typeof topics.$inferInsert) => {
  const [row] = await db.orm.insert(topics).values(values).returning();
  if (!row) throw new Error('topic not created');
  return row;
};
const aTopic = await insertTopic({ tenantId: a.tenant.id, name: 'A-ämne', ownerUnitId: aUnit.id });
const bTopic = await insertTopic({ tenantId: b.tenant.id, name: 'B-ämne', ownerUnitId: bUnit.id });
const bSubtopic = await insertTopic({
  tenantId: b.tenant.id,
  name: 'B-underämne',
  ownerUnitId: bUnit.id,
  parentId: bTopic.id,
  defaultFailureReason: 'chasing_case',
});
const bTopicIds = [bTopic.id, bSubtopic.id];

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
    topics: byId(await db.orm.select().from(topics).where(eq(topics.tenantId, t))),
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
      email: `intrang-${Math.random().toString(36).slice(2, 8)}@${a.tenant.emailDomain}`,
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

  it('POST /api/users cannot take over B’s sign-in names, nor tell which exist (the same 422 for any address of B’s)', async () => {
    const answers = [];
    for (const email of [bGuide.email, `ingen@${b.tenant.emailDomain}`]) {
      const res = await send(who, 'POST', '/api/users', {
        email,
        displayName: 'Dubblett',
        password: NEW_PASSWORD,
        roles: [{ role: 'guide' }],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('email_domain_not_allowed');
      answers.push(res.body);
    }
    expect(answers[0]).toBe(answers[1]);
  });
});

describe.each([
  ['an administrator of A', a],
  ['an administrator of A who is also a platform administrator', aPlatform],
])('the service catalogue, for %s', (_label, who) => {
  it('GET /api/topics and the CSV export hold only A’s topics', async () => {
    for (const url of ['/api/topics', '/api/topics?includeRetired=true', '/api/topics/export.csv']) {
      const res = await send(who, 'GET', url);
      expect(res.statusCode).toBe(200);
      for (const id of [...bTopicIds, ...bIds]) expect(res.body, url).not.toContain(id);
      expect(res.body, url).not.toContain('B-ämne');
      expect(res.body, url).not.toContain('B-enheten');
    }
    expect((await send(who, 'GET', '/api/topics')).json().topics.map((t: { id: string }) => t.id)).toEqual([
      aTopic.id,
    ]);
  });

  it('PATCH /api/topics/:id on B’s topics is 404, whatever the change', async () => {
    for (const id of bTopicIds) {
      for (const change of [
        { name: 'Kapad' },
        { parentId: null },
        { parentId: aTopic.id },
        { ownerUnitId: aUnit.id },
        { defaultFailureReason: null },
        { retired: true },
      ]) {
        expect(
          (await send(who, 'PATCH', `/api/topics/${id}`, change)).statusCode,
          JSON.stringify(change),
        ).toBe(404);
      }
    }
  });

  it('POST and PATCH refuse B’s topics as parent and B’s units as owner', async () => {
    const body = {
      name: 'Inkräktare',
      parentId: bTopic.id,
      ownerUnitId: aUnit.id,
      defaultFailureReason: null,
    };
    expect((await send(who, 'POST', '/api/topics', body)).json().code).toBe('topic_parent_invalid');
    const foreignOwner = await send(who, 'POST', '/api/topics', {
      ...body,
      parentId: null,
      ownerUnitId: bUnit.id,
    });
    expect(foreignOwner.json().code).toBe('unit_unknown');
    expect((await send(who, 'PATCH', `/api/topics/${aTopic.id}`, { parentId: bTopic.id })).json().code).toBe(
      'topic_parent_invalid',
    );
    expect(
      (await send(who, 'PATCH', `/api/topics/${aTopic.id}`, { ownerUnitId: bUnit.id })).json().code,
    ).toBe('unit_unknown');
  });

  it('an import naming B’s topic paths and units neither reads nor changes B’s catalogue', async () => {
    const refused = await send(who, 'POST', '/api/topics/import', {
      csv: 'path;owner;default_failure_reason;retired\nB-ämne;B-enheten;;true',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ pointer: '/csv/line/2/owner', code: 'unit_unknown' }),
    ]);
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
    expect(before.topics).toHaveLength(2);
    const res = await send(b, 'GET', '/api/units?includeArchived=true');
    expect(res.json().units.map((u: { id: string }) => u.id)).toEqual([
      bDepartment.id,
      bArchived.id,
      bUnit.id,
    ]);
  });
});

// Contacts (issue #3). Set up after `before` was taken and only in tables snapshotB does not
// read, so the check above stays exact; B's contacts get their own check below.
const aGuideSignedIn: SignedIn = { user: aGuide, tenant: a.tenant, headers: await signIn(app, aGuide) };
const bContactRow = await createContact(db, b.tenant.id, {
  loggedByUserId: bGuide.id,
  topic: { ...bSubtopic, ownerUnitId: bUnit.id },
  summary: 'B-sammanfattning',
  idempotencyKey: 'delad-nyckel',
  idempotencyFingerprint: '0'.repeat(64),
});
const bDeletedContact = await createContact(db, b.tenant.id, {
  loggedByUserId: bGuide.id,
  topic: { ...bTopic, ownerUnitId: bUnit.id },
  deletedAt: new Date('2026-01-02T00:00:00Z'),
  deletedReason: 'Dubblett',
});
const bContactIds = [bContactRow.id, bDeletedContact.id];

async function snapshotBContacts() {
  const t = b.tenant.id;
  return {
    contacts: await db.orm.select().from(contacts).where(eq(contacts.tenantId, t)).orderBy(contacts.id),
    revisions: await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.tenantId, t))
      .orderBy(contactRevisions.id),
  };
}
const beforeContacts = await snapshotBContacts();

const inject = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  app.inject({
    method,
    url,
    headers: { ...who.headers, 'idempotency-key': 'delad-nyckel' },
    ...(payload ? { payload } : {}),
  });

describe.each([
  ['a guide of A', aGuideSignedIn],
  ['an administrator of A', a],
  ['an administrator of A who is also a platform administrator', aPlatform],
])('contacts, for %s', (_label, who) => {
  it('GET /api/contacts, whatever the filter, and GET of B’s ids show nothing of B', async () => {
    for (const query of [
      '',
      `?unitId=${bUnit.id}`,
      `?topicId=${bTopic.id}`,
      '?failureDemand=false',
      '?limit=200',
    ]) {
      const res = await inject(who, 'GET', `/api/contacts${query}`);
      expect(res.statusCode, query).toBe(200);
      expect(res.json().contacts, query).toEqual([]);
      expect(res.body).not.toContain('B-sammanfattning');
    }
    for (const id of bContactIds) {
      expect((await inject(who, 'GET', `/api/contacts/${id}`)).statusCode).toBe(404);
      expect((await inject(who, 'GET', `/api/contacts/${id}/revisions`)).statusCode).toBe(404);
    }
  });

  it('PATCH and DELETE of B’s contacts are 404 (or 403 for a role that may not correct at all)', async () => {
    for (const id of bContactIds) {
      const patched = await inject(who, 'PATCH', `/api/contacts/${id}`, { need: 'opinion', reason: 'Kapad' });
      expect(patched.statusCode).toBe(who === aGuideSignedIn ? 404 : 403);
      expect((await inject(who, 'DELETE', `/api/contacts/${id}`, { reason: 'Kapad' })).statusCode).toBe(404);
    }
  });
});

describe('contacts: saving in A with B’s ids', () => {
  it('refuses B’s topic and B’s unit, and B’s idempotency key makes a new contact in A', async () => {
    const body = {
      channel: 'phone',
      startedAt: new Date().toISOString(),
      durationSeconds: 60,
      need: 'want_to_know',
      topicId: bTopic.id,
      resolution: 'resolved_self',
    };
    const topic = await inject(aGuideSignedIn, 'POST', '/api/contacts', body);
    expect(topic.statusCode).toBe(400);
    expect(topic.json().code).toBe('contact_topic_unknown');
    const unit = await inject(aGuideSignedIn, 'POST', '/api/contacts', {
      ...body,
      topicId: aTopic.id,
      resolution: 'forwarded',
      forwardedToUnitId: bUnit.id,
      forwardDone: 'x',
      forwardExpected: 'y',
    });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().code).toBe('unit_unknown');
    const own = await inject(aGuideSignedIn, 'POST', '/api/contacts', { ...body, topicId: aTopic.id });
    expect(own.statusCode).toBe(201);
    expect(own.json().id).not.toBe(bContactRow.id);
  });

  it('afterwards B’s contacts and their trail are byte for byte the same', async () => {
    expect(await snapshotBContacts()).toEqual(beforeContacts);
    expect(beforeContacts.contacts).toHaveLength(2);
    expect(beforeContacts.revisions).toHaveLength(2);
  });
});
