import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, units } from '../../db/schema.js';
import { createTenant, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const admin = () => signedInAs(server, ['administrator']);
const post = (who: SignedIn | null, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/units',
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const patch = (who: SignedIn | null, id: string, payload: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/units/${id}`,
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const list = (who: SignedIn, query = '') =>
  app.inject({ method: 'GET', url: `/api/units${query}`, headers: who.headers });

async function unitRow(tenantId: string, id: string) {
  const [row] = await db.orm
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
  return row;
}

describe('GET /api/units', () => {
  it('401 without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('400: includeArchived must be true or false', async () => {
    const a = await admin();
    const res = await list(a, '?includeArchived=yes');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ pointer: '/querystring/includeArchived', code: 'invalid_choice' }),
    ]);
  });

  it('403 for a signed-in user without units:read (a user with no role)', async () => {
    const nobody = await signedInAs(server, []);
    const res = await list(nobody);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('lists depth first with siblings in Swedish order, archived units only on request', async () => {
    const a = await signedInAs(server, ['guide']);
    const t = a.tenant.id;
    const social = await createUnit(db, t, { name: 'Socialförvaltningen' });
    const elder = await createUnit(db, t, { name: 'Äldreförvaltningen' });
    const build = await createUnit(db, t, { name: 'Bygg- och miljöförvaltningen' });
    const oz = await createUnit(db, t, { name: 'Öppenvård', parentId: social.id });
    const az = await createUnit(db, t, { name: 'Arbetsmarknad', parentId: social.id });
    const home = await createUnit(db, t, { name: 'Hemtjänst', parentId: elder.id });
    const old = await createUnit(db, t, { name: 'Gamla enheten', parentId: elder.id });
    await db.orm
      .update(units)
      .set({ archivedAt: new Date('2026-01-05T08:00:00Z') })
      .where(eq(units.id, old.id));

    const res = await list(a);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      units: [
        {
          id: build.id,
          parentId: null,
          name: 'Bygg- och miljöförvaltningen',
          kind: 'department',
          archivedAt: null,
        },
        { id: social.id, parentId: null, name: 'Socialförvaltningen', kind: 'department', archivedAt: null },
        { id: az.id, parentId: social.id, name: 'Arbetsmarknad', kind: 'unit', archivedAt: null },
        { id: oz.id, parentId: social.id, name: 'Öppenvård', kind: 'unit', archivedAt: null },
        { id: elder.id, parentId: null, name: 'Äldreförvaltningen', kind: 'department', archivedAt: null },
        { id: home.id, parentId: elder.id, name: 'Hemtjänst', kind: 'unit', archivedAt: null },
      ],
    });
    const all = await list(a, '?includeArchived=true');
    expect(all.json().units.map((u: { name: string }) => u.name)).toEqual([
      'Bygg- och miljöförvaltningen',
      'Socialförvaltningen',
      'Arbetsmarknad',
      'Öppenvård',
      'Äldreförvaltningen',
      'Gamla enheten',
      'Hemtjänst',
    ]);
    expect(all.json().units[5].archivedAt).toBe('2026-01-05T08:00:00.000Z');
  });
});

describe('POST /api/units', () => {
  it('401 without a session', async () => {
    expect((await post(null, { name: 'X', parentId: null })).statusCode).toBe(401);
  });

  it('400: names the missing, empty and malformed fields', async () => {
    const a = await admin();
    const res = await post(a, { name: '   ', parentId: 'not-a-uuid', colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', code: 'required', detail: 'Obligatoriskt fält.' },
        { pointer: '/body/parentId', code: 'invalid_uuid', detail: 'Ogiltigt id.' },
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
    const missing = await post(a, { name: 'Kultur' });
    expect(missing.json().errors).toEqual([
      { pointer: '/body/parentId', code: 'required', detail: 'Obligatoriskt fält.' },
    ]);
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { ...a.headers, 'content-type': 'application/json' },
      payload: '{"name": "Kultur",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
  });

  it('403 without units:write, and 403 without the CSRF token', async () => {
    const guide = await signedInAs(server, ['guide', 'manager']);
    const res = await post(guide, { name: 'Kultur', parentId: null });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const a = await admin();
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: a.headers.cookie },
      payload: { name: 'Kultur', parentId: null },
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
    expect(await db.orm.select().from(units).where(eq(units.tenantId, a.tenant.id))).toEqual([]);
  });

  it('creates a department at the root and a unit below it, each with an audit event', async () => {
    const a = await admin();
    const dep = await post(a, { name: '  Kultur- och fritidsförvaltningen ', parentId: null });
    expect(dep.statusCode).toBe(201);
    const department = dep.json();
    expect(department).toEqual({
      id: expect.any(String),
      parentId: null,
      name: 'Kultur- och fritidsförvaltningen',
      kind: 'department',
      archivedAt: null,
    });
    const res = await post(a, { name: 'Bibliotek', parentId: department.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      parentId: department.id,
      name: 'Bibliotek',
      kind: 'unit',
      archivedAt: null,
    });
    expect(await unitRow(a.tenant.id, res.json().id)).toMatchObject({
      tenantId: a.tenant.id,
      kind: 'unit',
      parentId: department.id,
    });
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, res.json().id));
    expect(events).toEqual([
      expect.objectContaining({
        tenantId: a.tenant.id,
        actorUserId: a.user.id,
        action: 'unit.created',
        entityType: 'unit',
        details: { parentId: department.id, kind: 'unit' },
      }),
    ]);
  });

  it('409 for a sibling with the same name in any case; the same name elsewhere is fine', async () => {
    const a = await admin();
    const dep = await createUnit(db, a.tenant.id, { name: 'Socialförvaltningen' });
    const other = await createUnit(db, a.tenant.id, { name: 'Kommunstyrelseförvaltningen' });
    expect((await post(a, { name: 'Ekonomi', parentId: dep.id })).statusCode).toBe(201);
    const dup = await post(a, { name: 'EKONOMI', parentId: dep.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'unit_name_taken',
      detail: 'Det finns redan en enhet med det namnet på samma nivå.',
      errors: [
        { pointer: '/body/name', code: 'unit_name_taken', detail: 'Namnet används redan på samma nivå.' },
      ],
    });
    expect((await post(a, { name: 'socialförvaltningen', parentId: null })).statusCode).toBe(409);
    expect((await post(a, { name: 'Ekonomi', parentId: other.id })).statusCode).toBe(201);
  });

  it('400 for an unknown parent, another tenant’s parent and an archived parent', async () => {
    const a = await admin();
    const foreign = await createUnit(db, (await createTenant(db)).id, { name: 'Främmande' });
    for (const parentId of ['00000000-0000-4000-8000-000000000000', foreign.id]) {
      const res = await post(a, { name: 'Ny', parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'unit_parent_invalid',
        errors: [{ pointer: '/body/parentId', code: 'unit_unknown', detail: 'Enheten finns inte.' }],
      });
    }
    const archived = await createUnit(db, a.tenant.id, { name: 'Nedlagd' });
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    const res = await post(a, { name: 'Ny', parentId: archived.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unit_parent_archived');
    expect(await db.orm.select().from(units).where(eq(units.name, 'Ny'))).toEqual([]);
  });
});

describe('PATCH /api/units/:id', () => {
  it('401 without a session', async () => {
    const tenant = await createTenant(db);
    const u = await createUnit(db, tenant.id);
    expect((await patch(null, u.id, { name: 'X' })).statusCode).toBe(401);
  });

  it('400 for an empty change, a malformed id and a wrong type', async () => {
    const a = await admin();
    const u = await createUnit(db, a.tenant.id);
    const empty = await patch(a, u.id, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      { pointer: '/body', code: 'nothing_to_change', detail: 'Ange minst en ändring.' },
    ]);
    const badId = await patch(a, 'abc', { name: 'X' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors).toEqual([
      expect.objectContaining({ pointer: '/params/id', code: 'invalid_uuid' }),
    ]);
    const badType = await patch(a, u.id, { archived: 'yes' });
    expect(badType.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/archived', code: 'invalid_type' }),
    ]);
  });

  it('403 without units:write', async () => {
    const dc = await signedInAs(server, ['quality_developer']);
    const u = await createUnit(db, dc.tenant.id, { name: 'Orörd' });
    const res = await patch(dc, u.id, { name: 'Ändrad' });
    expect(res.statusCode).toBe(403);
    expect((await unitRow(dc.tenant.id, u.id))?.name).toBe('Orörd');
  });

  it('renames, with an audit event naming the changed field only', async () => {
    const a = await admin();
    const u = await createUnit(db, a.tenant.id, { name: 'Gammalt namn' });
    const res = await patch(a, u.id, { name: 'Nytt namn' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: u.id,
      parentId: null,
      name: 'Nytt namn',
      kind: 'department',
      archivedAt: null,
    });
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, u.id));
    expect(events.map((e) => [e.action, e.actorUserId, e.details])).toEqual([
      ['unit.updated', a.user.id, { changed: ['name'] }],
    ]);
  });

  it('moves: a unit to the root becomes a department, a department below another becomes a unit', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const social = await createUnit(db, t, { name: 'Socialförvaltningen' });
    const elder = await createUnit(db, t, { name: 'Äldreförvaltningen' });
    const home = await createUnit(db, t, { name: 'Hemtjänst', parentId: elder.id });
    const up = await patch(a, home.id, { parentId: null });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ parentId: null, kind: 'department' });
    const down = await patch(a, elder.id, { parentId: social.id });
    expect(down.json()).toMatchObject({ parentId: social.id, kind: 'unit' });
    expect(await unitRow(t, elder.id)).toMatchObject({ parentId: social.id, kind: 'unit' });
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, elder.id));
    expect(events[0]?.details).toEqual({ changed: ['parentId'], parentId: social.id, kind: 'unit' });
  });

  it('400 unit_cycle for a move below itself or below its own descendant', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const root = await createUnit(db, t, { name: 'Rot' });
    const child = await createUnit(db, t, { name: 'Barn', parentId: root.id });
    const grandchild = await createUnit(db, t, { name: 'Barnbarn', parentId: child.id });
    for (const parentId of [root.id, grandchild.id]) {
      const res = await patch(a, root.id, { parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'unit_cycle',
        errors: [{ pointer: '/body/parentId', code: 'unit_cycle' }],
      });
    }
    expect(await unitRow(t, root.id)).toMatchObject({ parentId: null, kind: 'department' });
  });

  it('400 for an unknown new parent; 404 for an unknown unit and for another tenant’s unit', async () => {
    const a = await admin();
    const u = await createUnit(db, a.tenant.id);
    const res = await patch(a, u.id, { parentId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unit_parent_invalid');
    expect((await patch(a, '00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode).toBe(404);
    const foreign = await createUnit(db, (await createTenant(db)).id, { name: 'Främmande' });
    const other = await patch(a, foreign.id, { name: 'Kapad' });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('not_found');
  });

  it('409 when renaming to a sibling’s name', async () => {
    const a = await admin();
    await createUnit(db, a.tenant.id, { name: 'Ekonomi' });
    const u = await createUnit(db, a.tenant.id, { name: 'Personal' });
    const res = await patch(a, u.id, { name: 'ekonomi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('unit_name_taken');
  });

  it('archives a leaf, refuses a parent with active units, and restores only below an active parent', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const dep = await createUnit(db, t, { name: 'Förvaltning' });
    const leaf = await createUnit(db, t, { name: 'Enhet', parentId: dep.id });
    const refused = await patch(a, dep.id, { archived: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('unit_has_active_children');
    const archived = await patch(a, leaf.id, { archived: true });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await patch(a, dep.id, { archived: true })).statusCode).toBe(200);
    const blocked = await patch(a, leaf.id, { archived: false });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('unit_parent_archived');
    expect((await patch(a, dep.id, { archived: false })).json().archivedAt).toBeNull();
    expect((await patch(a, leaf.id, { archived: false })).json().archivedAt).toBeNull();
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, leaf.id));
    expect(events.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { changed: ['archived'], archived: true },
        { changed: ['archived'], archived: false },
      ]),
    );
  });
});
