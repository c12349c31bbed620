import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createContact, createTopic, createUnit, createUser } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import {
  answeredCallLines,
  postCallFile,
  stockholmEpoch,
  unansweredCallLines,
} from '../../test/telephony.js';

const server = await testServer();
const { app, db } = server;

const at = (day: string, time: string) => stockholmEpoch(`${day} ${time}`);

/** Monday 2 March 2026: 5 calls, 3 answered (waits 30, 90, 150 s), 1 abandoned, 1 timeout. */
const MONDAY = [
  answeredCallLines({
    callId: 'a.1',
    queue: 'kundtjanst',
    at: at('2026-03-02', '09:00:00'),
    wait: 30,
    talk: 200,
  }),
  answeredCallLines({
    callId: 'a.2',
    queue: 'kundtjanst',
    at: at('2026-03-02', '09:05:00'),
    wait: 90,
    talk: 100,
  }),
  answeredCallLines({
    callId: 'a.3',
    queue: 'kundtjanst',
    at: at('2026-03-02', '09:10:00'),
    wait: 150,
    talk: 60,
  }),
  unansweredCallLines({ callId: 'a.4', queue: 'kundtjanst', at: at('2026-03-02', '09:20:00'), wait: 45 }),
  unansweredCallLines({
    callId: 'a.5',
    queue: 'kundtjanst',
    at: at('2026-03-02', '09:30:00'),
    wait: 300,
    exit: 'EXITWITHTIMEOUT',
  }),
]
  .flat()
  .sort((x, y) => Number(x.split('|')[0]) - Number(y.split('|')[0]))
  .join('\n');

/** A municipality with that Monday's calls, 4 phone contacts on Monday (3 resolved by the guide),
 *  30 visitors counted on Tuesday, 2 visits logged on Wednesday, and its own closed Thursday. */
async function world(): Promise<SignedIn> {
  const admin = await signedInAs(server, ['administrator']);
  const tenantId = admin.tenant.id;
  expect((await postCallFile(app, admin, MONDAY, 'format=asterisk-queue-log')).statusCode).toBe(201);
  const unit = await createUnit(db, tenantId, { name: 'Kontaktcenter' });
  const topic = await createTopic(db, tenantId, { ownerUnitId: unit.id });
  const guide = await createUser(db, tenantId, { roles: ['guide'] });
  const monday = new Date(at('2026-03-02', '10:00:00') * 1000);
  for (const resolution of ['resolved_self', 'resolved_self', 'resolved_self', 'unresolved'] as const) {
    await createContact(db, tenantId, {
      loggedByUserId: guide.id,
      topic,
      startedAt: monday,
      resolution,
      createdAt: monday,
    });
  }
  // An e-mail contact does not count as a phone contact.
  await createContact(db, tenantId, {
    loggedByUserId: guide.id,
    topic,
    startedAt: monday,
    channel: 'email',
    createdAt: monday,
  });
  const wednesday = new Date(at('2026-03-04', '11:00:00') * 1000);
  for (let i = 0; i < 2; i += 1) {
    await createContact(db, tenantId, {
      loggedByUserId: guide.id,
      topic,
      startedAt: wednesday,
      channel: 'visit',
      createdAt: wednesday,
    });
  }
  const visitors = await app.inject({
    method: 'PUT',
    url: '/api/telephony/visitors',
    headers: admin.headers,
    payload: { counts: [{ day: '2026-03-03', visitors: 30 }] },
  });
  expect(visitors.statusCode, visitors.body).toBe(204);
  const closed = await app.inject({
    method: 'POST',
    url: '/api/telephony/closed-days',
    headers: admin.headers,
    payload: { day: '2026-03-05', reason: 'Personaldag' },
  });
  expect(closed.statusCode, closed.body).toBe(201);
  return admin;
}

const get = (who: SignedIn | null, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { ...(who?.headers ?? {}), ...headers } });

type Report = {
  weeks: string[];
  visitorSources: { entered: number; logged: number };
  closedDays: { day: string; reason: string }[];
  measures: {
    measure: string;
    rows: {
      key: string;
      mean: number | null;
      cells: { day: string | null; value: number | null; closed: boolean }[];
    }[];
  }[];
};
const cell = (report: Report, measure: string, key: string) =>
  report.measures.find((m) => m.measure === measure)?.rows.find((r) => r.key === key)?.cells[0];

