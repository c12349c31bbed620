// PATCH /api/topics/:id; GET and POST are in routes.test.ts.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { units } from '../../db/schema.js';
import { createTenant, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { topicKit } from '../../test/topics.js';

const server = await testServer();
const { app, db } = server;

const admin = () => signedInAs(server, ['administrator']);
const patch = (who: SignedIn | null, id: string, payload: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/topics/${id}`,
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const list = (who: SignedIn, query = '') =>
  app.inject({ method: 'GET', url: `/api/topics${query}`, headers: who.headers });

const { topic, topicRow, eventsOf } = topicKit(db);

describe('PATCH /api/topics/:id', () => {
  it('401 without a session', async () => {
    const tenant = await createTenant(db);
    const unit = await createUnit(db, tenant.id);
    const x = await topic(tenant.id, unit.id, 'X');
    expect((await patch(null, x.id, { name: 'Y' })).statusCode).toBe(401);
  });

  it('400 for an empty change, a malformed id and a wrong type', async () => {
    const a = await admin();
    const unit = await createUnit(db, a.tenant.id);
    const x = await topic(a.tenant.id, unit.id, 'X');
    const empty = await patch(a, x.id, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      { pointer: '/body', code: 'nothing_to_change', detail: 'Ange minst en ändring.' },
    ]);
    const badId = await patch(a, 'abc', { name: 'Y' });
    expect(badId.json().errors).toEqual([
      expect.objectContaining({ pointer: '/params/id', code: 'invalid_uuid' }),
    ]);
    const badType = await patch(a, x.id, { retired: 'ja' });
    expect(badType.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/retired', code: 'invalid_type' }),
    ]);
  });

  it('403 without topics:write, and the topic is unchanged', async () => {
    const m = await signedInAs(server, ['manager']);
    const unit = await createUnit(db, m.tenant.id);
    const x = await topic(m.tenant.id, unit.id, 'Orört');
    expect((await patch(m, x.id, { name: 'Ändrat' })).statusCode).toBe(403);
    expect((await topicRow(m.tenant.id, x.id))?.name).toBe('Orört');
  });

  it('404 for an unknown topic and for another municipality’s topic', async () => {
    const a = await admin();
    expect((await patch(a, '00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode).toBe(404);
    const other = await createTenant(db);
    const foreign = await topic(other.id, (await createUnit(db, other.id)).id, 'Främmande');
    const res = await patch(a, foreign.id, { name: 'Kapad' });
    expect(res.statusCode).toBe(404);
    expect((await topicRow(other.id, foreign.id))?.name).toBe('Främmande');
  });

  it('renames, re-owns and sets the default failure reason, with one audit event naming what changed', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const first = await createUnit(db, t);
    const second = await createUnit(db, t);
    const water = await topic(t, first.id, 'Vatten');
    const x = await topic(t, first.id, 'Fakturor', { parentId: water.id });
    const res = await patch(a, x.id, {
      name: 'Faktura',
      ownerUnitId: second.id,
      defaultFailureReason: 'did_not_understand_information',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: x.id,
      parentId: water.id,
      name: 'Faktura',
      ownerUnitId: second.id,
      defaultFailureReason: 'did_not_understand_information',
      retiredAt: null,
      path: 'Vatten › Faktura',
      searchWords: [],
    });
    expect((await eventsOf(x.id)).map((e) => [e.action, e.actorUserId, e.details])).toEqual([
      [
        'topic.updated',
        a.user.id,
        {
          changed: ['name', 'ownerUnitId', 'defaultFailureReason'],
          ownerUnitId: second.id,
          defaultFailureReason: 'did_not_understand_information',
        },
      ],
    ]);
    const same = await patch(a, x.id, {
      name: 'Faktura',
      defaultFailureReason: 'did_not_understand_information',
    });
    expect(same.statusCode).toBe(200);
    expect(await eventsOf(x.id)).toHaveLength(1);
    const cleared = await patch(a, x.id, { defaultFailureReason: null });
    expect(cleared.json().defaultFailureReason).toBeNull();
  });

  it('moves below another topic and to the top; refuses a cycle, a retired target and a taken name', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const unit = await createUnit(db, t);
    const root = await topic(t, unit.id, 'Rot');
    const child = await topic(t, unit.id, 'Barn', { parentId: root.id });
    const grand = await topic(t, unit.id, 'Barnbarn', { parentId: child.id });
    const other = await topic(t, unit.id, 'Annat');
    const retired = await topic(t, unit.id, 'Avslutat', { retiredAt: new Date() });

    for (const target of [root.id, grand.id]) {
      const res = await patch(a, root.id, { parentId: target });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'topic_cycle',
        errors: [{ pointer: '/body/parentId', code: 'topic_cycle' }],
      });
    }
    const toRetired = await patch(a, other.id, { parentId: retired.id });
    expect(toRetired.statusCode).toBe(400);
    expect(toRetired.json().code).toBe('topic_parent_retired');
    const unknown = await patch(a, other.id, { parentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().code).toBe('topic_parent_invalid');

    const moved = await patch(a, child.id, { parentId: other.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().path).toBe('Annat › Barn');
    const grandNow = (await list(a)).json().topics.find((x: { id: string }) => x.id === grand.id);
    expect(grandNow.path).toBe('Annat › Barn › Barnbarn');
    expect((await patch(a, grand.id, { parentId: null })).json()).toMatchObject({
      parentId: null,
      path: 'Barnbarn',
      searchWords: [],
    });

    await topic(t, unit.id, 'Barn', { parentId: root.id });
    const taken = await patch(a, child.id, { parentId: root.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('topic_name_taken');
    expect((await eventsOf(child.id)).map((e) => e.details)).toEqual([
      { changed: ['parentId'], parentId: other.id },
    ]);
  });

  it('re-owning refuses an archived or foreign unit; keeping an archived owner is fine', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const unit = await createUnit(db, t);
    const x = await topic(t, unit.id, 'X');
    const archived = await createUnit(db, t);
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    expect((await patch(a, x.id, { ownerUnitId: archived.id })).json().code).toBe('unit_archived');
    const foreign = await createUnit(db, (await createTenant(db)).id);
    expect((await patch(a, x.id, { ownerUnitId: foreign.id })).json().code).toBe('unit_unknown');
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, unit.id));
    const kept = await patch(a, x.id, { ownerUnitId: unit.id, name: 'Y' });
    expect(kept.statusCode).toBe(200);
  });

  it('retires a leaf, refuses a parent with active subtopics, restores only below an active parent, and keeps the row', async () => {
    const a = await admin();
    const t = a.tenant.id;
    const unit = await createUnit(db, t);
    const parent = await topic(t, unit.id, 'Förskola');
    const leaf = await topic(t, unit.id, 'Ansökan om plats', { parentId: parent.id });

    const refused = await patch(a, parent.id, { retired: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'topic_has_active_children',
      detail: 'Ämnet har underämnen som inte är avslutade. Avsluta eller flytta dem först.',
    });
    const retired = await patch(a, leaf.id, { retired: true });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await patch(a, parent.id, { retired: true })).statusCode).toBe(200);

    // Retired topics keep their row, id, name and owner: contacts logged on them keep their topic.
    expect(await topicRow(t, leaf.id)).toMatchObject({
      name: 'Ansökan om plats',
      ownerUnitId: unit.id,
      parentId: parent.id,
    });
    expect((await list(a)).json().topics).toEqual([]);
    expect(
      (await list(a, '?includeRetired=true')).json().topics.map((x: { path: string }) => x.path),
    ).toEqual(['Förskola', 'Förskola › Ansökan om plats']);

    const blocked = await patch(a, leaf.id, { retired: false });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('topic_parent_retired');
    expect((await patch(a, parent.id, { retired: false })).json().retiredAt).toBeNull();
    expect((await patch(a, leaf.id, { retired: false })).json().retiredAt).toBeNull();
    expect((await eventsOf(leaf.id)).map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { changed: ['retired'], retired: true },
        { changed: ['retired'], retired: false },
      ]),
    );
  });

  it('answers in English when asked', async () => {
    const a = await admin();
    const unit = await createUnit(db, a.tenant.id);
    const x = await topic(a.tenant.id, unit.id, 'X');
    await topic(a.tenant.id, unit.id, 'Y', { parentId: x.id });
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/topics/${x.id}`,
      headers: { ...a.headers, 'accept-language': 'en' },
      payload: { retired: true },
    });
    expect(res.json().detail).toBe(
      'The topic has subtopics that are not retired. Retire or move them first.',
    );
  });
});
