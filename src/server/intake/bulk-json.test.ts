import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, contactRevisions, contacts } from '../../db/schema.js';
import { createTenant, createTopic, createUnit } from '../../test/factories.js';
import { bulkContact, intakeWorld, postBulk } from '../../test/intake.js';
import { signedInAs, testServer } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const contactsOf = (tenantId: string) =>
  db.orm.select().from(contacts).where(eq(contacts.tenantId, tenantId)).orderBy(asc(contacts.externalId));
const importEventsOf = (tenantId: string) =>
  db.orm
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, 'contacts.imported')));

describe('POST /api/contacts/bulk: access', () => {
  it('401 without a session', async () => {
    const { invoice } = await intakeWorld(server);
    const res = await postBulk(app, null, { source: 'Telefoni', contacts: [bulkContact('a', invoice.id)] });
    expect(res.statusCode).toBe(401);
  });

  it('403 without contacts:import (a guide or a manager), and 403 without the CSRF token', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const body = { source: 'Telefoni', contacts: [bulkContact('a', invoice.id)] };
    for (const role of ['guide', 'manager'] as const) {
      const other = await signedInAs(server, [role], { tenant: admin.tenant });
      const res = await postBulk(app, other, body);
      expect(res.statusCode, role).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: { cookie: admin.headers.cookie },
      payload: body,
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
    expect(await contactsOf(admin.tenant.id)).toEqual([]);
  });
});

describe('POST /api/contacts/bulk: the batch itself (400)', () => {
  it('needs a source and 1 to 5,000 contacts', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const empty = await postBulk(app, admin, { source: ' ', contacts: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/body/source', 'required'],
      ['/body/contacts', 'too_few_items'],
    ]);
    const many = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: Array.from({ length: 5001 }, (_, i) => bulkContact(`k${i}`, invoice.id)),
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().errors[0]).toMatchObject({ pointer: '/body/contacts', code: 'too_big_number' });
  });
});

describe('POST /api/contacts/bulk: saving', () => {
  it('saves every contact with its source and id, the topic owner, the caller as logger, revision 1 and one audit event', async () => {
    const { admin, invoice, permit, unit, department } = await intakeWorld(server);
    const old = new Date('2026-01-15T08:00:00.000Z'); // months back: older than a guide may log, fine for an import
    const res = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [
        bulkContact('T-1', invoice.id, {
          startedAt: old.toISOString(),
          need: 'problem',
          problemKind: 'delivery',
        }),
        bulkContact('T-2', permit.id, { channel: 'email', durationSeconds: 0, summary: 'Frågade om altan.' }),
        bulkContact('T-3', invoice.id, { isFailureDemand: false }),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, imported: 3, duplicates: 0, maskedPersonalData: [] });
    expect(
      body.contacts.map((c: { externalId: string; created: boolean }) => [c.externalId, c.created]),
    ).toEqual([
      ['T-1', true],
      ['T-2', true],
      ['T-3', true],
    ]);
    const stored = await contactsOf(admin.tenant.id);
    expect(stored.map((c) => c.id)).toEqual(body.contacts.map((c: { id: string }) => c.id));
    expect(stored.map((c) => [c.externalSource, c.externalId, c.loggedByUserId, c.ownerUnitId])).toEqual([
      ['Telefoni', 'T-1', admin.user.id, unit.id],
      ['Telefoni', 'T-2', admin.user.id, department.id],
      ['Telefoni', 'T-3', admin.user.id, unit.id],
    ]);
    const [first, second, third] = stored;
    expect(first?.startedAt.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    // need 'problem' defaults to failure demand, reason municipality_error (core/contacts/failure-demand.ts)
    expect([first?.isFailureDemand, first?.failureReason, first?.isFailureDemandOverridden]).toEqual([
      true,
      'municipality_error',
      false,
    ]);
    expect([second?.channel, second?.durationSeconds, second?.summary]).toEqual([
      'email',
      0,
      'Frågade om altan.',
    ]);
    expect([third?.isFailureDemand, third?.isFailureDemandOverridden]).toEqual([false, true]);
    expect(first?.externalFingerprint).toMatch(/^[0-9a-f]{64}$/);

    const revisions = await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.tenantId, admin.tenant.id));
    expect(revisions).toHaveLength(3);
    const firstRevision = revisions.find((r) => r.contactId === first?.id);
    expect(firstRevision).toMatchObject({
      revision: 1,
      action: 'created',
      changedByUserId: admin.user.id,
      before: null,
    });
    expect(firstRevision?.after).toMatchObject({
      startedAt: '2026-01-15T08:00:00.000Z',
      need: 'problem',
      problemKind: 'delivery',
      topicId: invoice.id,
      ownerUnitId: unit.id,
      isFailureDemand: true,
    });
    const events = await importEventsOf(admin.tenant.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: admin.user.id,
      entityType: 'contact_import',
      details: { source: 'Telefoni', format: 'json', mappingId: null, imported: 3, duplicates: 0 },
    });
  });

  it('masks personal data in the summary as a hand-logged contact does, and reports it per row', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const res = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [
        bulkContact('P-1', invoice.id, { summary: 'Tolvan (19121212-1212) undrade om fakturan.' }),
        bulkContact('P-2', invoice.id, { summary: 'Inget personligt.' }),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().maskedPersonalData).toEqual([
      { externalId: 'P-1', maskedPersonalData: [{ field: 'summary', kinds: ['personal_identity_number'] }] },
    ]);
    const stored = await contactsOf(admin.tenant.id);
    expect(stored.map((c) => c.summary)).toEqual([
      'Tolvan ([personnummer]) undrade om fakturan.',
      'Inget personligt.',
    ]);
  });

  it('a batch of 1,000 (statistics refreshed first, refresh-statistics.ts) is saved whole', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const contacts = Array.from({ length: 1000 }, (_, i) => bulkContact(`L-${i}`, invoice.id));
    const res = await postBulk(app, admin, { source: 'Telefoni', contacts });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1000, duplicates: 0 });
    expect(await contactsOf(admin.tenant.id)).toHaveLength(1000);
    const revisions = await db.orm
      .select()
      .from(contactRevisions)
      .where(eq(contactRevisions.tenantId, admin.tenant.id));
    expect(revisions).toHaveLength(1000);
  });

  it('dryRun=true answers what would happen and saves nothing', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const res = await postBulk(
      app,
      admin,
      { source: 'Telefoni', contacts: [bulkContact('D-1', invoice.id), bulkContact('D-2', invoice.id)] },
      '?dryRun=true',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      dryRun: true,
      rows: 2,
      wouldImport: 2,
      duplicates: 0,
      rejected: [],
      maskedPersonalData: [],
    });
    expect(await contactsOf(admin.tenant.id)).toEqual([]);
  });
});

