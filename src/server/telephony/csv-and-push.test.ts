import { describe, expect, it } from 'vitest';
import { createToken, createIntegration } from '../../test/integrations.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { postCallFile, rollups } from '../../test/telephony.js';

const server = await testServer();
const { app, db } = server;

const CALLS_MAPPING = {
  kind: 'calls',
  columns: {
    callId: 'Samtals-id',
    queue: 'Kö',
    enteredDate: 'Datum',
    enteredTime: 'Tid',
    outcome: 'Utfall',
    waitSeconds: 'Kötid',
    talkSeconds: 'Samtalstid',
  },
  outcomes: { Besvarat: 'answered', Avbrutet: 'abandoned' },
  dateFormat: 'YYYY-MM-DD',
  durationUnit: 'seconds',
};

const INTERVALS_MAPPING = {
  kind: 'intervals',
  columns: {
    intervalStart: 'Intervall',
    offered: 'Erbjudna',
    answered: 'Besvarade',
    abandoned: 'Avbrutna',
    answeredWaitSeconds: 'Total kötid',
    answeredWaitUnder60: 'Inom 60 s',
    answeredWaitMax120: 'Inom 120 s',
  },
  fixedQueue: 'Växeln',
  dateFormat: 'YYYY-MM-DD',
  durationUnit: 'seconds',
};

async function saveMapping(who: SignedIn, name: string, source: string, mapping: unknown) {
  return app.inject({
    method: 'POST',
    url: '/api/telephony/call-mappings',
    headers: who.headers,
    payload: { name, source, mapping },
  });
}

