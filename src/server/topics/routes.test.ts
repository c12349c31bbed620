// GET and POST /api/topics; PATCH is in update-routes.test.ts, import and export in import-export.test.ts.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { topics, units } from '../../db/schema.js';
import { createTenant, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { topicKit } from '../../test/topics.js';

const server = await testServer();
const { app, db } = server;

const admin = () => signedInAs(server, ['administrator']);
const post = (who: SignedIn | null, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/topics',
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const list = (who: SignedIn, query = '') =>
  app.inject({ method: 'GET', url: `/api/topics${query}`, headers: who.headers });

const { topic, topicRow, eventsOf } = topicKit(db);

describe('GET /api/topics', () => {
  it('401 without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/topics' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('400: includeRetired must be true or false', async () => {
    const res = await list(await admin(), '?includeRetired=ja');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ pointer: '/querystring/includeRetired', code: 'invalid_choice' }),
    ]);
  });

  it('403 for a signed-in user with no role (a signed-in account alone is not enough)', async () => {
    const res = await list(await signedInAs(server, []));
    expect(res.statusCode).toBe(403);
  });

  it('a guide reads the catalogue depth first, Swedish order, with paths; retired topics on request', async () => {
    const g = await signedInAs(server, ['guide']);
    const t = g.tenant.id;
    const va = await createUnit(db, t, { name: 'Vatten och avlopp' });
    const water = await topic(t, va.id, 'Vatten och avlopp');
    const invoice = await topic(t, va.id, 'Faktura', {
      parentId: water.id,
      reason: 'did_not_understand_information',
    });
    const leak = await topic(t, va.id, 'Vattenläcka', { parentId: water.id });
    const elder = await topic(t, va.id, 'Äldreomsorg');
    const ann = await topic(t, va.id, 'Avgift', {
      parentId: water.id,
      retiredAt: new Date('2026-02-01T09:00:00Z'),
    });
    const school = await topic(t, va.id, 'Skola');

    const res = await list(g);
    expect(res.statusCode).toBe(200);
    expect(res.json().topics).toEqual([
      {
        id: school.id,
        parentId: null,
        name: 'Skola',
        ownerUnitId: va.id,
        defaultFailureReason: null,
        retiredAt: null,
        path: 'Skola',
        searchWords: [],
      },
      {
        id: water.id,
        parentId: null,
        name: 'Vatten och avlopp',
        ownerUnitId: va.id,
        defaultFailureReason: null,
        retiredAt: null,
        path: 'Vatten och avlopp',
        searchWords: [],
      },
      {
        id: invoice.id,
        parentId: water.id,
        name: 'Faktura',
        ownerUnitId: va.id,
        defaultFailureReason: 'did_not_understand_information',
        retiredAt: null,
        path: 'Vatten och avlopp › Faktura',
        searchWords: [],
      },
      {
        id: leak.id,
        parentId: water.id,
        name: 'Vattenläcka',
        ownerUnitId: va.id,
        defaultFailureReason: null,
        retiredAt: null,
        path: 'Vatten och avlopp › Vattenläcka',
        searchWords: [],
      },
      {
        id: elder.id,
        parentId: null,
        name: 'Äldreomsorg',
        ownerUnitId: va.id,
        defaultFailureReason: null,
        retiredAt: null,
        path: 'Äldreomsorg',
        searchWords: [],
      },
    ]);
    const all = (await list(g, '?includeRetired=true')).json().topics;
    expect(all.map((x: { path: string }) => x.path)).toEqual([
      'Skola',
      'Vatten och avlopp',
      'Vatten och avlopp › Avgift',
      'Vatten och avlopp › Faktura',
      'Vatten och avlopp › Vattenläcka',
      'Äldreomsorg',
    ]);
    expect(all[2]).toMatchObject({ id: ann.id, retiredAt: '2026-02-01T09:00:00.000Z' });
  });
});

