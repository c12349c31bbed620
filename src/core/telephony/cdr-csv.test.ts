import { describe, expect, it } from 'vitest';
import {
  cdrCsvColumnSet,
  cdrHeaderColumnSet,
  detectCdrColumns,
  isCdrHeader,
  parseCdrCsvLine,
  parseCdrFields,
  splitCsvLine,
  type CdrRecord,
} from './cdr-csv.js';

/** An answered call: 09:00:00 to 09:04:18 Stockholm (UTC+1), answered at 09:00:38. */
const ANSWERED =
  '"","0701234567","100","from-pstn","""Anna Berg"" <0701234567>","SIP/trunk-00000a1b",' +
  '"SIP/anna-00000a1c","Queue","kundtjanst,t,,,300","2026-03-02 09:00:00","2026-03-02 09:00:38",' +
  '"2026-03-02 09:04:18",258,220,"ANSWERED","DOCUMENTATION"';

function record(text: string, timeZone?: string): CdrRecord {
  const parsed = parseCdrCsvLine(text, 3, timeZone ? { timeZone } : {});
  if (!('record' in parsed)) throw new Error(parsed.rejection.reason);
  return parsed.record;
}

function reason(text: string): string {
  const parsed = parseCdrCsvLine(text, 3);
  if (!('rejection' in parsed)) throw new Error('parsed');
  expect(parsed.rejection.line).toBe(3);
  return parsed.rejection.reason;
}

describe('parseCdrCsvLine: column counts', () => {
  it('reads the 16 standard columns, doubled quotes and commas inside quotes', () => {
    expect(record(`${ANSWERED}\r`)).toEqual({
      line: 3,
      accountCode: '',
      source: '0701234567',
      destination: '100',
      destinationContext: 'from-pstn',
      callerId: '"Anna Berg" <0701234567>',
      channel: 'SIP/trunk-00000a1b',
      destinationChannel: 'SIP/anna-00000a1c',
      lastApplication: 'Queue',
      lastData: 'kundtjanst,t,,,300',
      start: new Date('2026-03-02T08:00:00Z'),
      answer: new Date('2026-03-02T08:00:38Z'),
      end: new Date('2026-03-02T08:04:18Z'),
      durationSeconds: 258, // 09:04:18 - 09:00:00
      billableSeconds: 220, // 09:04:18 - 09:00:38
      disposition: 'ANSWERED',
      amaFlags: 'DOCUMENTATION',
      uniqueId: null,
      userField: null,
      peerAccount: null,
      linkedId: null,
      sequence: null,
    });
  });

  it.each([
    [17, ',"1772438400.11"', { uniqueId: '1772438400.11', userField: null, sequence: null }],
    [18, ',"1772438400.11","vip"', { uniqueId: '1772438400.11', userField: 'vip', linkedId: null }],
    [
      21,
      ',"1772438400.11","","","1772438400.11",42',
      { uniqueId: '1772438400.11', userField: '', peerAccount: '', linkedId: '1772438400.11', sequence: 42 },
    ],
  ])('%i columns', (_n, tail, expected) => {
    expect(record(ANSWERED + tail)).toMatchObject(expected);
  });

  it.each([
    [
      19,
      ',"","1772438400.11",42',
      { uniqueId: null, peerAccount: '', linkedId: '1772438400.11', sequence: 42 },
    ],
    [20, ',"1772438400.12","","1772438400.11",7', { uniqueId: '1772438400.12', linkedId: '1772438400.11' }],
  ])('%i columns (newcdrcolumns) are read, issue 12.3', (_n, tail, expected) => {
    expect(record(ANSWERED + tail)).toMatchObject(expected);
  });

  it.each([
    [ANSWERED.split(',"DOCUMENTATION"')[0] ?? '', 'expected 16 to 21 columns, found 15'],
    [`${ANSWERED},"a","b","c","d","e","f"`, 'expected 16 to 21 columns, found 22'],
  ])('rejects counts cdr_csv never writes: %#', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });

  it("a row of another width than the file's column set is refused with the set named, issue 12.5", () => {
    const columns = cdrCsvColumnSet(17);
    const parsed = parseCdrCsvLine(ANSWERED, 9, { columns: columns ?? undefined });
    expect(parsed).toEqual({
      rejection: {
        line: 9,
        reason: "expected 17 columns (the file's column set: cdr_csv, 17 columns (uniqueid)), found 16",
      },
    });
  });
});

