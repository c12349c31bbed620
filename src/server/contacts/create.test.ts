import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts, units } from '../../db/schema.js';
import { createTenant, createTopic, createUnit } from '../../test/factories.js';
import { signedInAs, testServer } from '../../test/server.js';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

const rowsOf = (tenantId: string) => db.orm.select().from(contacts).where(eq(contacts.tenantId, tenantId));

describe('POST /api/contacts: access', () => {
  it('401 without a session', async () => {
    const { topic } = await contactWorld(server);
    const res = await postContact(app, null, contactBody(topic.id));
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('403 without contacts:log (a manager reads contacts but does not log them), and without the CSRF token', async () => {
    const { guide, topic } = await contactWorld(server);
    const manager = await signedInAs(server, ['manager', 'administrator'], { tenant: guide.tenant });
    const res = await postContact(app, manager, contactBody(topic.id));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { cookie: guide.headers.cookie, 'idempotency-key': 'k' },
      payload: contactBody(topic.id),
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
    expect(await rowsOf(guide.tenant.id)).toEqual([]);
  });
});

describe('POST /api/contacts: validation (400)', () => {
  it('names the missing Idempotency-Key header and a malformed one', async () => {
    const { guide, topic } = await contactWorld(server);
    const missing = await postContact(app, guide, contactBody(topic.id), null);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { pointer: '/headers/idempotency-key', code: 'required', detail: 'Obligatoriskt fält.' },
    ]);
    for (const key of ['x'.repeat(101), 'två ord', '"oavslutad']) {
      const res = await postContact(app, guide, contactBody(topic.id), key);
      expect(res.statusCode, key).toBe(400);
      expect(res.json().errors[0].pointer).toBe('/headers/idempotency-key');
    }
  });

  it('names each malformed field, and unknown fields', async () => {
    const { guide, topic } = await contactWorld(server);
    const res = await postContact(
      app,
      guide,
      contactBody(topic.id, {
        channel: 'fax',
        durationSeconds: -1,
        topicId: 'abc',
        startedAt: 'igår',
        colour: 'red',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual(
      expect.arrayContaining([
        ['/body/channel', 'invalid_choice'],
        ['/body/durationSeconds', 'too_small_number'],
        ['/body/topicId', 'invalid_uuid'],
        ['/body/startedAt', 'invalid_format'],
        ['/body', 'unknown_field'],
      ]),
    );
    const tooLong = await postContact(app, guide, contactBody(topic.id, { durationSeconds: 86_401 }));
    expect(tooLong.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/durationSeconds', code: 'too_big_number' }),
    ]);
    expect(await rowsOf(guide.tenant.id)).toEqual([]);
  });

  it('forwarded: each of receiving unit, what was done and what is expected is required, by pointer', async () => {
    const { guide, topic, unit } = await contactWorld(server);
    const res = await postContact(
      app,
      guide,
      contactBody(topic.id, { resolution: 'forwarded', forwardDone: '   ' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        pointer: '/body/forwardedToUnitId',
        code: 'required_when_forwarded',
        detail: 'Krävs när kontakten lämnas vidare.',
      },
      {
        pointer: '/body/forwardDone',
        code: 'required_when_forwarded',
        detail: 'Krävs när kontakten lämnas vidare.',
      },
      {
        pointer: '/body/forwardExpected',
        code: 'required_when_forwarded',
        detail: 'Krävs när kontakten lämnas vidare.',
      },
    ]);
    const notForwarded = await postContact(app, guide, contactBody(topic.id, { forwardedToUnitId: unit.id }));
    expect(notForwarded.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/forwardedToUnitId', code: 'only_when_forwarded' }),
    ]);
    const ok = await postContact(
      app,
      guide,
      contactBody(topic.id, {
        resolution: 'forwarded',
        forwardedToUnitId: unit.id,
        forwardDone: 'Kontrollerade fakturan i systemet.',
        forwardExpected: 'Återkoppla till medborgaren inom en vecka.',
      }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ resolution: 'forwarded', forwardedToUnitId: unit.id });
  });

  it('forwarded to an unknown, another tenant’s or an archived unit: 400 on forwardedToUnitId', async () => {
    const { guide, topic } = await contactWorld(server);
    const foreign = await createUnit(db, (await createTenant(db)).id);
    const archived = await createUnit(db, guide.tenant.id, { name: 'Nedlagd' });
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    const body = (unitId: string) =>
      contactBody(topic.id, {
        resolution: 'forwarded',
        forwardedToUnitId: unitId,
        forwardDone: 'x',
        forwardExpected: 'y',
      });
    for (const id of [randomUUID(), foreign.id]) {
      const res = await postContact(app, guide, body(id));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'unit_unknown',
        errors: [{ pointer: '/body/forwardedToUnitId', code: 'unit_unknown' }],
      });
    }
    const res = await postContact(app, guide, body(archived.id));
    expect(res.json()).toMatchObject({
      code: 'unit_archived',
      errors: [{ pointer: '/body/forwardedToUnitId' }],
    });
    expect(await rowsOf(guide.tenant.id)).toEqual([]);
  });

  it('unknown topic, another tenant’s topic and a retired topic: 400 on topicId', async () => {
    const { guide, department } = await contactWorld(server);
    const otherTenant = await createTenant(db);
    const foreign = await createTopic(db, otherTenant.id, {
      ownerUnitId: (await createUnit(db, otherTenant.id)).id,
    });
    for (const id of [randomUUID(), foreign.id]) {
      const res = await postContact(app, guide, contactBody(id));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'contact_topic_unknown',
        errors: [{ pointer: '/body/topicId', code: 'topic_unknown' }],
      });
    }
    const retired = await createTopic(db, guide.tenant.id, { ownerUnitId: department.id, retired: true });
    const res = await postContact(app, guide, contactBody(retired.id));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'contact_topic_retired',
      errors: [{ pointer: '/body/topicId', code: 'topic_retired' }],
    });
    expect(await rowsOf(guide.tenant.id)).toEqual([]);
  });

  it('problem kind, case reference, start time and citizen profile rules, by pointer', async () => {
    const { guide, topic } = await contactWorld(server);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ need: 'problem' }, '/body/problemKind', 'required_for_problem'],
      [{ problemKind: 'service' }, '/body/problemKind', 'only_for_problem'],
      [{ caseReference: 'KS 2017/380' }, '/body/caseReference', 'only_for_existing_case'],
      [
        { concernsExistingCase: true, caseReference: '811218-9876' },
        '/body/caseReference',
        'contains_personal_data',
      ],
      [{ startedAt: new Date(Date.now() + 3_600_000).toISOString() }, '/body/startedAt', 'in_future'],
      [{ startedAt: '2020-01-01T08:00:00+01:00' }, '/body/startedAt', 'too_old'],
      [{ citizenDistrict: '177 30' }, '/body/citizenDistrict', 'district_not_area'],
      [{ citizenDistrict: 'anna@example.se' }, '/body/citizenDistrict', 'contains_personal_data'],
      [{ citizenGender: 'female' }, '/body/citizenGender', 'invalid_choice'],
      [{ citizenAgeBand: '25-30' }, '/body/citizenAgeBand', 'invalid_choice'],
    ];
    for (const [change, pointer, code] of cases) {
      const res = await postContact(app, guide, contactBody(topic.id, change));
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json().errors, JSON.stringify(change)).toEqual([expect.objectContaining({ pointer, code })]);
    }
    expect(await rowsOf(guide.tenant.id)).toEqual([]);
  });
});
