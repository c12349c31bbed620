import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactWorld } from '../../test/contacts.js';
import { createContact, createTopic, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { Problem } from '../http/problem.js';
import { exportContacts } from './export-contacts.js';
import { ExportContactsQuery } from './schema.js';

const server = await testServer();
const { app, db } = server;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (
  who: SignedIn | null,
  format: 'csv' | 'xlsx',
  query = '',
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: 'GET',
    url: `/api/contacts/export.${format}${query}`,
    headers: { ...(who ? who.headers : {}), ...headers },
  });

/** The records of an exported CSV file, checking the BOM and the CRLF line ends on the way. */
async function csvOf(who: SignedIn, query = '', headers: Record<string, string> = {}): Promise<string[][]> {
  const res = await download(who, 'csv', query, headers);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = res.rawPayload.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const summariesOf = async (who: SignedIn, query = '') => (await csvOf(who, query)).slice(1).map((r) => r[16]);

const SV_HEADERS = [
  'Starttid',
  'Kanal',
  'Längd (s)',
  'Behov',
  'Problemet gäller',
  'Ämne',
  'Ansvarig enhet',
  'Pågående ärende',
  'Diarienummer',
  'Lösning',
  'Lämnad vidare till',
  'Undvikbar efterfrågan',
  'Orsak till undvikbar efterfrågan',
  'Kön',
  'Åldersgrupp',
  'Område',
  'Sammanfattning',
];

/**
 * Three listed contacts and a deleted one in November 2026 (UTC+1), and one in another
 * municipality. c2 starts 23:30 UTC on the 21st: 00:30 on the 22nd in Stockholm.
 */
async function dataset() {
  const world = await contactWorld(server);
  const t = world.guide.tenant.id;
  const colleague = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
  const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
  const invoiceChild = await createTopic(db, t, {
    name: 'Fakturafrågor',
    parentId: world.unitTopic.id,
    ownerUnitId: world.unit.id,
  });
  const guideId = world.guide.user.id;
  await createContact(db, t, {
    loggedByUserId: guideId,
    topic: world.topic,
    startedAt: new Date('2026-11-03T08:30:00Z'),
    durationSeconds: 95,
    summary: 'Frågade om bygglov.',
  });
  await createContact(db, t, {
    loggedByUserId: guideId,
    topic: world.unitTopic,
    startedAt: new Date('2026-11-21T23:30:00Z'),
    channel: 'visit',
    durationSeconds: 240,
    need: 'problem',
    problemKind: 'service',
    concernsExistingCase: true,
    caseReference: 'KS 2017/380',
    resolution: 'forwarded',
    forwardedToUnitId: world.unit.id,
    forwardDone: 'Kollade fakturan',
    forwardExpected: 'Rätta fakturan',
    isFailureDemand: true,
    failureReason: 'municipality_error',
    citizenGender: 'woman',
    citizenAgeBand: '30-39',
    citizenDistrict: 'Jakobsberg',
    summary: '=SUMMA(A1) stod på fakturan',
  });
  await createContact(db, t, {
    loggedByUserId: colleague.user.id,
    topic: invoiceChild,
    startedAt: new Date('2026-11-10T12:00:00Z'),
    channel: 'email',
    need: 'dont_understand',
    resolution: 'unresolved',
    isFailureDemand: true,
    failureReason: 'did_not_understand_information',
    summary: 'Förstod inte fakturan; "rörlig avgift"',
  });
  await createContact(db, t, {
    loggedByUserId: guideId,
    topic: world.topic,
    startedAt: new Date('2026-11-12T09:00:00Z'),
    deletedAt: new Date(),
    deletedReason: 'Dubblett',
    summary: 'Borttagen',
  });
  const other = await contactWorld(server);
  await createContact(db, other.guide.tenant.id, {
    loggedByUserId: other.guide.user.id,
    topic: other.topic,
    startedAt: new Date('2026-11-15T09:00:00Z'),
    summary: 'Annan kommun',
  });
  return { ...world, colleague, manager, invoiceChild };
}

describe('GET /api/contacts/export.{csv,xlsx}: access and validation', () => {
  it.each(['csv', 'xlsx'] as const)(
    '%s: 401 without a session, 403 without contacts:read',
    async (format) => {
      expect((await download(null, format)).statusCode).toBe(401);
      const nobody = await signedInAs(server, []);
      const res = await download(nobody, format);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    },
  );

  it('400 names each bad parameter; paging parameters are not filters', async () => {
    const manager = await signedInAs(server, ['manager']);
    const cases: [string, string, string][] = [
      ['?from=2026-02-30', '/querystring/from', 'invalid_date'],
      ['?from=2026-03-10&to=2026-03-01', '/querystring/to', 'date_range_reversed'],
      ['?channel=fax', '/querystring/channel', 'invalid_choice'],
      ['?failureDemand=ja', '/querystring/failureDemand', 'invalid_choice'],
      ['?lang=de', '/querystring/lang', 'invalid_choice'],
      ['?limit=10', '/querystring', 'unknown_field'],
      ['?cursor=abc', '/querystring', 'unknown_field'],
    ];
    for (const format of ['csv', 'xlsx'] as const)
      for (const [query, pointer, code] of cases) {
        const res = await download(manager, format, query);
        expect(res.statusCode, `${format} ${query}`).toBe(400);
        expect(res.json().errors, query).toEqual([expect.objectContaining({ pointer, code })]);
      }
  });
});

describe('GET /api/contacts/export.csv', () => {
  it('a manager: every listed contact, newest first, Swedish headers and labels, no guide', async () => {
    const d = await dataset();
    const res = await download(d.manager, 'csv', '?from=2026-11-01&to=2026-11-30');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="kontakter-2026-11-01--2026-11-30.csv"; filename*=UTF-8''kontakter-2026-11-01--2026-11-30.csv`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await csvOf(d.manager, '?from=2026-11-01&to=2026-11-30')).toEqual([
      SV_HEADERS,
      [
        '2026-11-22 00:30',
        'Besök',
        '240',
        'Problem',
        'Tjänsten själv',
        'Faktura',
        'Samhällsbyggnad › Vatten och avfall',
        'Ja',
        'KS 2017/380',
        'Lämnad vidare',
        'Samhällsbyggnad › Vatten och avfall',
        'Ja',
        'Fel av kommunen',
        'Kvinna',
        '30-39',
        'Jakobsberg',
        // The formula guard: a spreadsheet shows the text instead of running it.
        "'=SUMMA(A1) stod på fakturan",
      ],
      [
        '2026-11-10 13:00',
        'E-post',
        '180',
        'Förstår inte',
        '',
        'Faktura › Fakturafrågor',
        'Samhällsbyggnad › Vatten och avfall',
        'Nej',
        '',
        'Inte löst',
        '',
        'Ja',
        'Förstod inte informationen',
        '',
        '',
        '',
        'Förstod inte fakturan; "rörlig avgift"',
      ],
      [
        '2026-11-03 09:30',
        'Telefon',
        '95',
        'Vill veta',
        '',
        'Bygglov',
        'Samhällsbyggnad',
        'Nej',
        '',
        'Löst direkt',
        '',
        'Nej',
        '',
        '',
        '',
        '',
        'Frågade om bygglov.',
      ],
    ]);
    // Neither the guide's id nor their name is anywhere in the file.
    const text = res.body;
    for (const who of [d.guide.user, d.colleague.user]) {
      expect(text).not.toContain(who.id);
      expect(text).not.toContain(who.displayName);
    }
  });

  it('the filters of the list: a Stockholm day, failure demand, topic subtree, unit subtree', async () => {
    const d = await dataset();
    expect(await summariesOf(d.manager, '?from=2026-11-22&to=2026-11-22')).toEqual([
      "'=SUMMA(A1) stod på fakturan",
    ]);
    expect(await summariesOf(d.manager, '?failureDemand=false')).toEqual(['Frågade om bygglov.']);
    expect(await summariesOf(d.manager, `?topicId=${d.invoiceChild.id}`)).toEqual([
      'Förstod inte fakturan; "rörlig avgift"',
    ]);
    expect(await summariesOf(d.manager, `?unitId=${d.unit.id}&channel=visit`)).toEqual([
      "'=SUMMA(A1) stod på fakturan",
    ]);
    // No match: the header alone.
    expect(await csvOf(d.manager, '?channel=letter')).toEqual([SV_HEADERS]);
  });

  it('who sees what: a guide their own, a department contact their unit’s; never another municipality’s', async () => {
    const d = await dataset();
    expect(await summariesOf(d.guide)).toEqual(["'=SUMMA(A1) stod på fakturan", 'Frågade om bygglov.']);
    expect(await summariesOf(d.colleague)).toEqual(['Förstod inte fakturan; "rörlig avgift"']);
    const unitContact = await signedInAs(server, [{ role: 'department_contact', unitId: d.unit.id }], {
      tenant: d.guide.tenant,
    });
    expect(await summariesOf(unitContact)).toEqual([
      "'=SUMMA(A1) stod på fakturan",
      'Förstod inte fakturan; "rörlig avgift"',
    ]);
    const all = await summariesOf(d.manager);
    expect(all).toHaveLength(3);
    expect(all).not.toContain('Annan kommun');
    expect(all).not.toContain('Borttagen');
  });

  it('English when Accept-Language prefers it, or with lang=en; lang wins over the header', async () => {
    const d = await dataset();
    const en = await csvOf(d.manager, '?need=problem', { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' });
    expect(en[0]?.slice(0, 4)).toEqual(['Start time', 'Channel', 'Duration (s)', 'Need']);
    expect(en[1]?.slice(0, 5)).toEqual(['2026-11-22 00:30', 'Visit', '240', 'Problem', 'The service itself']);
    expect(en[1]?.[11]).toBe('Yes');
    expect((await csvOf(d.manager, '?lang=en'))[0]?.[0]).toBe('Start time');
    expect((await csvOf(d.manager, '?lang=sv', { 'accept-language': 'en' }))[0]?.[0]).toBe('Starttid');
    const res = await download(d.manager, 'csv', '?lang=en&from=2026-11-01&to=2026-11-30');
    expect(res.headers['content-disposition']).toContain('filename="contacts-2026-11-01--2026-11-30.csv"');
  });
});

describe('GET /api/contacts/export.xlsx', () => {
  it('a workbook: bold frozen header, autofilter, widths, a real local date, numbers and Ja/Nej', async () => {
    const d = await dataset();
    const res = await download(d.manager, 'xlsx', '?from=2026-11-01');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="kontakter-2026-11-01--\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kontakter');
    if (!sheet) throw new Error('no sheet Kontakter');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).values).toEqual([undefined, ...SV_HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:Q4');
    expect(sheet.getColumn(6).width).toBe(40);

    const forwarded = sheet.getRow(2);
    // Excel dates have no time zone: the cell holds 00:30 on the 22nd, as Stockholm saw it.
    expect(forwarded.getCell(1).value).toEqual(new Date('2026-11-22T00:30:00Z'));
    expect(forwarded.getCell(1).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(forwarded.getCell(3).value).toBe(240);
    expect(forwarded.values).toEqual([
      undefined,
      new Date('2026-11-22T00:30:00Z'),
      'Besök',
      240,
      'Problem',
      'Tjänsten själv',
      'Faktura',
      'Samhällsbyggnad › Vatten och avfall',
      'Ja',
      'KS 2017/380',
      'Lämnad vidare',
      'Samhällsbyggnad › Vatten och avfall',
      'Ja',
      'Fel av kommunen',
      'Kvinna',
      '30-39',
      'Jakobsberg',
      // Text, not a formula: no apostrophe needed in a workbook.
      '=SUMMA(A1) stod på fakturan',
    ]);
    expect(forwarded.getCell(17).formula).toBeUndefined();
    // Empty optional fields are empty cells.
    expect(sheet.getRow(4).getCell(5).value).toBeNull();
    expect(sheet.getRow(4).getCell(8).value).toBe('Nej');
  });

  it('a guide’s workbook holds their own contacts; English sheet with lang=en', async () => {
    const d = await dataset();
    const res = await download(d.guide, 'xlsx', '?lang=en');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Contacts');
    if (!sheet) throw new Error('no sheet Contacts');
    expect(sheet.getRow(1).getCell(1).value).toBe('Start time');
    expect(sheet.getColumn(17).values.slice(2)).toEqual([
      '=SUMMA(A1) stod på fakturan',
      'Frågade om bygglov.',
    ]);
    expect(sheet.getRow(2).getCell(8).value).toBe('Yes');
  });
});

describe('exportContacts: batches and the cap', () => {
  const everything = ExportContactsQuery.parse({});
  async function manyContacts(n: number) {
    const world = await contactWorld(server);
    const t = world.guide.tenant.id;
    const unit = await createUnit(db, t, { name: 'Kultur' });
    const topic = await createTopic(db, t, { name: 'Bibliotek', ownerUnitId: unit.id });
    // Ties on startedAt too: the cursor must neither lose nor repeat a contact.
    for (let i = 0; i < n; i++)
      await createContact(db, t, {
        loggedByUserId: world.guide.user.id,
        topic,
        startedAt: new Date(Date.UTC(2026, 10, 1, 8, i % 3 === 0 ? 0 : i)),
        summary: `Kontakt ${i}`,
      });
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    const actor = {
      tenantId: t,
      userId: manager.user.id,
      roles: [{ role: 'manager' as const, unitId: null }],
      isPlatformAdmin: false,
    };
    return { actor, manager };
  }

  it('pages through the list in batches: the file equals the one-batch file', async () => {
    const { actor, manager } = await manyContacts(9);
    const oneGo = await exportContacts({ db, actor, query: everything, format: 'csv', locale: 'sv' });
    const inTwos = await exportContacts({
      db,
      actor,
      query: everything,
      format: 'csv',
      locale: 'sv',
      batchSize: 2,
    });
    expect(inTwos.body.equals(oneGo.body)).toBe(true);
    expect(await summariesOf(manager)).toHaveLength(9);
  });

  it('more contacts than the cap: 400 contact_export_too_large; exactly the cap: a file', async () => {
    const { actor } = await manyContacts(5);
    const attempt = exportContacts({
      db,
      actor,
      query: everything,
      format: 'xlsx',
      locale: 'sv',
      maxRows: 4,
      batchSize: 2,
    });
    await expect(attempt).rejects.toBeInstanceOf(Problem);
    await expect(attempt).rejects.toMatchObject({ status: 400, code: 'contact_export_too_large' });
    const file = await exportContacts({
      db,
      actor,
      query: everything,
      format: 'xlsx',
      locale: 'sv',
      maxRows: 5,
      batchSize: 2,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Kontakter')?.rowCount).toBe(6);
  });
});