describe('GET /api/reports/weekly', () => {
  it('401 without a session; 403 for a department contact; 400 naming a bad week', async () => {
    expect((await get(null, '/api/reports/weekly?from=2026-W10&to=2026-W10')).statusCode).toBe(401);
    const contact = await signedInAs(server, ['manager']);
    const unit = await createUnit(db, contact.tenant.id, { name: 'Bygg' });
    const departmentContact = await signedInAs(server, [{ role: 'department_contact', unitId: unit.id }], {
      tenant: contact.tenant,
    });
    expect((await get(departmentContact, '/api/reports/weekly?from=2026-W10&to=2026-W10')).statusCode).toBe(
      403,
    );
    const bad = await get(contact, '/api/reports/weekly?from=2026-W10&to=2026-W54');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/querystring/to' });
    const backwards = await get(contact, '/api/reports/weekly?from=2026-W12&to=2026-W10');
    expect(backwards.json().errors[0]).toMatchObject({ pointer: '/querystring/to', code: 'week_order' });
  });

  it('gives every measure of the week from rollups, logged contacts, visitors and closed days (hand-worked)', async () => {
    const admin = await world();
    const res = await get(admin, '/api/reports/weekly?scope=all&from=2026-W10&to=2026-W10');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<Report>();
    expect(report.weeks).toEqual(['2026-W10']);
    expect(cell(report, 'offered', 'monday')).toMatchObject({ day: '2026-03-02', value: 5 });
    // 3 answered / 5 offered.
    expect(cell(report, 'availability', 'monday')?.value).toBe(0.6);
    // (30 + 90 + 150) / 3 = 90 s.
    expect(cell(report, 'meanQueueSeconds', 'monday')?.value).toBe(90);
    // 2 answered within 120 s / 5 offered.
    expect(cell(report, 'answeredWithinShare', 'week')?.value).toBe(0.4);
    // 3 of 4 phone contacts resolved by the guide alone; the e-mail contact is not a phone contact.
    expect(cell(report, 'phoneContacts', 'monday')?.value).toBe(4);
    expect(cell(report, 'resolutionRate', 'monday')?.value).toBe(0.75);
    expect(cell(report, 'unresolvedShare', 'week')?.value).toBe(0.25);
    // Tuesday counted at the door, Wednesday from the visits logged; 30 + 2 in the week.
    expect(cell(report, 'visitors', 'tuesday')?.value).toBe(30);
    expect(cell(report, 'visitors', 'wednesday')?.value).toBe(2);
    expect(cell(report, 'visitors', 'week')?.value).toBe(32);
    expect(report.visitorSources).toEqual({ entered: 1, logged: 1 });
    // The municipality's own closed Thursday is marked and left out of the Thursday mean.
    expect(cell(report, 'offered', 'thursday')).toMatchObject({ day: '2026-03-05', closed: true });
    // The calls cover Monday only: Tuesday has no telephony value, and the week is incomplete.
    expect(cell(report, 'offered', 'tuesday')).toMatchObject({ value: null, incomplete: true });
    expect(cell(report, 'offered', 'monday')).toMatchObject({ value: 5, incomplete: false });
    expect(report.closedDays).toEqual([{ day: '2026-03-05', reason: 'Personaldag' }]);
  });

  it('fills the goal column from the goals of the scope valid in the period: day goals by weekday, week goals by week', async () => {
    const admin = await world();
    const goal = async (body: Record<string, unknown>) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/goals',
        headers: admin.headers,
        payload: { measure: 'availability', area: 'accessible', ...body },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await goal({ target: 0.8, level: 'week', validFrom: '2026-01-01' });
    await goal({ target: 0.9, level: 'day', validFrom: '2026-01-01', validTo: '2026-03-31' });
    // Not shown: a month goal, a goal that ended before the week, a goal of a queue group.
    await goal({ target: 0.7, level: 'month', validFrom: '2026-01-01' });
    await goal({ target: 0.5, level: 'week', validFrom: '2025-01-01', validTo: '2025-12-31' });
    const res = await get(admin, '/api/reports/weekly?scope=all&from=2026-W10&to=2026-W10');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json<{ measures: { measure: string; rows: { key: string; goal: number | null }[] }[] }>()
      .measures;
    const goals = (measure: string) =>
      rows.find((m) => m.measure === measure)?.rows.map((r) => [r.key, r.goal]);
    expect(goals('availability')).toEqual([
      ['monday', 0.9],
      ['tuesday', 0.9],
      ['wednesday', 0.9],
      ['thursday', 0.9],
      ['friday', 0.9],
      ['week', 0.8],
    ]);
    expect(goals('offered')?.every(([, g]) => g === null)).toBe(true);
  });

  it('another municipality sees none of it', async () => {
    await world();
    const other = await signedInAs(server, ['manager']);
    const report = (await get(other, '/api/reports/weekly?from=2026-W10&to=2026-W10')).json<Report>();
    // No telephony data at all: no value rather than zero calls.
    expect(cell(report, 'offered', 'week')?.value).toBeNull();
    expect(cell(report, 'visitors', 'week')?.value).toBe(0);
  });

  it('404 for a queue group of another municipality', async () => {
    const a = await signedInAs(server, ['administrator']);
    const group = await app.inject({
      method: 'POST',
      url: '/api/telephony/queue-groups',
      headers: a.headers,
      payload: { name: 'Växeln' },
    });
    const b = await signedInAs(server, ['manager']);
    const res = await get(b, `/api/reports/weekly?scope=group:${group.json().id}&from=2026-W10&to=2026-W10`);
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/reports/weekly.csv, .xlsx and .pdf', () => {
  it('CSV: Swedish labels and decimal commas, the same numbers as the JSON', async () => {
    const admin = await world();
    const res = await get(admin, '/api/reports/weekly.csv?from=2026-W10&to=2026-W10');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('veckorapport-2026-W10--2026-W10.csv');
    const lines = res.body.replace('\uFEFF', '').split('\r\n');
    expect(lines).toContain('Tillgänglighet (%);Måndag;60,0;;60,0;60,0;60,0');
    // The calls cover Monday only: the telephony's week is incomplete (no variation over weeks),
    // while the logged contacts' week is whole.
    expect(lines).toContain('Erbjudna samtal;Veckan;;;;;5');
    expect(lines).toContain('Lösningsgrad (löst direkt) (%);Veckan;75,0;;75,0;75,0;75,0');
  });

  it('CSV in English with lang=en', async () => {
    const admin = await world();
    const res = await get(admin, '/api/reports/weekly.csv?from=2026-W10&to=2026-W10&lang=en');
    expect(res.body).toContain('Availability (%);Monday;60.0;;60.0;60.0;60.0');
  });

  it('XLSX: real numbers with percentage formats and a frozen header', async () => {
    const admin = await world();
    const res = await get(admin, '/api/reports/weekly.xlsx?from=2026-W10&to=2026-W10');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Veckorapport');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    const availability = sheet
      ?.getRows(1, sheet.rowCount)
      ?.find((r) => r.getCell(1).value === 'Tillgänglighet' && r.getCell(2).value === 'Måndag');
    expect(availability?.getCell(7).value).toBe(0.6);
    expect(availability?.getCell(7).numFmt).toBe('0.0%');
    // The notes: weeks as people write them, the closed Thursday and the moment as real dates.
    const notes = workbook.getWorksheet('Anmärkningar')!;
    const rows = notes.getRows(1, notes.rowCount)!;
    const row = (label: string) => rows.find((r) => r.getCell(1).value === label);
    expect(row('Veckor')?.getCell(2).value).toBe('v.\u00a010 2026 – v.\u00a010 2026');
    const created = row('Skapad')?.getCell(2);
    expect(created?.value).toBeInstanceOf(Date);
    expect(created?.numFmt).toBe('yyyy-mm-dd hh:mm');
    const closed = rows.find((r) => r.getCell(2).value === 'Personaldag')?.getCell(1);
    expect(closed?.value).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(closed?.numFmt).toBe('yyyy-mm-dd');
  });

  it('PDF: 503 with a clear problem when Chromium is not on the machine', async () => {
    const admin = await world();
    const saved = app.lotsConfig.chromiumPath;
    (app.lotsConfig as { chromiumPath: string }).chromiumPath = '/nonexistent/chromium';
    try {
      const res = await get(admin, '/api/reports/weekly.pdf?from=2026-W10&to=2026-W10');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'report_pdf_unavailable' });
    } finally {
      (app.lotsConfig as { chromiumPath: string }).chromiumPath = saved;
    }
  });
});
