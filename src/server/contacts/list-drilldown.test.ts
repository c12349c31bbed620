/**
 * The drill-down filters of GET /api/contacts and its export: weekday and hour in Stockholm
 * time, the citizen profile (with "not recorded"), failure reason, existing case and the unit a
 * contact was forwarded to.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactWorld } from '../../test/contacts.js';
import { createContact, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });

const summariesOf = async (who: SignedIn, query: string): Promise<string[]> => {
  const res = await get(who, `/api/contacts${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ contacts: { summary: string }[] }>().contacts.map((c) => c.summary);
};

const FORWARD = { resolution: 'forwarded', forwardDone: 'Kollade', forwardExpected: 'Ringer upp' } as const;

/**
 * Five contacts, named by their summaries and listed newest first as E, B, C, A, G. Stockholm is
 * UTC+1 in January and UTC+2 in July:
 *
 * - A 2026-01-04 23:30 UTC, a Sunday: Monday 00:30 in Stockholm.
 * - B 2026-07-15 06:30 UTC: Wednesday 08:30.
 * - C 2026-01-07 07:59 UTC: Wednesday 08:59.
 * - E 2026-07-15 08:30 UTC: Wednesday 10:30 (hour 8 in UTC, not in Stockholm).
 * - G 2026-01-04 22:30 UTC: Sunday 23:30.
 */
async function dataset() {
  const world = await contactWorld(server);
  const t = world.guide.tenant.id;
  const culture = await createUnit(db, t, { name: 'Kultur och fritid' });
  const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
  const make = (o: Omit<Parameters<typeof createContact>[2], 'loggedByUserId' | 'topic'>) =>
    createContact(db, t, { loggedByUserId: world.guide.user.id, topic: world.topic, ...o });
  await make({
    summary: 'A',
    startedAt: new Date('2026-01-04T23:30:00Z'),
    citizenGender: 'woman',
    citizenAgeBand: '20-29',
    citizenDistrict: 'Jakobsberg',
    isFailureDemand: true,
    failureReason: 'chasing_case',
    concernsExistingCase: true,
    ...FORWARD,
    forwardedToUnitId: world.unit.id,
  });
  await make({
    summary: 'B',
    startedAt: new Date('2026-07-15T06:30:00Z'),
    ...FORWARD,
    forwardedToUnitId: world.department.id,
  });
  await make({
    summary: 'C',
    startedAt: new Date('2026-01-07T07:59:00Z'),
    citizenGender: 'unknown',
    citizenAgeBand: '80+',
    citizenDistrict: 'Kallhäll',
    isFailureDemand: true,
    failureReason: 'eservice_problem',
  });
  await make({
    summary: 'E',
    startedAt: new Date('2026-07-15T08:30:00Z'),
    citizenGender: 'man',
    citizenAgeBand: '20-29',
    citizenDistrict: 'jakobsberg',
    isFailureDemand: true,
    failureReason: 'municipality_error',
    ...FORWARD,
    forwardedToUnitId: culture.id,
  });
  await make({ summary: 'G', startedAt: new Date('2026-01-04T22:30:00Z') });
  // Deleted, and matching every filter below that A matches: never listed.
  await make({
    summary: 'Borttagen',
    startedAt: new Date('2026-01-04T23:45:00Z'),
    citizenGender: 'woman',
    citizenAgeBand: '20-29',
    citizenDistrict: 'Jakobsberg',
    isFailureDemand: true,
    failureReason: 'chasing_case',
    concernsExistingCase: true,
    deletedAt: new Date(),
    deletedReason: 'Dubblett',
  });
  return { ...world, culture, manager };
}

