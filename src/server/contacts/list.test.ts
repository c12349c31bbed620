import { describe, expect, it } from 'vitest';
import { createContact, createTopic, createUnit, type TestContact } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { contactWorld } from '../../test/contacts.js';

const server = await testServer();
const { app, db } = server;

const list = (who: SignedIn | null, query = '') =>
  app.inject({ method: 'GET', url: `/api/contacts${query}`, ...(who ? { headers: who.headers } : {}) });
const idsOf = async (who: SignedIn, query = ''): Promise<string[]> => {
  const res = await list(who, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ contacts: { id: string }[] }>().contacts.map((c) => c.id);
};

/**
 * Five listed contacts and a deleted one, differing in every filtered field. c4 starts at 23:59
 * and c5 at 00:00 local time on either side of midnight before 29 March 2026 (UTC+1 that night).
 */
async function dataset() {
  const world = await contactWorld(server);
  const t = world.guide.tenant.id;
  const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
  const culture = await createUnit(db, t, { name: 'Kultur och fritid' });
  const library = await createTopic(db, t, { name: 'Bibliotek', ownerUnitId: culture.id });
  const invoiceChild = await createTopic(db, t, {
    name: 'Fakturafrågor',
    parentId: world.unitTopic.id,
    ownerUnitId: world.unit.id,
  });
  const guideId = world.guide.user.id;
  const make = (o: Parameters<typeof createContact>[2]) => createContact(db, t, o);
  const c1 = await make({
    loggedByUserId: guideId,
    topic: world.topic,
    startedAt: new Date('2026-03-10T09:00:00Z'),
  });
  const c2 = await make({
    loggedByUserId: guideId,
    topic: world.unitTopic,
    startedAt: new Date('2026-03-11T09:00:00Z'),
    channel: 'visit',
    need: 'problem',
    problemKind: 'service',
    resolution: 'forwarded',
    forwardedToUnitId: world.unit.id,
    forwardDone: 'Kollade fakturan',
    forwardExpected: 'Rätta fakturan',
    isFailureDemand: true,
    failureReason: 'municipality_error',
  });
  const c3 = await make({
    loggedByUserId: colleague.user.id,
    topic: invoiceChild,
    startedAt: new Date('2026-03-12T09:00:00Z'),
    channel: 'email',
    need: 'dont_understand',
    resolution: 'unresolved',
    isFailureDemand: true,
    failureReason: 'did_not_understand_information',
  });
  const c4 = await make({
    loggedByUserId: colleague.user.id,
    topic: library,
    startedAt: new Date('2026-03-28T22:59:00Z'),
    need: 'want_service',
    resolution: 'resolved_handling',
  });
  const c5 = await make({
    loggedByUserId: guideId,
    topic: library,
    startedAt: new Date('2026-03-28T23:00:00Z'),
    channel: 'chat',
    need: 'opinion',
    resolution: 'resolved_specialist',
  });
  await make({
    loggedByUserId: guideId,
    topic: world.topic,
    startedAt: new Date('2026-03-13T09:00:00Z'),
    deletedAt: new Date(),
    deletedReason: 'Dubblett',
  });
  const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
  return { ...world, colleague, culture, library, invoiceChild, manager, c: [c1, c2, c3, c4, c5] as const };
}

