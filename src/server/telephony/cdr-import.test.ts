/**
 * Importing Asterisk CDR files (issue 12, points 1-5 and 9): each test is a small file written the
 * way cdr_csv writes it, with the day's figures worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';
import { postCallFile, rollups } from '../../test/telephony.js';

const server = await testServer();
const { app, db } = server;
const importer = () => signedInAs(server, ['administrator']);

interface Row {
  uniqueid?: string;
  channel?: string;
  dstchannel?: string;
  app?: string;
  data?: string;
  start: string;
  answer?: string;
  /** Empty for a row without its end (a FAILED call of another application). */
  end: string;
  disposition: string;
  /** The 17th column and beyond, as written (without the leading comma). */
  tail?: string;
}

/** Seconds between two times of Monday 2 March 2026 ('HH:MM:SS'). */
const secondsBetween = (from: string, to: string) =>
  (Date.parse(`2026-03-02T${to}Z`) - Date.parse(`2026-03-02T${from}Z`)) / 1000;

/** One Master.csv row of Monday 2 March 2026 (Stockholm winter time). */
function cdrRow(r: Row): string {
  const day = '2026-03-02';
  const duration = r.end === '' ? 0 : secondsBetween(r.start, r.end);
  const billsec = r.answer && r.end !== '' ? secondsBetween(r.answer, r.end) : 0;
  const fields = [
    '""',
    '"0701234567"',
    '"100"',
    '"from-pstn"',
    '"""Caller"" <0701234567>"',
    `"${r.channel ?? 'SIP/trunk-00000001'}"`,
    `"${r.dstchannel ?? 'SIP/anna-00000002'}"`,
    `"${r.app ?? 'Queue'}"`,
    `"${r.data ?? 'support,t,,,300'}"`,
    `"${day} ${r.start}"`,
    r.answer ? `"${day} ${r.answer}"` : '',
    r.end === '' ? '' : `"${day} ${r.end}"`,
    String(duration),
    String(billsec),
    `"${r.disposition}"`,
    '"DOCUMENTATION"',
  ];
  const tail = r.tail ?? (r.uniqueid === undefined ? undefined : `"${r.uniqueid}"`);
  return tail === undefined ? fields.join(',') : `${fields.join(',')},${tail}`;
}

const csv = (...rows: string[]) => `${rows.join('\n')}\n`;

async function importCdr(file: string, extra = '') {
  const a = await importer();
  const res = await postCallFile(app, a, file, `format=asterisk-cdr${extra}`);
  return { a, res };
}

describe('CDR import: a ring-all queue (issue 12.1)', () => {
  // Call 1: Anna (rung at 09:00:00) answers at 09:00:41 and talks 200 s; Bo, rung at 09:00:01,
  //   does not: answered, wait 41 s.
  // Call 2: Anna and Bo rung at 09:10:00 and 09:10:02; the caller hangs up at 09:11:51 (Bo's row
  //   ends then, Anna's at 09:11:30): abandoned, wait 111 s (first start to last end).
  // Call 3: one member, answered at 09:21:30 after 90 s, talk 210 s.
  // Day: offered 3, answered 2, abandoned 1; answered waits 41 + 90 = 131; abandoned 111;
  // bands < 60: 1, 60-120: 1; talk 410.
  const FILE = csv(
    cdrRow({
      uniqueid: '1772438400.1',
      start: '09:00:00',
      answer: '09:00:41',
      end: '09:04:01',
      disposition: 'ANSWERED',
    }),
    cdrRow({
      uniqueid: '1772438400.1',
      dstchannel: 'SIP/bo-00000003',
      start: '09:00:01',
      end: '09:00:41',
      disposition: 'NO ANSWER',
    }),
    cdrRow({ uniqueid: '1772439000.2', start: '09:10:00', end: '09:11:30', disposition: 'NO ANSWER' }),
    cdrRow({
      uniqueid: '1772439000.2',
      dstchannel: 'SIP/bo-00000005',
      start: '09:10:02',
      end: '09:11:51',
      disposition: 'NO ANSWER',
    }),
    cdrRow({
      uniqueid: '1772439600.3',
      start: '09:20:00',
      answer: '09:21:30',
      end: '09:25:00',
      disposition: 'ANSWERED',
    }),
  );

  it('a call is answered when any of its rows was answered by a person; its wait runs from its first start', async () => {
    const { a, res } = await importCdr(FILE);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      calls: 3,
      imported: 3,
      queueRows: 5,
      columnSet: 'cdr_csv, 17 columns (uniqueid)',
    });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({
        day: '2026-03-02',
        offered: 3,
        answered: 2,
        abandoned: 1,
        answered_wait_seconds: 131,
        abandoned_wait_seconds: 111,
        answered_wait_under_60: 1,
        answered_wait_60_to_120: 1,
        answered_wait_over_120: 0,
        talk_seconds: 410,
      }),
    ]);
  });

  it('the rows in any order give the same figures', async () => {
    const rows = FILE.trimEnd().split('\n').reverse();
    const { a, res } = await importCdr(csv(...rows));
    expect(res.statusCode).toBe(201);
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({
        offered: 3,
        answered: 2,
        answered_wait_seconds: 131,
        abandoned_wait_seconds: 111,
      }),
    ]);
  });
});

