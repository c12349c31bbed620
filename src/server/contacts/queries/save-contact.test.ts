/**
 * The hot-path queries of logging a contact are written in plain SQL; these tests hold them to
 * what the query builder reads and to the rules the builder-based code followed.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contactRevisions, contacts } from '../../../db/schema.js';
import { tenantPrelude } from '../../../db/tenant-context.js';
import { contactSnapshot } from '../contact-input.js';
import { idempotencyLockItem, selectContactRow } from './save-contact.js';
import { testServer } from '../../../test/server.js';
import { contactBody, contactWorld, postContact } from '../../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

describe('save-contact queries', () => {
  it('a saved contact reads back the same through plain SQL and through the query builder', async () => {
    const { guide, unit, unitTopic } = await contactWorld(server);
    const res = await postContact(
      app,
      guide,
      contactBody(unitTopic.id, {
        need: 'problem',
        problemKind: 'delivery',
        resolution: 'forwarded',
        forwardedToUnitId: unit.id,
        forwardDone: 'Kontrollerade fakturan.',
        forwardExpected: 'Ring upp om kreditering.',
        citizenAgeBand: '70-79',
        summary: 'Fakturan var dubbel.',
      }),
    );
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const t = guide.tenant.id;
    const plain = await db.transaction((client) => selectContactRow(client, t, id), {
      prelude: tenantPrelude(t),
    });
    const [built] = await db.orm.select().from(contacts).where(eq(contacts.id, id));
    expect(plain).toEqual(built);
    expect(plain?.startedAt).toBeInstanceOf(Date);

    // The first revision holds the snapshot of exactly the stored row.
    const [revision] = await db.orm.select().from(contactRevisions).where(eq(contactRevisions.contactId, id));
    expect(revision).toMatchObject({ revision: 1, action: 'created', reason: null, before: null });
    expect(revision?.changedByUserId).toBe(guide.user.id);
    expect(revision?.after).toEqual(contactSnapshot(built!));
  });

  it('the idempotency lock key is a fixed 32-bit hash of tenant, user and key', () => {
    const a = idempotencyLockItem('t', 'u', 'k');
    expect(a).toBe(idempotencyLockItem('t', 'u', 'k'));
    expect(a).not.toBe(idempotencyLockItem('t', 'u', 'k2'));
    expect(a).not.toBe(idempotencyLockItem('t', 'u2', 'k'));
    const hash = Number(/7242040, (-?\d+)\)/.exec(a)?.[1]);
    expect(Number.isInteger(hash)).toBe(true);
    expect(hash).toBeGreaterThanOrEqual(-(2 ** 31));
    expect(hash).toBeLessThan(2 ** 31);
  });
});
