/**
 * contact_day_counts (the daily measures' view of contacts) follows every way a contact is
 * written: logged, corrected, deleted, imported in bulk. Checked against a count of the contacts
 * themselves after each step.
 */
import { describe, expect, it } from 'vitest';
import { withTenantClient } from '../../db/tenant-context.js';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';
import { signedInAs, testServer } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

async function counts(tenantId: string) {
  return withTenantClient(db, tenantId, async (c) => {
    const kept = await c.query<{ key: string; n: number }>(
      `SELECT day || ' ' || channel || ' ' || resolution AS key, sum(contacts)::int AS n FROM contact_day_counts
        GROUP BY 1 HAVING sum(contacts) <> 0 ORDER BY 1`,
    );
    const actual = await c.query<{ key: string; n: number }>(
      `SELECT (started_at AT TIME ZONE 'Europe/Stockholm')::date || ' ' || channel || ' ' || resolution AS key,
              count(*)::int AS n FROM contacts WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
    );
    return { kept, actual };
  });
}

describe('contact_day_counts', () => {
  it('follows logging, correction and deletion', async () => {
    const world = await contactWorld(server);
    const tenantId = world.guide.tenant.id;
    const ids: string[] = [];
    for (const resolution of ['resolved_self', 'resolved_self', 'unresolved'])
      ids.push((await postContact(app, world.guide, contactBody(world.topic.id, { resolution }))).json().id);
    await postContact(app, world.guide, contactBody(world.topic.id, { channel: 'visit' }));
    let c = await counts(tenantId);
    expect(c.kept).toEqual(c.actual);
    expect(c.kept.map((k) => k.n).reduce((a, b) => a + b, 0)).toBe(4);

    const corrected = await app.inject({
      method: 'PATCH',
      url: `/api/contacts/${ids[0]}`,
      headers: world.guide.headers,
      payload: { resolution: 'resolved_handling', reason: 'Fel lösningsgrad' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/contacts/${ids[1]}`,
      headers: world.guide.headers,
      payload: { reason: 'Dubblett' },
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    c = await counts(tenantId);
    expect(c.kept).toEqual(c.actual);
    expect(c.kept.map((k) => k.n).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('follows a bulk import of many contacts in one statement', async () => {
    const world = await contactWorld(server);
    const admin = await signedInAs(server, ['administrator'], { tenant: world.guide.tenant });
    const contacts = Array.from({ length: 30 }, (_, i) => ({
      ...contactBody(world.topic.id, { resolution: i % 3 === 0 ? 'unresolved' : 'resolved_self' }),
      externalId: `e${i}`,
    }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: admin.headers,
      payload: { source: 'E-tjänst', contacts },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = await counts(world.guide.tenant.id);
    expect(c.kept).toEqual(c.actual);
    expect(c.kept.map((k) => k.n).reduce((a, b) => a + b, 0)).toBe(30);
  });
});
