import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, contacts } from '../../db/schema.js';
import { intakeWorld, postCsv, postMapping, type IntakeWorld } from '../../test/intake.js';
import { signedInAs, testServer } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const contactsOf = (tenantId: string) =>
  db.orm.select().from(contacts).where(eq(contacts.tenantId, tenantId)).orderBy(asc(contacts.externalId));

/** A telephony system's export: its own column names and Swedish codes, date and time apart, M:SS lengths. */
const TELEPHONY_MAPPING = {
  columns: {
    externalId: 'Ärende-ID',
    startedAt: 'Datum',
    startTime: 'Tid',
    durationSeconds: 'Samtalstid',
    channel: 'Kanal',
    need: 'Behov',
    topic: 'Ämne',
    resolution: 'Utfall',
    summary: 'Anteckning',
  },
  values: {
    channel: { Telefon: 'phone', 'E-post': 'email' },
    need: { Fråga: 'want_to_know', 'Vill ha tjänst': 'want_service' },
    resolution: { 'Löst direkt': 'resolved_self', 'Löst med efterarbete': 'resolved_handling' },
    topic: { 'VA-faktura': 'Vatten och avlopp › Faktura' },
  },
  dateFormat: 'YYYY-MM-DD',
  timeZone: 'Europe/Stockholm',
  durationUnit: 'clock',
};

const HEADER = 'Ärende-ID;Datum;Tid;Samtalstid;Kanal;Behov;Ämne;Utfall;Anteckning;Handläggare';

async function worldWithMapping(): Promise<IntakeWorld> {
  const world = await intakeWorld(server);
  const res = await postMapping(app, world.admin, {
    name: 'Telefoni',
    source: 'Telefoni',
    mapping: TELEPHONY_MAPPING,
  });
  expect(res.statusCode, res.body).toBe(201);
  return world;
}

describe('POST /api/contacts/bulk.csv: access and the mapping', () => {
  it('401 without a session, 403 without contacts:import', async () => {
    const { admin } = await worldWithMapping();
    expect((await postCsv(app, null, `${HEADER}\n`, '?mapping=Telefoni')).statusCode).toBe(401);
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    const res = await postCsv(app, guide, `${HEADER}\n`, '?mapping=Telefoni');
    expect(res.statusCode).toBe(403);
  });

  it('400 for a mapping name that is not saved, or none', async () => {
    const { admin } = await worldWithMapping();
    const unknown = await postCsv(app, admin, `${HEADER}\n`, '?mapping=Okänd');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      {
        pointer: '/querystring/mapping',
        code: 'contact_mapping_unknown',
        detail: 'Det finns ingen kolumnmappning med det namnet.',
      },
    ]);
    const none = await postCsv(app, admin, `${HEADER}\n`, '');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ pointer: '/querystring/mapping', code: 'required' });
  });
});

