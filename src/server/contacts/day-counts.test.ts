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

describe('contact_day_counts of days more than a week old (0016_contact_day_shards.sql)', () => {
  it('keep one shard once merged, and equal the contacts through imports, corrections and deletions (random)', async () => {
    let state = 42;
    const rand = () => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      return state / 2 ** 32;
    };
    const world = await contactWorld(server);
    const tenantId = world.guide.tenant.id;
    const admin = await signedInAs(server, ['administrator'], { tenant: world.guide.tenant });
    const DAY = 86_400_000;
    // Today's and the last weeks' contacts: recent days in 16 shards, old days in shard 0.
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const res = await postContact(
        app,
        world.guide,
        contactBody(world.topic.id, {
          startedAt: new Date(Date.now() - 60_000 - Math.floor(rand() * 30 * DAY)).toISOString(),
          resolution: rand() < 0.5 ? 'resolved_self' : 'forwarded',
          forwardedToUnitId: undefined,
        }),
      );
      if (res.statusCode === 201) ids.push(res.json().id);
    }
    const bulk = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: admin.headers,
      payload: {
        source: 'E-tjänst',
        contacts: Array.from({ length: 80 }, (_, i) => ({
          ...contactBody(world.topic.id, {
            startedAt: new Date(Date.now() - 60_000 - Math.floor(rand() * 30 * DAY)).toISOString(),
            resolution: rand() < 0.3 ? 'unresolved' : 'resolved_self',
            channel: rand() < 0.2 ? 'visit' : 'phone',
          }),
          externalId: `old${i}`,
        })),
      },
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    let c = await counts(tenantId);
    expect(c.kept).toEqual(c.actual);

    // Shards of old days left from before (as before the migration, or a day that aged): made here.
    await withTenantClient(db, tenantId, (client) =>
      client.query(
        `UPDATE contact_day_counts SET shard = 5 + (contacts % 3)
          WHERE day < current_date - 7 AND shard = 0 AND contacts = 1`,
      ),
    );
    // Corrections and a deletion of old contacts subtract from their day's merged row.
    const old = await withTenantClient(db, tenantId, (client) =>
      client.query<{ id: string }>(
        `SELECT id FROM contacts WHERE local_day < current_date - 7 AND deleted_at IS NULL
            AND logged_by_user_id = $1 ORDER BY id LIMIT 6`,
        [world.guide.user.id],
      ),
    );
    expect(old.length).toBe(6);
    for (const [i, row] of old.entries()) {
      const res =
        i < 4
          ? await app.inject({
              method: 'PATCH',
              url: `/api/contacts/${row.id}`,
              headers: world.guide.headers,
              payload: {
                startedAt: new Date(Date.now() - 60_000 - Math.floor(rand() * 25 * DAY)).toISOString(),
                resolution: 'resolved_handling',
                reason: 'Rättat',
              },
            })
          : await app.inject({
              method: 'DELETE',
              url: `/api/contacts/${row.id}`,
              headers: world.guide.headers,
              payload: { reason: 'Dubblett' },
            });
      expect(res.statusCode, res.body).toBeLessThan(300);
      c = await counts(tenantId);
      expect(c.kept).toEqual(c.actual);
    }

    await withTenantClient(db, tenantId, (client) =>
      client.query('SELECT lots_merge_old_contact_day_shards()'),
    );
    c = await counts(tenantId);
    expect(c.kept).toEqual(c.actual);
    const [shards] = await withTenantClient(db, tenantId, (client) =>
      client.query<{ old: number; recent: number }>(
        `SELECT count(*) FILTER (WHERE day < current_date - 7 AND shard <> 0)::int AS old,
                count(DISTINCT shard) FILTER (WHERE day >= current_date - 7)::int AS recent
           FROM contact_day_counts`,
      ),
    );
    expect(shards?.old).toBe(0);
    expect(shards?.recent).toBeGreaterThan(1);
  });
});