describe('POST /api/contacts/bulk: all or nothing (422)', () => {
  it('one bad row among many: every bad row is reported by index and field, and nothing is saved', async () => {
    const { admin, invoice, unit } = await intakeWorld(server);
    const rows = Array.from({ length: 12 }, (_, i) => bulkContact(`R-${i}`, invoice.id));
    rows[3] = bulkContact('R-3', invoice.id, { channel: 'fax' });
    rows[7] = bulkContact('R-7', '6f1f8c2e-0000-4000-8000-000000000000');
    rows[8] = bulkContact('R-8', invoice.id, {
      resolution: 'forwarded',
      forwardedToUnitId: unit.id,
      forwardDone: 'Tog emot.',
    });
    rows[10] = bulkContact('R-10', invoice.id, {
      startedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const res = await postBulk(app, admin, { source: 'Telefoni', contacts: rows });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('contact_import_invalid');
    expect(body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/body/contacts/3/channel', 'invalid_choice'],
      ['/body/contacts/7/topicId', 'topic_unknown'],
      ['/body/contacts/8/forwardExpected', 'required_when_forwarded'],
      ['/body/contacts/10/startedAt', 'in_future'],
    ]);
    expect(body.errors[1].detail).toBe('Ämnet finns inte.');
    expect(await contactsOf(admin.tenant.id)).toEqual([]);
    expect(await importEventsOf(admin.tenant.id)).toEqual([]);
  });

  it('the same externalId twice in one batch is rejected at the second', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const res = await postBulk(
      app,
      admin,
      {
        source: 'Telefoni',
        contacts: [bulkContact('X', invoice.id), bulkContact('Y', invoice.id), bulkContact('X', invoice.id)],
      },
      '',
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        pointer: '/body/contacts/2/externalId',
        code: 'external_id_repeated',
        detail: 'The same id appears earlier in the import (0).',
      },
    ]);
    expect(await contactsOf(admin.tenant.id)).toEqual([]);
  });

  it("another municipality's topic is unknown here", async () => {
    const { admin } = await intakeWorld(server);
    const other = await createTenant(db);
    const otherUnit = await createUnit(db, other.id, { name: 'Annan förvaltning' });
    const otherTopic = await createTopic(db, other.id, { name: 'Bygglov', ownerUnitId: otherUnit.id });
    const res = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [bulkContact('I-1', otherTopic.id)],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { pointer: '/body/contacts/0/topicId', code: 'topic_unknown', detail: 'Ämnet finns inte.' },
    ]);
    expect(await contactsOf(other.id)).toEqual([]);
  });
});

describe('POST /api/contacts/bulk: idempotent on (source, externalId)', () => {
  it('the same batch again saves nothing and answers every row as a duplicate with the first ids', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const startedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const batch = {
      source: 'Telefoni',
      contacts: ['A', 'B', 'C'].map((id) =>
        bulkContact(id, invoice.id, { startedAt, summary: `Samtal ${id}` }),
      ),
    };
    const first = await postBulk(app, admin, batch);
    expect(first.json()).toMatchObject({ imported: 3, duplicates: 0 });
    const again = await postBulk(app, admin, batch);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ imported: 0, duplicates: 3 });
    expect(again.json().contacts).toEqual(
      first.json().contacts.map((c: { externalId: string; id: string }) => ({ ...c, created: false })),
    );
    expect(await contactsOf(admin.tenant.id)).toHaveLength(3);
    expect(await importEventsOf(admin.tenant.id)).toHaveLength(1);

    // A mix: one new row, one repeat; the same id under another source is another contact.
    const mixed = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [batch.contacts[0], bulkContact('D', invoice.id, { startedAt })],
    });
    expect(mixed.json()).toMatchObject({ imported: 1, duplicates: 1 });
    const otherSource = await postBulk(app, admin, { ...batch, source: 'E-tjänst' });
    expect(otherSource.json()).toMatchObject({ imported: 3, duplicates: 0 });
    expect(await contactsOf(admin.tenant.id)).toHaveLength(7);
  });

  it('an externalId sent before with other content is rejected, and nothing of the batch is saved', async () => {
    const { admin, invoice } = await intakeWorld(server);
    const startedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [bulkContact('C-1', invoice.id, { startedAt })],
    });
    const res = await postBulk(app, admin, {
      source: 'Telefoni',
      contacts: [
        bulkContact('C-2', invoice.id, { startedAt }),
        bulkContact('C-1', invoice.id, { startedAt, durationSeconds: 121 }),
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/body/contacts/1/externalId', 'external_id_conflict'],
    ]);
    expect((await contactsOf(admin.tenant.id)).map((c) => [c.externalId, c.durationSeconds])).toEqual([
      ['C-1', 120],
    ]);
  });
});