describe('POST /api/contacts/bulk.csv: reading', () => {
  it('reads a semicolon file with BOM, maps Swedish codes, and turns Stockholm local times into the right instants across DST', async () => {
    const { admin, invoice, permit } = await worldWithMapping();
    const csv =
      '\uFEFF' +
      [
        HEADER,
        'A-1;2026-01-15;09:00;4:05;Telefon;Fråga;VA-faktura;Löst direkt;Frågade om förfallodag;Anna',
        // 29 March 2026: clocks go 02:00 -> 03:00; 01:30 is still winter time (+1), 03:30 summer time (+2).
        'A-2;2026-03-29;01:30;0:30;telefon;Fråga;Vatten och avlopp › Faktura;Löst direkt;;Anna',
        'A-3;2026-03-29;03:30;1:00;E-post;Vill ha tjänst;Bygglov;Löst med efterarbete;;Bo',
        // 25 October 2026: 02:30 happens twice; the first time (summer time, +2) is taken.
        'A-4;2026-10-25;02:30;2:00;Telefon;Fråga;bygglov;Löst direkt;;Bo',
        'A-5;2026-07-01;09:00;10:00;Telefon;Fråga;VA-faktura;Löst direkt;"Ringde; två gånger";Bo',
        '',
      ].join('\r\n');
    const res = await postCsv(app, admin, csv, '?mapping=telefoni');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, imported: 5, duplicates: 0 });
    const stored = await contactsOf(admin.tenant.id);
    expect(
      stored.map((c) => [
        c.externalId,
        c.startedAt.toISOString(),
        c.durationSeconds,
        c.channel,
        c.need,
        c.topicId,
        c.resolution,
      ]),
    ).toEqual([
      ['A-1', '2026-01-15T08:00:00.000Z', 245, 'phone', 'want_to_know', invoice.id, 'resolved_self'],
      ['A-2', '2026-03-29T00:30:00.000Z', 30, 'phone', 'want_to_know', invoice.id, 'resolved_self'],
      ['A-3', '2026-03-29T01:30:00.000Z', 60, 'email', 'want_service', permit.id, 'resolved_handling'],
      ['A-4', '2026-10-25T00:30:00.000Z', 120, 'phone', 'want_to_know', permit.id, 'resolved_self'],
      ['A-5', '2026-07-01T07:00:00.000Z', 600, 'phone', 'want_to_know', invoice.id, 'resolved_self'],
    ]);
    expect(stored.map((c) => c.summary)).toEqual([
      'Frågade om förfallodag',
      '',
      '',
      '',
      'Ringde; två gånger',
    ]);
    expect(stored.every((c) => c.externalSource === 'Telefoni' && c.loggedByUserId === admin.user.id)).toBe(
      true,
    );
    const [event] = await db.orm
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, admin.tenant.id), eq(auditEvents.action, 'contacts.imported')));
    expect(event?.details).toMatchObject({ source: 'Telefoni', format: 'csv', imported: 5, duplicates: 0 });

    // The same file again: every line a duplicate, nothing saved.
    const again = await postCsv(app, admin, csv, '?mapping=Telefoni');
    expect(again.json()).toMatchObject({ imported: 0, duplicates: 5 });
    expect(await contactsOf(admin.tenant.id)).toHaveLength(5);
  });

  it('rejects the whole file and names every bad line and column; dryRun lists them with reasons', async () => {
    const { admin } = await worldWithMapping();
    const csv = [
      HEADER,
      'B-1;2026-01-15;09:00;4:05;Telefon;Fråga;VA-faktura;Löst direkt;;Anna',
      'B-2;2026-01-15;09:00;4:05;Fax;Fråga;VA-faktura;Löst direkt;;Anna',
      'B-3;15/01/2026;09:00;4:05;Telefon;Fråga;VA-faktura;Löst direkt;;Anna',
      'B-4;2026-03-29;02:30;4:05;Telefon;Fråga;VA-faktura;Löst direkt;;Anna',
      'B-5;2026-01-15;09:00;4:05;Telefon;Fråga;Okänt ämne;Löst direkt;;Anna',
      'B-6;2026-01-15;09:00;4:05;Telefon;Fråga;VA-faktura;Löst direkt;Anna',
      'B-1;2026-01-15;09:00;4:05;Telefon;Fråga;VA-faktura;Löst direkt;;Anna',
    ].join('\n');
    const res = await postCsv(app, admin, csv, '?mapping=Telefoni');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('contact_import_invalid');
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/csv/line/3/Kanal', 'invalid_choice'],
      ['/csv/line/4/Datum', 'invalid_date_format'],
      ['/csv/line/5/Tid', 'time_nonexistent'],
      ['/csv/line/6/Ämne', 'topic_unknown'],
      ['/csv/line/7', 'csv_field_count'],
      ['/csv/line/8/Ärende-ID', 'external_id_repeated'],
    ]);
    expect(await contactsOf(admin.tenant.id)).toEqual([]);

    const preview = await postCsv(app, admin, csv, '?mapping=Telefoni&dryRun=true');
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    // B-1 on line 2 is the only row without an error; nothing is saved while any row is rejected.
    expect(body).toMatchObject({ dryRun: true, rows: 7, wouldImport: 1, duplicates: 0 });
    expect(body.rejected[1]).toEqual({
      line: 4,
      index: null,
      column: 'Datum',
      field: 'startedAt',
      pointer: '/csv/line/4/Datum',
      code: 'invalid_date_format',
      detail: 'Ange datum och tid som YYYY-MM-DD TT:MM.',
    });
    expect(body.rejected[4]).toMatchObject({
      line: 7,
      column: null,
      detail: 'Raden har 9 fält men rubrikraden har 10.',
    });
    expect(body.rejected[5]).toMatchObject({
      line: 8,
      detail: 'Samma id finns redan tidigare i importen (2).',
    });
    expect(await contactsOf(admin.tenant.id)).toEqual([]);
  });

  it('names a mapped column the file lacks, and refuses a file that is not UTF-8', async () => {
    const { admin } = await worldWithMapping();
    const missing = await postCsv(app, admin, 'Ärende-ID;Datum\nA;2026-01-15\n', '?mapping=Telefoni');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.slice(0, 2)).toEqual([
      { pointer: '/csv/line/1/Tid', code: 'csv_column_missing', detail: 'Kolumnen Tid saknas.' },
      {
        pointer: '/csv/line/1/Samtalstid',
        code: 'csv_column_missing',
        detail: 'Kolumnen Samtalstid saknas.',
      },
    ]);
    // "Gävle" saved as Windows-1252 arrives as G\uFFFDvle.
    const latin1 = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk.csv?mapping=Telefoni',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: Buffer.from(
        `${HEADER}\nA;2026-01-15;09:00;1:00;Telefon;Fr\xe5ga;VA-faktura;L\xf6st direkt;;Anna\n`,
        'latin1',
      ),
    });
    expect(latin1.statusCode).toBe(422);
    expect(latin1.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/csv/line/1', 'csv_not_utf8'],
    ]);
  });
});