describe('column sets, issue 12.2 and 12.3', () => {
  const row17 = (tail: string) => splitCsvLine(`${ANSWERED},${tail}`) as string[];

  it('17 columns whose 17th is a uniqueid everywhere -> uniqueid (loguniqueid=yes)', () => {
    const found = detectCdrColumns([row17('"1717397243.239826"'), row17('"mainserverdss-1706420300.0"')], 1);
    expect(found).toMatchObject({ columns: { width: 17, label: 'cdr_csv, 17 columns (uniqueid)' } });
    if ('columns' in found) expect(found.columns.index.uniqueid).toBe(16);
  });

  it('17 columns whose 17th is "Inbound" or empty -> userfield (loguserfield=yes): never taken as the call id', () => {
    const found = detectCdrColumns([row17('"Inbound"'), row17('""')], 1);
    expect(found).toMatchObject({ columns: { label: 'cdr_csv, 17 columns (userfield)' } });
    if ('columns' in found) {
      expect(found.columns.index.uniqueid).toBeUndefined();
      expect(found.columns.index.userfield).toBe(16);
    }
  });

  it('17 columns with both shapes -> refused, naming the settings', () => {
    const found = detectCdrColumns([row17('"1717397243.239826"'), row17('"Inbound"')], 1);
    expect('error' in found && found.error).toContain('loguniqueid=yes');
    expect('error' in found && found.error).toContain('loguserfield=yes');
  });

  it('another count without a header -> refused, asking for a header row', () => {
    const found = detectCdrColumns([[...row17('"x"'), 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']], 4);
    expect('error' in found && found.error).toMatch(/^line 4 has 26 columns and the file has no header row/);
  });

  it('a header names the columns, in any order, with the aliases of database exports; the rest is listed as ignored', () => {
    const header =
      'calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,disposition,' +
      'amaflags,accountcode,uniqueid,userfield,did,recordingfile,cnum,cnam,outbound_cnum,outbound_cnam,' +
      'dst_cnam,linkedid,peeraccount,sequence';
    const cells = header.split(',');
    expect(isCdrHeader(cells)).toBe(true);
    const named = cdrHeaderColumnSet(cells);
    if (!('columns' in named)) throw new Error(named.error);
    expect(named.columns.width).toBe(26);
    expect(named.columns.index.start).toBe(0);
    expect(named.columns.index.uniqueid).toBe(14);
    expect(named.columns.ignored).toEqual([
      'did',
      'recordingfile',
      'cnum',
      'cnam',
      'outbound_cnum',
      'outbound_cnam',
      'dst_cnam',
    ]);
    // No answer or end column: derived from duration and billsec (45 s in all, 30 s talk).
    const row =
      '2026-03-02 09:00:00,"A" <1>,1,100,from-pstn,SIP/t-1,SIP/anna-2,Queue,support,45,30,ANSWERED,3,,' +
      '1772438400.11,,,,,,,,,1772438400.11,,1';
    const parsed = parseCdrFields(row.split(','), 2, { columns: named.columns });
    expect(parsed).toMatchObject({
      record: {
        start: new Date('2026-03-02T08:00:00Z'),
        answer: new Date('2026-03-02T08:00:15Z'),
        end: new Date('2026-03-02T08:00:45Z'),
        uniqueId: '1772438400.11',
        amaFlags: '3',
      },
    });
  });

  it("the Grandstream UCM's export is read by its labels (Last date is its lastdata); the rest is listed as ignored", () => {
    // The header and line 43 of corpus/grandstream-ucm-master-26-ring-all.csv (numbers pseudonymised).
    const cells = splitCsvLine(
      'Account Code,Caller Number,Callee Number,Context,CallerID Number,Source Channel,Dest. Channel,' +
        'Last app.,Last date,Start Time,Answer Time,End Time,Call Time,Talk Time,Disposition,AMA Flags,' +
        'Unique ID,Log Userfield,Dest Channel Extension,Caller Name,Answered by,Session,Premier Caller,' +
        'Action Type,Source Trunk Name,Destination Trunk Name',
    ) as string[];
    expect(isCdrHeader(cells)).toBe(true);
    const named = cdrHeaderColumnSet(cells);
    if (!('columns' in named)) throw new Error(named.error);
    expect(named.columns.index).toMatchObject({ channel: 5, dstchannel: 6, lastapp: 7, lastdata: 8, start: 9 });
    expect(named.columns.index).toMatchObject({ duration: 12, billsec: 13, uniqueid: 16, userfield: 17 });
    expect(named.columns.ignored).toEqual([
      'Dest Channel Extension',
      'Caller Name',
      'Answered by',
      'Session',
      'Premier Caller',
      'Action Type',
      'Source Trunk Name',
      'Destination Trunk Name',
    ]);
    const row = splitCsvLine(
      ',0700000011,194,ext-did-1,""""" <0700000011>",PJSIP/trunk_1-00025a5f,PJSIP/194-00025a61,Queue,' +
        '"6500,,,,900,,,",2026-07-03 08:58:38,2026-07-03 08:58:41,2026-07-03 09:06:09,450,447,ANSWERED,' +
        'DOCUMENTATION,1783051079.621872,Inbound,194,,194,1783051079433399-0700000011,0700000011,' +
        'QUEUE[6500],EASTTELECOM,',
    ) as string[];
    expect(parseCdrFields(row, 42, { columns: named.columns, timeZone: 'Asia/Tashkent' })).toMatchObject({
      record: {
        lastApplication: 'Queue',
        lastData: '6500,,,,900,,,',
        // 08:58:38 in Tashkent (UTC+5) is 03:58:38 UTC; answered 3 s later, 447 s of talk.
        start: new Date('2026-07-03T03:58:38Z'),
        answer: new Date('2026-07-03T03:58:41Z'),
        billableSeconds: 447,
        uniqueId: '1783051079.621872',
        userField: 'Inbound',
      },
    });
  });

  it('a header without the columns a queued call needs is refused with their names', () => {
    expect(cdrHeaderColumnSet(['src', 'dst', 'lastapp', 'disposition'])).toEqual({
      error:
        'the header row has no column channel, dstchannel, lastdata, start, duration, billsec: a queued call cannot be read without them',
    });
  });

  it('a data row is never a header', () => {
    expect(isCdrHeader(splitCsvLine(ANSWERED) as string[])).toBe(false);
  });
});

describe('parseCdrCsvLine: fields', () => {
  it('reads an unanswered call: empty unquoted answer', () => {
    const line =
      '"","0701234567","100","from-pstn","","SIP/trunk-1","","Queue","kundtjanst",' +
      '"2026-03-02 09:10:00",,"2026-03-02 09:10:45",45,0,"NO ANSWER","DOCUMENTATION"';
    expect(record(line)).toMatchObject({
      answer: null,
      end: new Date('2026-03-02T08:10:45Z'),
      durationSeconds: 45,
      billableSeconds: 0,
      disposition: 'NO ANSWER',
    });
  });

  it.each([
    // Summer time: UTC+2.
    ['2026-06-15 09:00:00', 'Europe/Stockholm', '2026-06-15T07:00:00Z'],
    // 02:30 on 2026-03-29 is skipped: read with the offset before the change (UTC+1).
    ['2026-03-29 02:30:00', 'Europe/Stockholm', '2026-03-29T01:30:00Z'],
    // 02:30 on 2026-10-25 happens twice: the first, in summer time (UTC+2).
    ['2026-10-25 02:30:00', 'Europe/Stockholm', '2026-10-25T00:30:00Z'],
    // usegmtime=yes.
    ['2026-03-02 09:00:00', 'UTC', '2026-03-02T09:00:00Z'],
  ])('start %s in %s is %s', (local, zone, instant) => {
    expect(record(ANSWERED.replace('2026-03-02 09:00:00', local), zone).start).toEqual(new Date(instant));
  });

  it.each([
    [
      ANSWERED.replace('"ANSWERED"', '"HANGUP"'),
      'disposition "HANGUP" is not one of ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION, CANCEL, UNKNOWN',
    ],
    [ANSWERED.replace('258', '2.5'), 'duration "2.5" is not a whole number'],
    [ANSWERED.replace('220', ''), 'billsec "" is not a whole number'],
    [
      ANSWERED.replace('2026-03-02 09:00:00', '2026-02-30 09:00:00'),
      'start "2026-02-30 09:00:00" is not a date and time YYYY-MM-DD HH:MM:SS',
    ],
    [
      ANSWERED.replace('2026-03-02 09:00:38', '2026-03-02 24:00:00'),
      'answer "2026-03-02 24:00:00" is not a date and time YYYY-MM-DD HH:MM:SS',
    ],
    [ANSWERED.replace('"2026-03-02 09:04:18"', ''), 'end "" is not a date and time YYYY-MM-DD HH:MM:SS'],
    [`${ANSWERED},"1.1","","","1.1",x`, 'sequence "x" is not a whole number'],
    ['"","0701234567', 'a quoted field is not closed'],
    ['', 'empty line'],
  ])('rejects case %#', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['a,b,,c', ['a', 'b', '', 'c']],
    ['"a,b","c""d",', ['a,b', 'c"d', '']],
    ['""', ['']],
    ['"x"y,z', ['xy', 'z']],
    ['"open', null],
  ])('%j', (line, expected) => {
    expect(splitCsvLine(line)).toEqual(expected);
  });
});

describe('a custom layout without a header is refused, not misread', () => {
  it('19 columns whose 15th is "DOCUMENTATION" (clid first, accountcode after amaflags): not cdr_csv', () => {
    // The column order of a public Master.csv written by a custom mapping (KelySaina/cdr).
    const row =
      '""""" <client1>","client1","6789","default","PJSIP/client1-00000002","PJSIP/client2-00000003",' +
      '"Dial","PJSIP/client2","2023-07-26 01:51:32","2023-07-26 01:51:50","2023-07-26 01:52:04","31","13",' +
      '"ANSWERED","DOCUMENTATION","","1690325492.2","",2';
    const found = detectCdrColumns([splitCsvLine(row) as string[]], 1);
    expect(found).toEqual({
      error: expect.stringMatching(
        /^column 15 is disposition in cdr_csv, 19 columns \(newcdrcolumns\), but line 1 has "DOCUMENTATION" there/,
      ),
    });
  });
});