describe('POST /api/topics', () => {
  it('401 without a session', async () => {
    expect((await post(null, { name: 'X' })).statusCode).toBe(401);
  });

  it('400: names the missing, empty, malformed and unknown fields', async () => {
    const a = await admin();
    const res = await post(a, {
      name: '  ',
      parentId: 'nej',
      ownerUnitId: 'x',
      defaultFailureReason: 'tired',
      colour: 'red',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', code: 'required', detail: 'Obligatoriskt fält.' },
        { pointer: '/body/parentId', code: 'invalid_uuid', detail: 'Ogiltigt id.' },
        { pointer: '/body/ownerUnitId', code: 'invalid_uuid', detail: 'Ogiltigt id.' },
        expect.objectContaining({ pointer: '/body/defaultFailureReason', code: 'invalid_choice' }),
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
    const missing = await post(a, { name: 'Bygglov' });
    expect(
      missing
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/body/defaultFailureReason', '/body/ownerUnitId', '/body/parentId']);
    const unit = await createUnit(db, a.tenant.id);
    const separator = await post(a, {
      name: 'Vatten › Faktura',
      parentId: null,
      ownerUnitId: unit.id,
      defaultFailureReason: null,
    });
    expect(separator.json().errors).toEqual([
      {
        pointer: '/body/name',
        code: 'topic_name_separator',
        detail: 'Namnet får inte innehålla tecknet ›.',
      },
    ]);
  });

  it('403 without topics:write (guide, manager, department contact) and without the CSRF token', async () => {
    const tenant = await createTenant(db);
    const unit = await createUnit(db, tenant.id);
    const who = await signedInAs(
      server,
      ['guide', 'manager', { role: 'department_contact', unitId: unit.id }],
      {
        tenant,
      },
    );
    const body = { name: 'Bygglov', parentId: null, ownerUnitId: unit.id, defaultFailureReason: null };
    const res = await post(who, body);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const a = await admin();
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/topics',
      headers: { cookie: a.headers.cookie },
      payload: body,
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
    expect(await db.orm.select().from(topics).where(eq(topics.tenantId, who.tenant.id))).toEqual([]);
  });

  it('a quality developer creates a root topic and a subtopic, each with an audit event', async () => {
    const qd = await signedInAs(server, ['quality_developer']);
    const unit = await createUnit(db, qd.tenant.id, { name: 'Bygglov' });
    const root = await post(qd, {
      name: '  Bygglov ',
      parentId: null,
      ownerUnitId: unit.id,
      defaultFailureReason: null,
    });
    expect(root.statusCode).toBe(201);
    expect(root.json()).toEqual({
      id: expect.any(String),
      parentId: null,
      name: 'Bygglov',
      ownerUnitId: unit.id,
      defaultFailureReason: null,
      retiredAt: null,
      path: 'Bygglov',
      searchWords: [],
    });
    const child = await post(qd, {
      name: 'Status på ärende',
      parentId: root.json().id,
      ownerUnitId: unit.id,
      defaultFailureReason: 'chasing_case',
    });
    expect(child.statusCode).toBe(201);
    expect(child.json()).toMatchObject({
      parentId: root.json().id,
      defaultFailureReason: 'chasing_case',
      path: 'Bygglov › Status på ärende',
      searchWords: [],
    });
    expect(await topicRow(qd.tenant.id, child.json().id)).toMatchObject({ tenantId: qd.tenant.id });
    expect(
      (await eventsOf(child.json().id)).map((e) => [e.action, e.entityType, e.actorUserId, e.details]),
    ).toEqual([
      [
        'topic.created',
        'topic',
        qd.user.id,
        {
          parentId: root.json().id,
          ownerUnitId: unit.id,
          defaultFailureReason: 'chasing_case',
          searchWords: [],
        },
      ],
    ]);
  });

  it('409 for a sibling with the same name in any case, a retired one included; the same name elsewhere is fine', async () => {
    const a = await admin();
    const unit = await createUnit(db, a.tenant.id);
    const water = await topic(a.tenant.id, unit.id, 'Vatten och avlopp');
    const school = await topic(a.tenant.id, unit.id, 'Skola');
    await topic(a.tenant.id, unit.id, 'Avgift', { parentId: water.id, retiredAt: new Date() });
    const body = (name: string, parentId: string | null) => ({
      name,
      parentId,
      ownerUnitId: unit.id,
      defaultFailureReason: null,
    });
    expect((await post(a, body('Faktura', water.id))).statusCode).toBe(201);
    const dup = await post(a, body('FAKTURA', water.id));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'topic_name_taken',
      errors: [
        { pointer: '/body/name', code: 'topic_name_taken', detail: 'Namnet används redan på samma nivå.' },
      ],
    });
    expect((await post(a, body('avgift', water.id))).statusCode).toBe(409);
    expect((await post(a, body('vatten och avlopp', null))).statusCode).toBe(409);
    expect((await post(a, body('Faktura', school.id))).statusCode).toBe(201);
  });

  it('400 for an unknown, foreign or retired parent, and for an unknown, foreign or archived owner', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const unit = await createUnit(db, t);
    const other = await createTenant(db);
    const foreignUnit = await createUnit(db, other.id);
    const foreignTopic = await topic(other.id, foreignUnit.id, 'Främmande');
    const retired = await topic(t, unit.id, 'Avslutat', { retiredAt: new Date() });
    const body = (parentId: string | null, ownerUnitId = unit.id) => ({
      name: 'Nytt',
      parentId,
      ownerUnitId,
      defaultFailureReason: null,
    });
    for (const parentId of ['00000000-0000-4000-8000-000000000000', foreignTopic.id]) {
      const res = await post(a, body(parentId));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'topic_parent_invalid',
        errors: [{ pointer: '/body/parentId', code: 'topic_unknown', detail: 'Ämnet finns inte.' }],
      });
    }
    const below = await post(a, body(retired.id));
    expect(below.statusCode).toBe(400);
    expect(below.json()).toMatchObject({
      code: 'topic_parent_retired',
      errors: [{ pointer: '/body/parentId', code: 'topic_retired' }],
    });
    for (const owner of ['00000000-0000-4000-8000-000000000000', foreignUnit.id]) {
      const res = await post(a, body(null, owner));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'unit_unknown',
        errors: [{ pointer: '/body/ownerUnitId', code: 'unit_unknown' }],
      });
    }
    const archived = await createUnit(db, t);
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    const res = await post(a, body(null, archived.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unit_archived');
    expect(await db.orm.select().from(topics).where(eq(topics.name, 'Nytt'))).toEqual([]);
  });
});