describe('GET /api/contacts: drill-down filters', () => {
  it('with no filter: all five, newest first', async () => {
    const d = await dataset();
    expect(await summariesOf(d.manager, '')).toEqual(['E', 'B', 'C', 'A', 'G']);
  });

  it.each([
    ['weekday 1: Sunday 23:30 UTC in winter is Monday in Stockholm', '?weekday=1', ['A']],
    ['weekday 7: Sunday in Stockholm, not A (a Sunday in UTC)', '?weekday=7', ['G']],
    ['weekday 3', '?weekday=3', ['E', 'B', 'C']],
    ['weekday 5: none that day', '?weekday=5', []],
    ['hour 0: 23:30 UTC in winter is 00:30 in Stockholm', '?hour=0', ['A']],
    ['hour 23: G only, though A is 23:30 in UTC', '?hour=23', ['G']],
    ['hour 8: 06:30 UTC in summer and 07:59 UTC in winter, not 08:30 UTC in summer', '?hour=8', ['B', 'C']],
    ['hour 10: 08:30 UTC in summer', '?hour=10', ['E']],
    ['hour with a leading zero', '?hour=08', ['B', 'C']],
    ['weekday and hour together', '?weekday=3&hour=10', ['E']],
    ['gender', '?gender=woman', ['A']],
    ['gender unknown (the guide could not tell) is not gender none', '?gender=unknown', ['C']],
    ['gender none: not recorded', '?gender=none', ['B', 'G']],
    ['age band', '?ageBand=20-29', ['E', 'A']],
    ['age band 80+ (the plus encoded)', '?ageBand=80%2B', ['C']],
    ['age band none: not recorded', '?ageBand=none', ['B', 'G']],
    ['district: exact, case and all', '?district=Jakobsberg', ['A']],
    ['district: no partial match', '?district=Jakobs', []],
    ['noDistrict: no district recorded', '?noDistrict=true', ['B', 'G']],
    ['failure reason', '?failureReason=chasing_case', ['A']],
    ['another failure reason', '?failureReason=eservice_problem', ['C']],
    ['existing case', '?existingCase=true', ['A']],
    ['no existing case', '?existingCase=false', ['E', 'B', 'C', 'G']],
    ['profile and failure reason together', '?ageBand=20-29&failureReason=municipality_error', ['E']],
  ])('%s (%s)', async (_label, query, expected) => {
    const d = await dataset();
    expect(await summariesOf(d.manager, query)).toEqual(expected);
  });

  it('forwardedToUnitId: forwarded to the unit or any unit below it', async () => {
    const d = await dataset();
    expect(await summariesOf(d.manager, `?forwardedToUnitId=${d.department.id}`)).toEqual(['B', 'A']);
    expect(await summariesOf(d.manager, `?forwardedToUnitId=${d.unit.id}`)).toEqual(['A']);
    expect(await summariesOf(d.manager, `?forwardedToUnitId=${d.culture.id}`)).toEqual(['E']);
    // Another municipality's unit, or one that does not exist: nothing.
    const other = await contactWorld(server);
    expect(await summariesOf(d.manager, `?forwardedToUnitId=${other.unit.id}`)).toEqual([]);
  });

  it('within what one may see: a guide’s drill-down lists only their own contacts', async () => {
    const d = await dataset();
    const colleague = await signedInAs(server, ['guide'], { tenant: d.guide.tenant });
    expect(await summariesOf(d.guide, '?weekday=1')).toEqual(['A']);
    expect(await summariesOf(colleague, '?weekday=1')).toEqual([]);
  });

  it('pages through a drill-down with the cursor', async () => {
    const d = await dataset();
    const first = await get(d.manager, '/api/contacts?weekday=3&limit=2');
    const page = first.json<{ contacts: { summary: string }[]; nextCursor: string }>();
    expect(page.contacts.map((c) => c.summary)).toEqual(['E', 'B']);
    expect(await summariesOf(d.manager, `?weekday=3&limit=2&cursor=${page.nextCursor}`)).toEqual(['C']);
  });

  it('400 names each bad parameter', async () => {
    const manager = await signedInAs(server, ['manager']);
    const cases: [string, string, string][] = [
      ['?weekday=0', '/querystring/weekday', 'too_small_number'],
      ['?weekday=8', '/querystring/weekday', 'too_big_number'],
      ['?weekday=monday', '/querystring/weekday', 'invalid_format'],
      ['?hour=24', '/querystring/hour', 'too_big_number'],
      ['?hour=-1', '/querystring/hour', 'invalid_format'],
      ['?hour=', '/querystring/hour', 'invalid_format'],
      ['?hour=8.5', '/querystring/hour', 'invalid_format'],
      ['?gender=x', '/querystring/gender', 'invalid_choice'],
      ['?ageBand=90%2B', '/querystring/ageBand', 'invalid_choice'],
      ['?district=', '/querystring/district', 'required'],
      [`?district=${'a'.repeat(61)}`, '/querystring/district', 'too_long'],
      ['?district=Jakobsberg&noDistrict=true', '/querystring/noDistrict', 'not_with_district'],
      ['?noDistrict=false', '/querystring/noDistrict', 'invalid_choice'],
      ['?failureReason=lazy', '/querystring/failureReason', 'invalid_choice'],
      ['?existingCase=yes', '/querystring/existingCase', 'invalid_choice'],
      ['?forwardedToUnitId=abc', '/querystring/forwardedToUnitId', 'invalid_uuid'],
    ];
    for (const [query, pointer, code] of cases) {
      const res = await get(manager, `/api/contacts${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors, query).toEqual([expect.objectContaining({ pointer, code })]);
    }
  });
});

describe('OpenAPI: the drill-down parameters', () => {
  it('are listed for the list and the exports, described', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }>;
    }>();
    const names = [
      'weekday',
      'hour',
      'gender',
      'ageBand',
      'district',
      'noDistrict',
      'failureReason',
      'existingCase',
      'forwardedToUnitId',
    ];
    for (const path of ['/api/contacts', '/api/contacts/export.csv', '/api/contacts/export.xlsx']) {
      const parameters = doc.paths[path]?.get.parameters ?? [];
      expect(
        parameters.map((p) => p.name),
        path,
      ).toEqual(expect.arrayContaining(names));
      expect(parameters.find((p) => p.name === 'hour')?.description, path).toContain('Europe/Stockholm');
    }
  });
});

describe('GET /api/contacts/export.{csv,xlsx}: drill-down filters', () => {
  const exported = async (who: SignedIn, query: string): Promise<string[]> => {
    const res = await get(who, `/api/contacts/export.csv${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const text = res.rawPayload.toString('utf8').slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    return rows.slice(1).map((r) => r[16] ?? '');
  };

  it('the file holds exactly the drill-down’s contacts', async () => {
    const d = await dataset();
    expect(await exported(d.manager, '?weekday=1')).toEqual(['A']);
    expect(await exported(d.manager, '?hour=8&noDistrict=true')).toEqual(['B']);
    expect(await exported(d.manager, `?forwardedToUnitId=${d.department.id}&gender=none`)).toEqual(['B']);
  });

  it.each(['csv', 'xlsx'] as const)(
    '%s: 400 for district and noDistrict together, or hour 24',
    async (format) => {
      const manager = await signedInAs(server, ['manager']);
      for (const [query, pointer, code] of [
        ['?district=Jakobsberg&noDistrict=true', '/querystring/noDistrict', 'not_with_district'],
        ['?hour=24', '/querystring/hour', 'too_big_number'],
      ] as const) {
        const res = await get(manager, `/api/contacts/export.${format}${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().errors, query).toEqual([expect.objectContaining({ pointer, code })]);
      }
    },
  );
});
