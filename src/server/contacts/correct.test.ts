import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarDayOf, startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import { contactRevisions, contacts, topics } from '../../db/schema.js';
import { createContact, createTopic } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

const patch = (who: SignedIn | null, id: string, payload: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/contacts/${id}`,
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const remove = (who: SignedIn | null, id: string, payload: unknown = { reason: 'Dubblett' }) =>
  app.inject({
    method: 'DELETE',
    url: `/api/contacts/${id}`,
    ...(who ? { headers: who.headers } : {}),
    payload: payload as object,
  });
const revisions = (who: SignedIn | null, id: string) =>
  app.inject({
    method: 'GET',
    url: `/api/contacts/${id}/revisions`,
    ...(who ? { headers: who.headers } : {}),
  });

/** A minute before today's midnight in Stockholm: always yesterday there, whatever the server's zone. */
const yesterday = () => new Date(startOfCalendarDay(calendarDayOf(new Date())).getTime() - 60_000);

async function loggedContact(
  world: Awaited<ReturnType<typeof contactWorld>>,
  change: Record<string, unknown> = {},
) {
  const res = await postContact(app, world.guide, contactBody(world.topic.id, change));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string } & Record<string, unknown>>();
}

const trail = (contactId: string) =>
  db.orm
    .select()
    .from(contactRevisions)
    .where(eq(contactRevisions.contactId, contactId))
    .orderBy(contactRevisions.revision);

describe('PATCH /api/contacts/:id', () => {
  it('401 without a session; 400 for a bad id, no reason, or nothing to change', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    expect((await patch(null, c.id, { need: 'opinion', reason: 'x' })).statusCode).toBe(401);
    const badId = await patch(world.guide, 'abc', { need: 'opinion', reason: 'x' });
    expect(badId.json().errors).toEqual([
      expect.objectContaining({ pointer: '/params/id', code: 'invalid_uuid' }),
    ]);
    const noReason = await patch(world.guide, c.id, { need: 'opinion' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/reason', code: 'required' }),
    ]);
    const nothing = await patch(world.guide, c.id, { reason: 'Ingen ändring' });
    expect(nothing.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body', code: 'nothing_to_change' }),
    ]);
  });

  it('403 without contacts:log, 403 for another guide’s contact seen as manager, 404 for one not seen', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    expect((await patch(manager, c.id, { need: 'opinion', reason: 'x' })).statusCode).toBe(403);
    const guideManager = await signedInAs(server, ['guide', 'manager'], { tenant: world.guide.tenant });
    const notLogger = await patch(guideManager, c.id, { need: 'opinion', reason: 'x' });
    expect(notLogger.statusCode).toBe(403);
    expect(notLogger.json().code).toBe('forbidden');
    const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    expect((await patch(colleague, c.id, { need: 'opinion', reason: 'x' })).statusCode).toBe(404);
    expect((await patch(world.guide, randomUUID(), { need: 'opinion', reason: 'x' })).statusCode).toBe(404);
    expect((await trail(c.id)).map((r) => r.action)).toEqual(['created']);
  });

  it('403 contact_correction_closed for the guide’s own contact logged yesterday (Stockholm day)', async () => {
    const world = await contactWorld(server);
    const old = await createContact(db, world.guide.tenant.id, {
      loggedByUserId: world.guide.user.id,
      topic: world.topic,
      createdAt: yesterday(),
    });
    const res = await patch(world.guide, old.id, { need: 'opinion', reason: 'Fel behov' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'contact_correction_closed',
      detail: 'En kontakt kan bara rättas samma dag som den registrerades.',
    });
    const get = await app.inject({
      method: 'GET',
      url: `/api/contacts/${old.id}`,
      headers: world.guide.headers,
    });
    expect(get.json()).toMatchObject({ need: 'want_to_know', canCorrect: false });
  });

  it('corrects the same day: masks new text, re-defaults failure demand and records who, when, why, before and after', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world, { need: 'want_to_know' });
    const res = await patch(world.guide, c.id, {
      need: 'dont_understand',
      summary: 'Förstod inte beslutet, ring 070-123 45 67.',
      reason: 'Valde fel behov',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: c.id,
      need: 'dont_understand',
      isFailureDemand: true,
      failureReason: 'did_not_understand_information',
      isFailureDemandOverridden: false,
      summary: 'Förstod inte beslutet, ring [telefon].',
      revision: 2,
      canCorrect: true,
      maskedPersonalData: [{ field: 'summary', kinds: ['phone'] }],
    });
    const rows = await trail(c.id);
    expect(rows.map((r) => [r.revision, r.action, r.changedByUserId, r.reason])).toEqual([
      [1, 'created', world.guide.user.id, null],
      [2, 'corrected', world.guide.user.id, 'Valde fel behov'],
    ]);
    expect(rows[1]?.before).toEqual({
      need: 'want_to_know',
      isFailureDemand: false,
      failureReason: null,
      summary: '',
    });
    expect(rows[1]?.after).toEqual({
      need: 'dont_understand',
      isFailureDemand: true,
      failureReason: 'did_not_understand_information',
      summary: 'Förstod inte beslutet, ring [telefon].',
    });
  });

  it('keeps a failure demand the guide chose when the need changes; a new topic brings its owner', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world, { isFailureDemand: false });
    const res = await patch(world.guide, c.id, {
      need: 'dont_understand',
      topicId: world.unitTopic.id,
      reason: 'Rättar',
    });
    expect(res.json()).toMatchObject({
      isFailureDemand: false,
      isFailureDemandOverridden: true,
      topicId: world.unitTopic.id,
      ownerUnitId: world.unit.id,
    });
  });

  it('400 for a retired new topic and for a correction that breaks the forwarding rule; a retired current topic is fine', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    const retired = await createTopic(db, world.guide.tenant.id, {
      ownerUnitId: world.unit.id,
      retired: true,
    });
    const toRetired = await patch(world.guide, c.id, { topicId: retired.id, reason: 'x' });
    expect(toRetired.statusCode).toBe(400);
    expect(toRetired.json().code).toBe('contact_topic_retired');
    const forwarded = await patch(world.guide, c.id, {
      resolution: 'forwarded',
      forwardDone: 'Sökte i systemet',
      reason: 'x',
    });
    expect(forwarded.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/forwardedToUnitId',
      '/body/forwardExpected',
    ]);
    await db.orm.update(topics).set({ retiredAt: new Date() }).where(eq(topics.id, world.topic.id));
    const ok = await patch(world.guide, c.id, { durationSeconds: 600, reason: 'Samtalet var längre' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ durationSeconds: 600, topicId: world.topic.id });
  });

  it('a change to the same values answers 200 and adds no revision', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world, { channel: 'email' });
    const res = await patch(world.guide, c.id, { channel: 'email', reason: 'Inget' });
    expect(res.statusCode).toBe(200);
    expect(res.json().revision).toBe(1);
    expect(await trail(c.id)).toHaveLength(1);
  });
});

describe('DELETE /api/contacts/:id', () => {
  it('401, 400 without a reason, 403 without contacts:read, 404 for one not seen', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    expect((await remove(null, c.id)).statusCode).toBe(401);
    const noReason = await remove(world.guide, c.id, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/reason', code: 'required' }),
    ]);
    const nobody = await signedInAs(server, [], { tenant: world.guide.tenant });
    expect((await remove(nobody, c.id)).statusCode).toBe(403);
    const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    expect((await remove(colleague, c.id)).statusCode).toBe(404);
  });

  it('the guide deletes the same day: gone from reads, kept as a row with the reason, one revision more', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    const res = await remove(world.guide, c.id, { reason: 'Registrerad två gånger' });
    expect(res.statusCode).toBe(204);
    const get = await app.inject({
      method: 'GET',
      url: `/api/contacts/${c.id}`,
      headers: world.guide.headers,
    });
    expect(get.statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/contacts', headers: world.guide.headers });
    expect(list.json().contacts).toEqual([]);
    const [row] = await db.orm.select().from(contacts).where(eq(contacts.id, c.id));
    expect(row).toMatchObject({ deletedReason: 'Registrerad två gånger', revision: 2 });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const rows = await trail(c.id);
    expect(rows.map((r) => [r.action, r.reason, r.changedByUserId])).toEqual([
      ['created', null, world.guide.user.id],
      ['deleted', 'Registrerad två gånger', world.guide.user.id],
    ]);
    expect((await remove(world.guide, c.id)).statusCode).toBe(404);
    expect((await patch(world.guide, c.id, { need: 'opinion', reason: 'x' })).statusCode).toBe(404);
  });

  it('yesterday’s contact: its guide may not delete it (403), a manager may; a department contact never', async () => {
    const world = await contactWorld(server);
    const old = await createContact(db, world.guide.tenant.id, {
      loggedByUserId: world.guide.user.id,
      topic: world.topic,
      createdAt: yesterday(),
    });
    const own = await remove(world.guide, old.id);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('contact_correction_closed');
    const departmentContact = await signedInAs(
      server,
      [{ role: 'department_contact', unitId: world.department.id }],
      {
        tenant: world.guide.tenant,
      },
    );
    const dc = await remove(departmentContact, old.id);
    expect(dc.statusCode).toBe(403);
    expect(dc.json().code).toBe('forbidden');
    // The API tells each of them what they may do, so the screens offer only that.
    const flags = async (who: SignedIn) => {
      const res = await app.inject({ method: 'GET', url: `/api/contacts/${old.id}`, headers: who.headers });
      const { canCorrect, canDelete, canSeeRevisions } = res.json();
      return { canCorrect, canDelete, canSeeRevisions };
    };
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    expect(await flags(world.guide)).toEqual({ canCorrect: false, canDelete: false, canSeeRevisions: true });
    expect(await flags(departmentContact)).toEqual({
      canCorrect: false,
      canDelete: false,
      canSeeRevisions: false,
    });
    expect(await flags(manager)).toEqual({ canCorrect: false, canDelete: true, canSeeRevisions: true });
    expect((await remove(manager, old.id, { reason: 'Innehöll personuppgifter' })).statusCode).toBe(204);
    expect((await trail(old.id)).map((r) => [r.action, r.changedByUserId])).toEqual([
      ['created', world.guide.user.id],
      ['deleted', manager.user.id],
    ]);
  });
});

describe('GET /api/contacts/:id/revisions', () => {
  it('401, 400, 403 for a role without contacts:read and for a department contact, 404 for one not seen', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    expect((await revisions(null, c.id)).statusCode).toBe(401);
    expect((await revisions(world.guide, 'abc')).statusCode).toBe(400);
    const nobody = await signedInAs(server, [], { tenant: world.guide.tenant });
    expect((await revisions(nobody, c.id)).statusCode).toBe(403);
    const departmentContact = await signedInAs(
      server,
      [{ role: 'department_contact', unitId: world.department.id }],
      {
        tenant: world.guide.tenant,
      },
    );
    const seen = await app.inject({
      method: 'GET',
      url: `/api/contacts/${c.id}`,
      headers: departmentContact.headers,
    });
    expect(seen.statusCode).toBe(200);
    expect((await revisions(departmentContact, c.id)).statusCode).toBe(403);
    const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    expect((await revisions(colleague, c.id)).statusCode).toBe(404);
  });

  it('the whole trail, deletion included, for the guide and for a manager', async () => {
    const world = await contactWorld(server);
    const c = await loggedContact(world);
    expect((await patch(world.guide, c.id, { channel: 'chat', reason: 'Fel kanal' })).statusCode).toBe(200);
    expect((await remove(world.guide, c.id, { reason: 'Testsamtal' })).statusCode).toBe(204);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    for (const who of [world.guide, manager]) {
      const res = await revisions(who, c.id);
      expect(res.statusCode).toBe(200);
      expect(res.json().revisions).toEqual([
        expect.objectContaining({
          revision: 1,
          action: 'created',
          reason: null,
          before: null,
          changedByUserId: world.guide.user.id,
          changedByName: world.guide.user.displayName,
        }),
        expect.objectContaining({
          revision: 2,
          action: 'corrected',
          reason: 'Fel kanal',
          before: { channel: 'phone' },
          after: { channel: 'chat' },
          changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        }),
        expect.objectContaining({
          revision: 3,
          action: 'deleted',
          reason: 'Testsamtal',
          before: { deletedAt: null },
        }),
      ]);
    }
  });
});
