import { Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { contactRevisions, contacts } from '../../db/schema.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTopic, createUser } from '../../test/factories.js';
import { signedInAs, signIn, testServer, type SignedIn } from '../../test/server.js';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

const rowsOf = (tenantId: string) => db.orm.select().from(contacts).where(eq(contacts.tenantId, tenantId));

describe('POST /api/contacts: saving', () => {
  it('201: the contact with the topic’s owner, a defaulted failure demand and a "created" revision', async () => {
    const { guide, unitTopic, unit } = await contactWorld(server);
    const body = contactBody(unitTopic.id, {
      channel: 'visit',
      durationSeconds: 420,
      need: 'want_to_know',
      concernsExistingCase: true,
      caseReference: ' VA 2026/114 ',
      citizenGender: 'woman',
      citizenAgeBand: '40-49',
      citizenDistrict: 'Jakobsberg',
      summary: 'Undrade var hennes ärende om ny vattenmätare står.',
    });
    const res = await postContact(app, guide, body);
    expect(res.statusCode).toBe(201);
    const contact = res.json();
    expect(contact).toEqual({
      id: expect.any(String),
      channel: 'visit',
      startedAt: body['startedAt'],
      durationSeconds: 420,
      need: 'want_to_know',
      problemKind: null,
      topicId: unitTopic.id,
      ownerUnitId: unit.id,
      concernsExistingCase: true,
      caseReference: 'VA 2026/114',
      resolution: 'resolved_self',
      forwardedToUnitId: null,
      forwardDone: null,
      forwardExpected: null,
      isFailureDemand: true,
      failureReason: 'chasing_case',
      isFailureDemandOverridden: false,
      citizenGender: 'woman',
      citizenAgeBand: '40-49',
      citizenDistrict: 'Jakobsberg',
      summary: 'Undrade var hennes ärende om ny vattenmätare står.',
      receivedAt: null,
      loggedByMe: true,
      revision: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      deletedAt: null,
      canCorrect: true,
      canDelete: true,
      canSeeRevisions: true,
      maskedPersonalData: [],
    });
    const revisions = await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.contactId, contact.id));
    expect(revisions).toEqual([
      expect.objectContaining({
        tenantId: guide.tenant.id,
        revision: 1,
        action: 'created',
        changedByUserId: guide.user.id,
        reason: null,
        before: null,
        after: expect.objectContaining({
          topicId: unitTopic.id,
          ownerUnitId: unit.id,
          failureReason: 'chasing_case',
        }),
      }),
    ]);
  });

  it('failure demand: defaulted from the need and from the topic, overridable either way', async () => {
    const { guide, topic, department } = await contactWorld(server);
    const invoice = await createTopic(db, guide.tenant.id, {
      name: 'Kvartalsfaktura',
      ownerUnitId: department.id,
      defaultFailureReason: 'did_not_understand_information',
    });
    const save = async (topicId: string, change: Record<string, unknown>) => {
      const res = await postContact(app, guide, contactBody(topicId, change));
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<{
        isFailureDemand: boolean;
        failureReason: string | null;
        isFailureDemandOverridden: boolean;
      }>();
      return [c.isFailureDemand, c.failureReason, c.isFailureDemandOverridden];
    };
    expect(await save(topic.id, { need: 'dont_understand' })).toEqual([
      true,
      'did_not_understand_information',
      false,
    ]);
    expect(await save(topic.id, { need: 'problem', problemKind: 'delivery' })).toEqual([
      true,
      'municipality_error',
      false,
    ]);
    expect(await save(topic.id, { need: 'want_service' })).toEqual([false, null, false]);
    expect(await save(invoice.id, { need: 'want_to_know' })).toEqual([
      true,
      'did_not_understand_information',
      false,
    ]);
    expect(await save(invoice.id, { need: 'want_to_know', isFailureDemand: false })).toEqual([
      false,
      null,
      true,
    ]);
    expect(
      await save(topic.id, {
        need: 'want_service',
        isFailureDemand: true,
        failureReason: 'eservice_problem',
      }),
    ).toEqual([true, 'eservice_problem', true]);
  });

  it('failure demand override: true needs a reason, a reason needs isFailureDemand', async () => {
    const { guide, topic } = await contactWorld(server);
    const noReason = await postContact(app, guide, contactBody(topic.id, { isFailureDemand: true }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/failureReason', code: 'required_for_failure_demand' }),
    ]);
    const reasonOnly = await postContact(app, guide, contactBody(topic.id, { failureReason: 'other' }));
    expect(reasonOnly.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/isFailureDemand', code: 'required' }),
    ]);
    const contradicting = await postContact(
      app,
      guide,
      contactBody(topic.id, { isFailureDemand: false, failureReason: 'other' }),
    );
    expect(contradicting.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/failureReason', code: 'only_for_failure_demand' }),
    ]);
  });

  it('masks a personal identity number in the summary, stores only the masked text and says which kind', async () => {
    const { guide, topic } = await contactWorld(server);
    const res = await postContact(
      app,
      guide,
      contactBody(topic.id, {
        summary: 'Medborgaren (811218-9876) frågade om bygglov för altan, KS 2017/380.',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().summary).toBe(
      'Medborgaren ([personnummer]) frågade om bygglov för altan, KS 2017/380.',
    );
    expect(res.json().maskedPersonalData).toEqual([
      { field: 'summary', kinds: ['personal_identity_number'] },
    ]);
    const stored = await rowsOf(guide.tenant.id);
    expect(stored.map((c) => c.summary)).toEqual([
      'Medborgaren ([personnummer]) frågade om bygglov för altan, KS 2017/380.',
    ]);
    const trail = await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.tenantId, guide.tenant.id));
    expect(JSON.stringify(trail)).not.toContain('9876');
  });
});

