import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, topics, units } from '../../db/schema.js';
import { createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const HEADER = 'path;owner;default_failure_reason;retired';
const csvOf = (...lines: string[]) => [HEADER, ...lines].join('\n');

const importCsv = (who: SignedIn | null, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/topics/import',
    ...(who ? { headers: { ...who.headers, ...headers } } : {}),
    payload: payload as object,
  });
const exportCsv = (who: SignedIn | null) =>
  app.inject({ method: 'GET', url: '/api/topics/export.csv', ...(who ? { headers: who.headers } : {}) });
const paths = async (who: SignedIn) =>
  (await app.inject({ method: 'GET', url: '/api/topics?includeRetired=true', headers: who.headers })).json()
    .topics as {
    id: string;
    path: string;
    ownerUnitId: string;
    defaultFailureReason: string | null;
    retiredAt: string | null;
  }[];
const tenantTopics = (tenantId: string) => db.orm.select().from(topics).where(eq(topics.tenantId, tenantId));

/** An administrator in a municipality with a small organisation. */
async function municipality() {
  const a = await signedInAs(server, ['administrator']);
  const t = a.tenant.id;
  const build = await createUnit(db, t, { name: 'Samhällsbyggnadsförvaltningen' });
  const water = await createUnit(db, t, { name: 'Vatten och avlopp', parentId: build.id });
  const waste = await createUnit(db, t, { name: 'Avfall', parentId: build.id });
  const school = await createUnit(db, t, { name: 'Barn- och ungdomsförvaltningen' });
  const preschool = await createUnit(db, t, { name: 'Förskola', parentId: school.id });
  return { a, build, water, waste, school, preschool };
}