describe('call mappings', () => {
  it('401, 403 for a quality developer (imports, does not configure), 400 naming what is wrong', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/telephony/call-mappings' })).statusCode).toBe(401);
    const qd = await signedInAs(server, ['quality_developer']);
    expect((await saveMapping(qd, 'Telia', 'telia', CALLS_MAPPING)).statusCode).toBe(403);
    const admin = await signedInAs(server, ['administrator']);
    const bad = await saveMapping(admin, 'Telia', 'telia', {
      ...CALLS_MAPPING,
      columns: { ...CALLS_MAPPING.columns, enteredTime: undefined },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/mapping/columns/enteredDate', code: 'date_without_time' }),
    ]);
  });

  it('saves, lists, renames and removes a mapping; a name is unique ignoring case', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const saved = await saveMapping(admin, 'Telia', 'telia', CALLS_MAPPING);
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await saveMapping(admin, 'TELIA', 'telia', CALLS_MAPPING)).statusCode).toBe(409);
    const list = await app.inject({
      method: 'GET',
      url: '/api/telephony/call-mappings',
      headers: admin.headers,
    });
    expect(list.json().mappings).toEqual([
      expect.objectContaining({ name: 'Telia', kind: 'calls', source: 'telia' }),
    ]);
    const id = saved.json().id as string;
    const put = await app.inject({
      method: 'PUT',
      url: `/api/telephony/call-mappings/${id}`,
      headers: admin.headers,
      payload: { name: 'Telia Touchpoint', source: 'telia', mapping: CALLS_MAPPING },
    });
    expect(put.json()).toMatchObject({ name: 'Telia Touchpoint' });
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/telephony/call-mappings/${id}`,
      headers: admin.headers,
    });
    expect(del.statusCode).toBe(204);
  });
});

describe('CSV import with a saved mapping', () => {
  it('one row per call: Swedish codes, date and time in two columns, rollups hand-worked', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await saveMapping(admin, 'Telia', 'telia', CALLS_MAPPING);
    const csv = [
      'Samtals-id;Kö;Datum;Tid;Utfall;Kötid;Samtalstid',
      'x1;Växeln;2026-03-02;09:00:00;Besvarat;30;120',
      'x2;Växeln;2026-03-02;09:10:00;Besvarat;100;60',
      'x3;Växeln;2026-03-02;09:20:00;Avbrutet;40;0',
      '',
    ].join('\r\n');
    const res = await postCallFile(app, admin, csv, 'format=csv&mapping=telia', 'text/csv');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'telia', calls: 3, imported: 3, firstDay: '2026-03-02' });
    expect((await rollups(db, admin.tenant.id, 'all'))[0]).toMatchObject({
      offered: 3,
      answered: 2,
      abandoned: 1,
      answered_wait_seconds: 130,
      answered_wait_under_60: 1,
      answered_wait_60_to_120: 1,
      answered_within: 2,
    });
    const again = await postCallFile(app, admin, csv, 'format=csv&mapping=Telia', 'text/csv');
    expect(again.json()).toMatchObject({ imported: 0, alreadyImportedAs: res.json().importId });
  });

  it('422 naming the line and column of every bad cell; nothing saved', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await saveMapping(admin, 'Telia', 'telia', CALLS_MAPPING);
    const csv = [
      'Samtals-id;Kö;Datum;Tid;Utfall;Kötid;Samtalstid',
      'x1;Växeln;2026-03-02;09:00:00;Besvarat;30;120',
      'x2;Växeln;2026-02-30;09:10:00;Kanske;100;60',
    ].join('\n');
    const res = await postCallFile(app, admin, csv, 'format=csv&mapping=Telia', 'text/csv');
    expect(res.statusCode).toBe(422);
    const pointers = (res.json().errors as { pointer: string; detail: string }[]).map((e) => [
      e.pointer,
      e.detail,
    ]);
    expect(pointers).toEqual([
      ['/file/line/3', expect.stringContaining('Datum')],
      ['/file/line/3', expect.stringContaining('Utfall')],
    ]);
    expect(await rollups(db, admin.tenant.id, 'all')).toEqual([]);
  });

  it('400 for an unknown mapping or none', async () => {
    const admin = await signedInAs(server, ['administrator']);
    expect(
      (await postCallFile(app, admin, 'a;b\n', 'format=csv&mapping=Okänd', 'text/csv')).json(),
    ).toMatchObject({
      code: 'call_mapping_unknown',
    });
    expect(
      (await postCallFile(app, admin, 'a;b\n', 'format=csv', 'text/csv')).json().errors[0],
    ).toMatchObject({
      pointer: '/querystring/mapping',
      code: 'required',
    });
  });

  it('intervals: aggregate counts per interval, answered above offered kept (and flagged by the report), a corrected export replaces', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await saveMapping(admin, 'Aggregat', 'vaxel', INTERVALS_MAPPING);
    const header = 'Intervall;Erbjudna;Besvarade;Avbrutna;Total kötid;Inom 60 s;Inom 120 s';
    const first = [header, '2026-03-02 08:00;10;8;2;400;5;7', '2026-03-02 08:15;4;5;0;100;5;5'].join('\n');
    const res = await postCallFile(app, admin, first, 'format=csv&mapping=Aggregat', 'text/csv');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ intervals: 2, intervalsImported: 2, intervalsReplaced: 0 });
    expect((await rollups(db, admin.tenant.id, 'all'))[0]).toMatchObject({
      offered: 14,
      answered: 13,
      abandoned: 2,
      answered_wait_seconds: 500,
      answered_wait_under_60: 10,
      answered_wait_60_to_120: 2,
      answered_wait_over_120: 1,
      answered_within: 12,
    });
    const corrected = [header, '2026-03-02 08:00;10;8;2;400;5;7', '2026-03-02 08:15;6;5;1;100;5;5'].join(
      '\n',
    );
    const again = await postCallFile(app, admin, corrected, 'format=csv&mapping=Aggregat', 'text/csv');
    expect(again.json()).toMatchObject({ intervalsImported: 0, intervalsReplaced: 1 });
    expect((await rollups(db, admin.tenant.id, 'all'))[0]).toMatchObject({
      offered: 16,
      answered: 13,
      abandoned: 3,
    });
  });
});

describe('POST /api/telephony/calls (push API)', () => {
  const call = (i: number, extra: Record<string, unknown> = {}) => ({
    callId: `p${i}`,
    queue: 'kundtjanst',
    enteredAt: '2026-03-02T09:00:00+01:00',
    outcome: 'answered',
    answeredEnd: 'completed_caller',
    waitSeconds: 20 * i,
    talkSeconds: 100,
    ...extra,
  });

  it('an integration pushes calls with its token; the same batch again adds nothing', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const integration = await createIntegration(db, admin.tenant.id, { name: 'Telefoni' });
    const token = await createToken(db, integration);
    const push = (calls: unknown[]) =>
      app.inject({
        method: 'POST',
        url: '/api/telephony/calls',
        headers: token.headers,
        payload: { source: 'pbx', calls },
      });
    const res = await push([
      call(1),
      call(2),
      call(3, { outcome: 'abandoned', answeredEnd: null, talkSeconds: 0 }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'api', calls: 3, imported: 3, duplicates: 0 });
    expect((await push([call(1), call(2)])).json()).toMatchObject({
      imported: 0,
      duplicates: 2,
      importId: null,
    });
    expect((await rollups(db, admin.tenant.id, 'all'))[0]).toMatchObject({ offered: 3, answered: 2 });
  });

  it('422 listing every rejected call by index and field; nothing saved', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const res = await app.inject({
      method: 'POST',
      url: '/api/telephony/calls',
      headers: admin.headers,
      payload: {
        source: 'pbx',
        calls: [
          call(1),
          call(2, { outcome: 'abandoned', talkSeconds: 5 }),
          { ...call(3), enteredAt: 'i går' },
        ],
      },
    });
    expect(res.statusCode).toBe(422);
    expect((res.json().errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([
      '/body/calls/1/answeredEnd',
      '/body/calls/1/talkSeconds',
      '/body/calls/2/enteredAt',
    ]);
    expect(await rollups(db, admin.tenant.id, 'all')).toEqual([]);
  });
});