describe('/api/contact-mappings', () => {
  it('403 for a guide; 401 without a session', async () => {
    const { admin } = await intakeWorld(server);
    const guide = await signedInAs(server, ['guide'], { tenant: admin.tenant });
    expect(
      (await app.inject({ method: 'GET', url: '/api/contact-mappings', headers: guide.headers })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/contact-mappings' })).statusCode).toBe(401);
  });

  it('checks a mapping: required fields, known codes in the value maps, a real time zone', async () => {
    const { admin } = await intakeWorld(server);
    const res = await postMapping(app, admin, {
      name: 'Trasig',
      source: 'Telefoni',
      mapping: {
        ...TELEPHONY_MAPPING,
        columns: { ...TELEPHONY_MAPPING.columns, externalId: undefined, channel: 'Ämne' },
        values: { channel: { Fax: 'fax' } },
        timeZone: 'Europe/Stokholm',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/body/mapping/columns/externalId', 'required'],
      ['/body/mapping/columns/topic', 'column_repeated'],
      ['/body/mapping/timeZone', 'invalid_time_zone'],
      ['/body/mapping/values/channel/Fax', 'invalid_choice'],
    ]);
  });

  it('creates, lists, renames, refuses a taken name and deletes, with an audit event for each change', async () => {
    const { admin } = await intakeWorld(server);
    const created = await postMapping(app, admin, {
      name: 'Telefoni',
      source: 'Telefoni',
      mapping: TELEPHONY_MAPPING,
    });
    expect(created.statusCode).toBe(201);
    const mapping = created.json();
    expect(mapping.mapping.fixed).toEqual({});
    const taken = await postMapping(app, admin, {
      name: 'TELEFONI',
      source: 'X',
      mapping: TELEPHONY_MAPPING,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('contact_mapping_name_taken');

    const renamed = await app.inject({
      method: 'PUT',
      url: `/api/contact-mappings/${mapping.id}`,
      headers: admin.headers,
      payload: {
        name: 'Telefoni 2026',
        source: 'Telefoni',
        mapping: {
          ...TELEPHONY_MAPPING,
          fixed: { channel: 'Telefon' },
          columns: { ...TELEPHONY_MAPPING.columns, channel: undefined },
        },
      },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: 'Telefoni 2026',
      mapping: { fixed: { channel: 'Telefon' } },
    });
    const list = await app.inject({ method: 'GET', url: '/api/contact-mappings', headers: admin.headers });
    expect(list.json().mappings.map((m: { name: string }) => m.name)).toEqual(['Telefoni 2026']);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/contact-mappings/${mapping.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/contact-mappings/${mapping.id}`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
    const events = await db.orm
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, admin.tenant.id), eq(auditEvents.entityId, mapping.id)));
    expect(events.map((e) => e.action).sort()).toEqual([
      'contact_mapping.created',
      'contact_mapping.deleted',
      'contact_mapping.updated',
    ]);
  });
});