describe('CDR import: the column set (issue 12.2, 12.3, 12.5)', () => {
  it('17 columns whose 17th is the userfield ("Inbound"): each row is its own call, never one call "Inbound"', async () => {
    // Three callers on three channels, each abandoning after 60 s: offered 3, abandoned wait 180.
    const rows = ['09:00:00', '09:30:00', '10:00:00'].map((start, i) =>
      cdrRow({
        channel: `SIP/trunk-0000000${i}`,
        start,
        end: start.replace(/:00:00$/, ':01:00').replace(/:30:00$/, ':31:00'),
        disposition: 'NO ANSWER',
        tail: '"Inbound"',
      }),
    );
    const { a, res } = await importCdr(csv(...rows));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ calls: 3, columnSet: 'cdr_csv, 17 columns (userfield)' });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({ offered: 3, abandoned: 3, abandoned_wait_seconds: 180 }),
    ]);
  });

  it('17 columns with a uniqueid on some rows and other values on others: refused, naming the settings', async () => {
    const { a, res } = await importCdr(
      csv(
        cdrRow({ uniqueid: '1772438400.1', start: '09:00:00', end: '09:01:00', disposition: 'NO ANSWER' }),
        cdrRow({ start: '09:10:00', end: '09:11:00', disposition: 'NO ANSWER', tail: '"Inbound"' }),
      ),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/file/line/1' })]);
    expect(res.json().errors[0].detail).toContain('loguniqueid=yes');
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([]);
  });

  it('a header row names the columns (a FreePBX cdr export, 26 columns): read by name, the others listed as ignored', async () => {
    const header =
      'calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,disposition,' +
      'amaflags,accountcode,uniqueid,userfield,did,recordingfile,cnum,cnam,outbound_cnum,outbound_cnam,' +
      'dst_cnam,linkedid,peeraccount,sequence';
    // Answered after 45 - 30 = 15 s, talk 30 s; one Dial row skipped.
    const queue =
      '2026-03-02 09:00:00,"""A"" <1>",1,100,from-pstn,SIP/t-1,SIP/anna-2,Queue,support,45,30,ANSWERED,3,,' +
      '1772438400.11,,0812345,,,,,,,1772438400.11,,1';
    const dial =
      '2026-03-02 09:05:00,"""A"" <1>",1,101,from-internal,SIP/t-3,SIP/bo-4,Dial,"SIP/bo,30",10,0,NO ANSWER,3,,' +
      '1772438700.12,,,,,,,,,1772438700.12,,2';
    const { a, res } = await importCdr(csv(header, queue, dial));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      calls: 1,
      lines: 2,
      columnSet: 'header row, 26 columns',
      ignoredColumns: ['did', 'recordingfile', 'cnum', 'cnam', 'outbound_cnum', 'outbound_cnam', 'dst_cnam'],
      skipped: { not_a_queue_call: 1 },
    });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({ offered: 1, answered: 1, answered_wait_seconds: 15, talk_seconds: 30 }),
    ]);
  });

  it.each([
    ['19 (newcdrcolumns)', '"","1772438400.1",1'],
    ['20 (uniqueid, newcdrcolumns)', '"1772438400.1","","1772438400.1",1'],
  ])('%s columns are read', async (_n, tail) => {
    const { a, res } = await importCdr(
      csv(cdrRow({ start: '09:00:00', answer: '09:00:20', end: '09:02:00', disposition: 'ANSWERED', tail })),
    );
    expect(res.statusCode).toBe(201);
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({ offered: 1, answered: 1, answered_wait_seconds: 20 }),
    ]);
  });

  it('a row with one column too few in a 17-column file is refused with its line number', async () => {
    const { res } = await importCdr(
      csv(
        cdrRow({ uniqueid: '1772438400.1', start: '09:00:00', end: '09:01:00', disposition: 'NO ANSWER' }),
        cdrRow({ start: '09:10:00', end: '09:11:00', disposition: 'NO ANSWER' }),
        cdrRow({ uniqueid: '1772439600.3', start: '09:20:00', end: '09:21:00', disposition: 'NO ANSWER' }),
      ),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        pointer: '/file/line/2',
        detail: expect.stringContaining(
          "expected 17 columns (the file's column set: cdr_csv, 17 columns (uniqueid)), found 16",
        ),
      }),
    ]);
  });
});

describe('CDR import: rows that are not queue calls (issue 12.4)', () => {
  it('a FAILED or BUSY row of another application without its end is skipped, not a reason to refuse the file', async () => {
    const { a, res } = await importCdr(
      csv(
        cdrRow({
          uniqueid: '1772438400.1',
          start: '09:00:00',
          answer: '09:00:30',
          end: '09:03:00',
          disposition: 'ANSWERED',
        }),
        cdrRow({
          uniqueid: '1772438500.2',
          app: 'Dial',
          data: 'SIP/bo,30',
          start: '09:01:40',
          end: '',
          disposition: 'FAILED',
        }),
        cdrRow({
          uniqueid: '1772438600.3',
          app: 'Dial',
          data: 'SIP/bo,30',
          start: '09:03:20',
          end: '',
          disposition: 'BUSY',
        }),
      ),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ calls: 1, skipped: { not_a_queue_call: 2 } });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({ offered: 1, answered: 1, answered_wait_seconds: 30 }),
    ]);
  });
});