describe('POST /api/contacts: idempotency (draft-ietf-httpapi-idempotency-key-header)', () => {
  it('a retry with the same key and body answers 200 with the same contact; one row, one revision', async () => {
    const { guide, topic } = await contactWorld(server);
    const body = contactBody(topic.id, { summary: 'Ring 070-123 45 67' });
    const first = await postContact(app, guide, body, '"8e03978e-40d5-43e8-bc93-6894a57f9324"');
    expect(first.statusCode).toBe(201);
    // The same key as a bare token (without the Structured Field quotes) is the same key.
    const retry = await postContact(app, guide, body, '8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(retry.json().maskedPersonalData).toEqual([{ field: 'summary', kinds: ['phone'] }]);
    expect(await rowsOf(guide.tenant.id)).toHaveLength(1);
    const revisions = await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.tenantId, guide.tenant.id));
    expect(revisions).toHaveLength(1);
  });

  it('the same key with another body: 422 and nothing saved; other users’ keys are theirs', async () => {
    const { guide, topic } = await contactWorld(server);
    const body = contactBody(topic.id);
    expect((await postContact(app, guide, body, 'nyckel-1')).statusCode).toBe(201);
    const changed = await postContact(app, guide, { ...body, durationSeconds: 999 }, 'nyckel-1');
    expect(changed.statusCode).toBe(422);
    expect(changed.json()).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    const colleague = await signedInAs(server, ['guide'], { tenant: guide.tenant });
    expect((await postContact(app, colleague, body, 'nyckel-1')).statusCode).toBe(201);
    expect(await rowsOf(guide.tenant.id)).toHaveLength(2);
  });

  it('two saves with the same key at the same moment make one contact', async () => {
    const { guide, topic } = await contactWorld(server);
    const body = contactBody(topic.id);
    const results = await Promise.all([1, 2, 3].map(() => postContact(app, guide, body, 'samtidigt')));
    const statuses = results.map((r) => r.statusCode).sort();
    // One creates; the others either see it (200) or are told the save is still running (409).
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const ids = new Set(results.filter((r) => r.statusCode !== 409).map((r) => r.json().id as string));
    expect(ids.size).toBe(1);
    expect(await rowsOf(guide.tenant.id)).toHaveLength(1);
  });
});

describe('GET /api/contacts/:id', () => {
  it('401, 400, 403, then the guide’s own contact; another guide’s is 404', async () => {
    const { guide, topic } = await contactWorld(server);
    const created = (await postContact(app, guide, contactBody(topic.id))).json();
    const get = (headers: SignedIn['headers'] | undefined, id: string) =>
      app.inject({ method: 'GET', url: `/api/contacts/${id}`, ...(headers ? { headers } : {}) });
    expect((await get(undefined, created.id)).statusCode).toBe(401);
    const bad = await get(guide.headers, 'abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ pointer: '/params/id', code: 'invalid_uuid' }),
    ]);
    const nobody = await signedInAs(server, [], { tenant: guide.tenant });
    expect((await get(nobody.headers, created.id)).statusCode).toBe(403);
    const own = await get(guide.headers, created.id);
    expect(own.statusCode).toBe(200);
    const { maskedPersonalData: _, ...contact } = created;
    expect(own.json()).toEqual(contact);
    const colleague = await signedInAs(server, ['guide'], { tenant: guide.tenant });
    expect((await get(colleague.headers, created.id)).statusCode).toBe(404);
    const manager = await signedInAs(server, ['manager'], { tenant: guide.tenant });
    const seen = await get(manager.headers, created.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().canCorrect).toBe(false);
  });
});

describe('logs', () => {
  it('hold no summary, case reference, district or forwarding text of a saved contact', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write: (chunk, _enc, cb) => {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const local = await buildApp({ db, config: { ...loadConfig({}), loginRateLimit: 100 }, logger });
    const { guide, topic, unit } = await contactWorld(server);
    const user = await createUser(db, guide.tenant.id, { roles: ['guide'] });
    const who = { user, tenant: guide.tenant, headers: await signIn(local, user) };
    const secrets = {
      summary: 'Hemlig-sammanfattning-qwerty',
      caseReference: 'HEMLIG 2026/999',
      citizenDistrict: 'Hemligbyn',
      forwardDone: 'Hemligt-gjort',
      forwardExpected: 'Hemligt-väntat',
    };
    const body = contactBody(topic.id, {
      ...secrets,
      concernsExistingCase: true,
      resolution: 'forwarded',
      forwardedToUnitId: unit.id,
    });
    expect((await postContact(local, who, body, 'logg-1')).statusCode).toBe(201);
    expect((await postContact(local, who, { ...body, durationSeconds: 1 }, 'logg-1')).statusCode).toBe(422);
    expect(
      (await postContact(local, who, { ...body, citizenDistrict: '811218-9876' }, 'logg-2')).statusCode,
    ).toBe(400);
    await local.close();
    const log = lines.join('');
    expect(log).toContain('"route":"/api/contacts"');
    for (const needle of [...Object.values(secrets), '811218-9876']) expect(log).not.toContain(needle);
    const stored = await db.orm
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, guide.tenant.id), eq(contacts.loggedByUserId, user.id)));
    expect(stored).toHaveLength(1);
  });
});