describe('GET /api/contacts: access and validation', () => {
  it('401 without a session, 403 without a role', async () => {
    expect((await list(null)).statusCode).toBe(401);
    const nobody = await signedInAs(server, []);
    const res = await list(nobody);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('400 names each bad parameter', async () => {
    const guide = await signedInAs(server, ['guide']);
    const cases: [string, string, string][] = [
      ['?limit=0', '/querystring/limit', 'too_small_number'],
      ['?limit=201', '/querystring/limit', 'too_big_number'],
      ['?limit=many', '/querystring/limit', 'invalid_type'],
      ['?from=2026-02-30', '/querystring/from', 'invalid_date'],
      ['?from=2026-03-10&to=2026-03-01', '/querystring/to', 'date_range_reversed'],
      ['?failureDemand=yes', '/querystring/failureDemand', 'invalid_choice'],
      ['?loggedBy=someone', '/querystring/loggedBy', 'invalid_choice'],
      ['?unitId=abc', '/querystring/unitId', 'invalid_uuid'],
      ['?cursor=inte-en-markör', '/querystring/cursor', 'invalid_format'],
      ['?sort=asc', '/querystring', 'unknown_field'],
    ];
    for (const [query, pointer, code] of cases) {
      const res = await list(guide, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors, query).toEqual([expect.objectContaining({ pointer, code })]);
    }
  });
});

describe('GET /api/contacts: who sees what', () => {
  it('guides their own; managers, quality developers and administrators all; never deleted ones', async () => {
    const d = await dataset();
    const [c1, c2, c3, c4, c5] = d.c.map((c) => c.id);
    expect(await idsOf(d.guide)).toEqual([c5, c2, c1]);
    expect(await idsOf(d.colleague)).toEqual([c4, c3]);
    for (const roles of [['manager'], ['quality_developer'], ['administrator']] as const) {
      const who = await signedInAs(server, [...roles], { tenant: d.guide.tenant });
      expect(await idsOf(who), roles[0]).toEqual([c5, c4, c3, c2, c1]);
    }
  });

  it('a department contact: contacts whose topic’s owner is their unit or below it', async () => {
    const d = await dataset();
    const [c1, c2, c3, c4, c5] = d.c.map((c) => c.id);
    const contactFor = (unitId: string) =>
      signedInAs(server, [{ role: 'department_contact', unitId }], { tenant: d.guide.tenant });
    expect(await idsOf(await contactFor(d.department.id))).toEqual([c3, c2, c1]);
    expect(await idsOf(await contactFor(d.unit.id))).toEqual([c3, c2]);
    expect(await idsOf(await contactFor(d.culture.id))).toEqual([c5, c4]);
  });
});

describe('GET /api/contacts: filters (each leaves out contacts the list would otherwise show)', () => {
  it.each([
    [
      'period of one Stockholm day: 29 March starts at 23:00 UTC on the 28th',
      '?from=2026-03-29&to=2026-03-29',
      [5],
    ],
    ['up to 28 March inclusive', '?to=2026-03-28', [4, 3, 2, 1]],
    ['11 to 12 March', '?from=2026-03-11&to=2026-03-12', [3, 2]],
    ['channel', '?channel=phone', [4, 1]],
    ['need', '?need=problem', [2]],
    ['resolution', '?resolution=forwarded', [2]],
    ['failure demand', '?failureDemand=true', [3, 2]],
    ['not failure demand', '?failureDemand=false', [5, 4, 1]],
    ['two filters together', '?channel=phone&failureDemand=false&to=2026-03-20', [1]],
  ])('%s (%s)', async (_label, query, expected) => {
    const d = await dataset();
    expect(await idsOf(d.manager, query)).toEqual(expected.map((n) => d.c[n - 1]!.id));
  });

  it('topic: the topic and its subtopics; unit: the unit and the units below it', async () => {
    const d = await dataset();
    const [c1, c2, c3] = d.c.map((c) => c.id);
    expect(await idsOf(d.manager, `?topicId=${d.unitTopic.id}`)).toEqual([c3, c2]);
    expect(await idsOf(d.manager, `?topicId=${d.invoiceChild.id}`)).toEqual([c3]);
    expect(await idsOf(d.manager, `?unitId=${d.department.id}`)).toEqual([c3, c2, c1]);
    expect(await idsOf(d.manager, `?unitId=${d.unit.id}`)).toEqual([c3, c2]);
  });

  it('loggedBy=me: one’s own, within what one may see', async () => {
    const d = await dataset();
    const [c1, c2, , , c5] = d.c.map((c) => c.id);
    expect(await idsOf(d.manager, '?loggedBy=me')).toEqual([]);
    expect(await idsOf(d.guide, '?loggedBy=me')).toEqual([c5, c2, c1]);
    const guideManager = await signedInAs(server, ['guide', 'manager'], { tenant: d.guide.tenant });
    expect(await idsOf(guideManager, '?loggedBy=me')).toEqual([]);
    expect(await idsOf(guideManager)).toHaveLength(5);
  });
});

describe('GET /api/contacts: cursor paging', () => {
  it('pages through ties on startedAt without losing or repeating a contact', async () => {
    const world = await contactWorld(server);
    const t = world.guide.tenant.id;
    const tie = new Date('2026-04-01T08:00:00Z');
    const made: TestContact[] = [];
    for (let i = 0; i < 7; i++)
      made.push(
        await createContact(db, t, {
          loggedByUserId: world.guide.user.id,
          topic: world.topic,
          startedAt: tie,
        }),
      );
    for (const startedAt of ['2026-04-01T09:00:00Z', '2026-04-01T07:00:00Z', '2026-03-31T08:00:00Z'])
      made.push(
        await createContact(db, t, {
          loggedByUserId: world.guide.user.id,
          topic: world.topic,
          startedAt: new Date(startedAt),
        }),
      );
    const expected = [...made]
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((c) => c.id);

    for (const limit of [3, 5]) {
      const seen: string[] = [];
      const sizes: number[] = [];
      const totals: (number | null)[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await list(world.guide, query);
        expect(res.statusCode).toBe(200);
        const page = res.json();
        sizes.push(page.contacts.length);
        totals.push(page.total);
        seen.push(...page.contacts.map((c: { id: string }) => c.id));
        cursor = page.nextCursor;
      } while (cursor !== null && sizes.length < 10);
      expect(seen, `limit ${limit}`).toEqual(expected);
      // 10 contacts: 3+3+3+1, and 5+5 with no empty page after the last full one.
      expect(sizes).toEqual(limit === 3 ? [3, 3, 3, 1] : [5, 5]);
      // The list's total comes with the first page only (issue #13).
      expect(totals).toEqual(limit === 3 ? [10, null, null, null] : [10, null]);
    }
    // The total follows the filter: 9 of the 10 started on 1 April (Stockholm), 1 on 31 March.
    const april = (await list(world.guide, '?limit=3&from=2026-04-01&to=2026-04-01')).json();
    expect(april.total).toBe(9);
    expect(april.contacts).toHaveLength(3);
    const none = (await list(world.guide, '?limit=3&from=2026-05-01&to=2026-05-01')).json();
    expect(none).toMatchObject({ contacts: [], nextCursor: null, total: 0 });
  });
});

describe('GET /api/contacts: no contact names its guide (issue #11)', () => {
  /** Every string in a JSON value, at any depth. */
  const stringsIn = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(stringsIn)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(stringsIn)
          : [];

  it('a manager’s list, a contact and the export hold no guide’s id; each says only whether it is mine', async () => {
    const d = await dataset();
    const guideIds = [d.guide.user.id, d.colleague.user.id];
    const res = await list(d.manager, '?limit=100');
    expect(res.statusCode).toBe(200);
    const listed = res.json<{ contacts: Record<string, unknown>[] }>().contacts;
    expect(listed).toHaveLength(5);
    for (const contact of listed) {
      expect(contact).not.toHaveProperty('loggedByUserId');
      expect(contact['loggedByMe']).toBe(false);
    }
    const one = await app.inject({
      method: 'GET',
      url: `/api/contacts/${d.c[0].id}`,
      headers: d.manager.headers,
    });
    const csv = await app.inject({
      method: 'GET',
      url: '/api/contacts/export.csv',
      headers: d.manager.headers,
    });
    expect(csv.statusCode).toBe(200);
    for (const text of [res.body, one.body, csv.body])
      for (const id of guideIds) expect(text).not.toContain(id);
    expect(stringsIn(one.json())).not.toContain(d.guide.user.id);
  });

  it('the guide sees loggedByMe true on their own contacts and false on a colleague’s', async () => {
    const d = await dataset();
    const mine = await list(d.guide, '?limit=100');
    const flags = mine.json<{ contacts: { id: string; loggedByMe: boolean }[] }>().contacts;
    expect(flags.length).toBeGreaterThan(0);
    for (const c of flags) expect(c.loggedByMe).toBe([d.c[0].id, d.c[1].id, d.c[4].id].includes(c.id));
  });
});