describe('POST /api/topics/import', () => {
  it('401 without a session', async () => {
    expect((await importCsv(null, { csv: csvOf() })).statusCode).toBe(401);
  });

  it('400 when the body is not { csv: string }', async () => {
    const { a } = await municipality();
    const res = await importCsv(a, { file: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/body/csv', code: 'required' }),
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
  });

  it('400 for a file over 1 MB (counted in UTF-8 bytes)', async () => {
    const { a } = await municipality();
    const res = await importCsv(a, { csv: `${HEADER}\n${'å'.repeat(600_000)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { pointer: '/body/csv', code: 'file_too_large', detail: 'Filen får vara högst 1 MB.' },
    ]);
  });

  it('403 without topics:write', async () => {
    const g = await signedInAs(server, ['guide', 'manager']);
    const res = await importCsv(g, { csv: csvOf('Bygglov;X;;') });
    expect(res.statusCode).toBe(403);
  });

  it('creates the topics, missing parents included, with audit events, and a second import changes nothing', async () => {
    const { a, water, waste, preschool } = await municipality();
    const csv = [
      '\uFEFFpath;owner;default_failure_reason;retired',
      'Vatten och avlopp › Faktura;Samhällsbyggnadsförvaltningen › Vatten och avlopp;did_not_understand_information;false',
      'Vatten och avlopp › Vattenläcka;Vatten och avlopp;;',
      'Avfall;Avfall;;',
      'Avfall › Grovsopor;samhällsbyggnadsförvaltningen › avfall;;false',
      'Förskola › Ansökan om plats › Förtur;Förskola;;',
      'Förskola › Gammal blankett;Förskola;;true',
      '',
    ].join('\r\n');
    const res = await importCsv(a, { csv });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 9, updated: 0, unchanged: 0 });
    const after = await paths(a);
    expect(after.map((t) => [t.path, t.ownerUnitId, t.defaultFailureReason, t.retiredAt !== null])).toEqual([
      ['Avfall', waste.id, null, false],
      ['Avfall › Grovsopor', waste.id, null, false],
      ['Förskola', preschool.id, null, false],
      ['Förskola › Ansökan om plats', preschool.id, null, false],
      ['Förskola › Ansökan om plats › Förtur', preschool.id, null, false],
      ['Förskola › Gammal blankett', preschool.id, null, true],
      ['Vatten och avlopp', water.id, null, false],
      ['Vatten och avlopp › Faktura', water.id, 'did_not_understand_information', false],
      ['Vatten och avlopp › Vattenläcka', water.id, null, false],
    ]);
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.action, 'topic.created'));
    const mine = events.filter((e) => e.tenantId === a.tenant.id);
    expect(mine).toHaveLength(9);
    expect(
      mine.every(
        (e) => e.actorUserId === a.user.id && (e.details as { source?: string }).source === 'import',
      ),
    ).toBe(true);

    const again = await importCsv(a, { csv });
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(await paths(a)).toEqual(after);
  });

  it('updates owner, default failure reason and retired state by path (any case), never renames or deletes', async () => {
    const { a, water, waste } = await municipality();
    await importCsv(a, {
      csv: csvOf(
        'Vatten › Faktura;Vatten och avlopp;;',
        'Vatten › Läcka;Vatten och avlopp;;',
        'Avfall;Avfall;;',
      ),
    });
    const before = await paths(a);
    const res = await importCsv(a, {
      csv: csvOf('VATTEN › faktura;Avfall;chasing_case;', 'vatten › läcka;Vatten och avlopp;;ja'),
    });
    expect(res.json()).toEqual({ created: 0, updated: 2, unchanged: 0 });
    const after = await paths(a);
    expect(after.map((t) => t.path)).toEqual(before.map((t) => t.path));
    const invoice = after.find((t) => t.path === 'Vatten › Faktura');
    expect(invoice).toMatchObject({
      ownerUnitId: waste.id,
      defaultFailureReason: 'chasing_case',
      retiredAt: null,
    });
    const leak = after.find((t) => t.path === 'Vatten › Läcka');
    expect(leak).toMatchObject({ ownerUnitId: water.id });
    expect(leak?.retiredAt).not.toBeNull();
    const events = await db.orm
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, invoice?.id ?? ''));
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ['topic.created', expect.objectContaining({ source: 'import' })],
      [
        'topic.updated',
        {
          source: 'import',
          changed: ['ownerUnitId', 'defaultFailureReason'],
          ownerUnitId: waste.id,
          defaultFailureReason: 'chasing_case',
        },
      ],
    ]);
  });

  it('all or nothing: one bad row anywhere and nothing is written; every bad row is reported by line and column', async () => {
    const { a, build } = await municipality();
    await createUnit(db, a.tenant.id, {
      name: 'Avfall',
      parentId: (await createUnit(db, a.tenant.id, { name: 'Annan förvaltning' })).id,
    });
    const archived = await createUnit(db, a.tenant.id, { name: 'Nedlagd', parentId: build.id });
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    const csv = csvOf(
      'Vatten › Faktura;Vatten och avlopp;;', // 2: fine
      'Vatten › Läcka;Okänd enhet;;', // 3: unknown owner
      ';Vatten och avlopp;;', // 4: no path
      'Vatten ›  › Tomt;Vatten och avlopp;;', // 5: empty name in the path
      'Vatten › Avgift;Vatten och avlopp;trött;kanske', // 6: reason and retired
      'vatten › faktura;Vatten och avlopp;;', // 7: same path as line 2
      'Avfall › Grovsopor;Avfall;;', // 8: two units are called Avfall
      'Bygg;Samhällsbyggnadsförvaltningen › Nedlagd;;', // 9: archived owner
      'För;få;fält', // 10: three fields
      `${'x'.repeat(201)};Vatten och avlopp;;`, // 11: name too long
    );
    const res = await importCsv(a, { csv });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('topic_import_invalid');
    expect(res.json().detail).toBe(
      'Filen lästes inte in och ingenting har ändrats. Rätta raderna nedan och försök igen.',
    );
    expect(res.json().errors).toEqual([
      { pointer: '/csv/line/3/owner', code: 'unit_unknown', detail: 'Enheten finns inte.' },
      { pointer: '/csv/line/4/path', code: 'required', detail: 'Obligatoriskt fält.' },
      {
        pointer: '/csv/line/5/path',
        code: 'topic_path_empty_name',
        detail: 'Sökvägen har ett tomt namn mellan två ›.',
      },
      {
        pointer: '/csv/line/6/default_failure_reason',
        code: 'invalid_choice',
        detail:
          'Välj ett av: did_not_understand_information, eservice_problem, chasing_case, municipality_error, other.',
      },
      { pointer: '/csv/line/6/retired', code: 'invalid_choice', detail: 'Välj ett av: true, false.' },
      { pointer: '/csv/line/7/path', code: 'topic_path_duplicate', detail: 'Ämnet finns redan på rad 2.' },
      expect.objectContaining({ pointer: '/csv/line/8/owner', code: 'unit_ambiguous' }),
      { pointer: '/csv/line/9/owner', code: 'unit_archived', detail: 'Enheten är arkiverad.' },
      { pointer: '/csv/line/10', code: 'csv_field_count', detail: 'Raden har 3 fält men rubrikraden har 4.' },
      { pointer: '/csv/line/11/path', code: 'too_long', detail: 'Får vara högst 200 tecken.' },
    ]);
    expect(await tenantTopics(a.tenant.id)).toEqual([]);
    const english = await importCsv(a, { csv }, { 'accept-language': 'en' });
    expect(english.json().errors[0]).toEqual({
      pointer: '/csv/line/3/owner',
      code: 'unit_unknown',
      detail: 'The unit does not exist.',
    });
  });

  it('400 for a file without the required columns, or with unknown ones; an empty file says so', async () => {
    const { a } = await municipality();
    const res = await importCsv(a, { csv: 'topic;owner;colour\nX;Y;Z' });
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/csv/line/1', 'csv_column_unknown'],
      ['/csv/line/1', 'csv_column_unknown'],
      ['/csv/line/1', 'csv_column_missing'],
    ]);
    const empty = await importCsv(a, { csv: '' });
    expect(empty.json().errors).toEqual([
      { pointer: '/csv/line/1', code: 'csv_empty', detail: 'Filen är tom.' },
    ]);
  });

  it('keeps the retired rule: no active topic below a retired one, whoever is at fault', async () => {
    const { a } = await municipality();
    await importCsv(a, {
      csv: csvOf('Förskola;Förskola;;', 'Förskola › Avgift;Förskola;;', 'Gammalt;Förskola;;true'),
    });
    const res = await importCsv(a, {
      csv: csvOf(
        'Förskola;Förskola;;true', // 2: retiring it would leave Avgift (not in the file) active below it
        'Gammalt › Nytt;Förskola;;', // 3: an active topic below a retired one
      ),
    });
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/csv/line/2/retired', 'topic_has_active_children'],
      ['/csv/line/3/retired', 'topic_parent_retired'],
    ]);
    const ok = await importCsv(a, {
      csv: csvOf('Förskola;Förskola;;true', 'Förskola › Avgift;Förskola;;true'),
    });
    expect(ok.json()).toEqual({ created: 0, updated: 2, unchanged: 0 });
  });
});

describe('GET /api/topics/export.csv', () => {
  it('401 without a session; 403 for a user with no role', async () => {
    expect((await exportCsv(null)).statusCode).toBe(401);
    expect((await exportCsv(await signedInAs(server, []))).statusCode).toBe(403);
  });

  it('writes every topic, retired ones too, for Swedish Excel; the file imports back unchanged', async () => {
    const { a } = await municipality();
    await importCsv(a, {
      csv: csvOf(
        'Vatten och avlopp › Faktura;Vatten och avlopp;did_not_understand_information;',
        '"Avfall › Sopor; grova ""ris""";Avfall;;',
        'Förskola › Gammal;Förskola;;true',
        '=Formel;Avfall;;',
      ),
    });
    const g = await signedInAs(server, ['guide'], { tenant: a.tenant });
    const res = await exportCsv(g);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="amneskatalog.csv"');
    expect(res.body).toBe(
      [
        '\uFEFFpath;owner;default_failure_reason;retired;search_words',
        // A cell Excel would run as a formula gets an apostrophe (and sorts first).
        `"'=Formel";Samhällsbyggnadsförvaltningen › Avfall;;false;`,
        'Avfall;Samhällsbyggnadsförvaltningen › Avfall;;false;',
        '"Avfall › Sopor; grova ""ris""";Samhällsbyggnadsförvaltningen › Avfall;;false;',
        'Förskola;Barn- och ungdomsförvaltningen › Förskola;;false;',
        'Förskola › Gammal;Barn- och ungdomsförvaltningen › Förskola;;true;',
        'Vatten och avlopp;Samhällsbyggnadsförvaltningen › Vatten och avlopp;;false;',
        'Vatten och avlopp › Faktura;Samhällsbyggnadsförvaltningen › Vatten och avlopp;did_not_understand_information;false;',
        '',
      ].join('\r\n'),
    );
    const before = await paths(a);
    const again = await importCsv(a, { csv: res.body });
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 7 });
    expect(await paths(a)).toEqual(before);
  });
});

describe('search words in the catalogue file', () => {
  it('are exported, imported by path (the column may be left out), and set through the API', async () => {
    const { a } = await municipality();
    const first = await importCsv(a, {
      csv: '\uFEFFpath;owner;default_failure_reason;retired;search_words\r\nAvfall › Sophämtning;Avfall;;false;"soptunna, sopkärl"\r\nAvfall › Grovsopor;Avfall;;false;\r\n',
    });
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const exported = await exportCsv(a);
    expect(exported.body).toContain(
      'Avfall › Sophämtning;Samhällsbyggnadsförvaltningen › Avfall;;false;soptunna, sopkärl',
    );
    // A file without the column keeps the words.
    const without = await importCsv(a, { csv: csvOf('Avfall › Sophämtning;Avfall;;') });
    expect(without.json()).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const topics = (await app.inject({ method: 'GET', url: '/api/topics', headers: a.headers })).json<{
      topics: { id: string; path: string; searchWords: string[] }[];
    }>().topics;
    const waste = topics.find((t) => t.path === 'Avfall › Sophämtning');
    expect(waste?.searchWords).toEqual(['soptunna', 'sopkärl']);
    // Changed in the catalogue: trimmed, each once.
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/topics/${waste?.id}`,
      headers: a.headers,
      payload: { searchWords: [' soptunna ', 'Soptunna', 'tömning'] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<{ searchWords: string[] }>().searchWords).toEqual(['soptunna', 'tömning']);
    const tooLong = await app.inject({
      method: 'PATCH',
      url: `/api/topics/${waste?.id}`,
      headers: a.headers,
      payload: { searchWords: ['x'.repeat(61)] },
    });
    expect(tooLong.statusCode).toBe(400);
  });
});
