import { describe, expect, it } from 'vitest';
import {
  callRowReader,
  checkCallMapping,
  type CallInterval,
  type CallMapping,
  type CallRowResult,
  type CallsMapping,
  type CsvCall,
  type IntervalsMapping,
} from './call-csv.js';

const calls: CallsMapping = {
  kind: 'calls',
  columns: {
    callId: 'Samtals-ID',
    queue: 'Kö',
    enteredAt: 'Inkommet',
    outcome: 'Utfall',
    waitSeconds: 'Väntetid',
    talkSeconds: 'Samtalstid',
    answeredEnd: 'Avslut',
  },
  outcomes: { Besvarat: 'answered', Avbrutet: 'abandoned', Tidsgräns: 'timeout' },
  answeredEnds: {
    'Kunden lade på': 'completed_caller',
    Handläggare: 'completed_agent',
    Kopplat: 'transferred',
  },
  dateFormat: 'YYYY-MM-DD',
  timeZone: 'Europe/Stockholm',
  durationUnit: 'seconds',
};
const CALL_HEADER = ['Samtals-ID', 'Kö', 'Inkommet', 'Utfall', 'Väntetid', 'Samtalstid', 'Avslut', 'Övrigt'];
/** An answered call at 09:00 on a winter Monday (UTC+1). */
const CALL_ROW: Record<string, string> = {
  'Samtals-ID': 'A-1',
  Kö: 'Växeln',
  Inkommet: '2026-03-02 09:00:00',
  Utfall: 'Besvarat',
  Väntetid: '38',
  Samtalstid: '220',
  Avslut: 'Handläggare',
  Övrigt: 'not read',
};

const intervals: IntervalsMapping = {
  kind: 'intervals',
  columns: {
    intervalStart: 'Intervall',
    queue: 'Kö',
    offered: 'Erbjudna',
    answered: 'Besvarade',
    abandoned: 'Avbrutna',
    answeredWaitSeconds: 'Väntetid besvarade',
    answeredWaitUnder60: 'Inom 60 s',
    answeredWaitMax120: 'Inom 120 s',
    abandonedWaitSeconds: 'Väntetid avbrutna',
  },
  dateFormat: 'YYYY-MM-DD',
  durationUnit: 'clock',
};
const INTERVAL_HEADER = [
  'Intervall',
  'Kö',
  'Erbjudna',
  'Besvarade',
  'Avbrutna',
  'Väntetid besvarade',
  'Inom 60 s',
  'Inom 120 s',
  'Väntetid avbrutna',
];
/** A quarter hour: 40 offered, 35 answered (30 within 60 s, 34 within 120 s), 5 abandoned. */
const INTERVAL_ROW: Record<string, string> = {
  Intervall: '2026-03-02 09:00',
  Kö: 'Växeln',
  Erbjudna: '40',
  Besvarade: '35',
  Avbrutna: '5',
  'Väntetid besvarade': '0:35:00',
  'Inom 60 s': '30',
  'Inom 120 s': '34',
  'Väntetid avbrutna': '0:04:10',
};

/** Reads one row (line 2) given as cells by header name; cells not given are empty. */
function readRow(
  mapping: CallMapping,
  header: readonly string[],
  values: Record<string, string>,
): CallRowResult {
  const reader = callRowReader(mapping, header);
  if ('headerErrors' in reader) throw new Error(JSON.stringify(reader.headerErrors));
  return reader.read(
    header.map((name) => values[name] ?? ''),
    2,
  );
}

function call(
  changes: Record<string, string> = {},
  mapping: CallMapping = calls,
  header = CALL_HEADER,
): CsvCall {
  const result = readRow(mapping, header, { ...CALL_ROW, ...changes });
  if (!('call' in result)) throw new Error(JSON.stringify(result));
  return result.call;
}

function interval(
  changes: Record<string, string> = {},
  mapping: CallMapping = intervals,
  header = INTERVAL_HEADER,
): CallInterval {
  const result = readRow(mapping, header, { ...INTERVAL_ROW, ...changes });
  if (!('interval' in result)) throw new Error(JSON.stringify(result));
  return result.interval;
}

/** [column, code] of each error of the row. */
function errors(
  changes: Record<string, string>,
  mapping: CallMapping = calls,
  header = mapping.kind === 'calls' ? CALL_HEADER : INTERVAL_HEADER,
): [string | null, string][] {
  const base = mapping.kind === 'calls' ? CALL_ROW : INTERVAL_ROW;
  const result = readRow(mapping, header, { ...base, ...changes });
  if (!('errors' in result)) throw new Error(`no errors: ${JSON.stringify(result)}`);
  for (const e of result.errors) {
    expect(e.line).toBe(2);
    expect(e.detail).toMatch(/^\S.*\.$/);
  }
  return result.errors.map((e) => [e.column, e.code]);
}

function headerErrors(mapping: CallMapping, header: readonly string[]) {
  const reader = callRowReader(mapping, header);
  if (!('headerErrors' in reader)) throw new Error('the header was accepted');
  return reader.headerErrors;
}

describe('checkCallMapping', () => {
  it('accepts a complete calls mapping and a complete intervals mapping (no time zone: Stockholm)', () => {
    expect(checkCallMapping(calls)).toEqual([]);
    expect(checkCallMapping(intervals)).toEqual([]);
  });

  it('a fixed queue replaces the queue column (an export of one queue); both, or neither, is refused', () => {
    const { queue: _q, ...columns } = calls.columns;
    expect(checkCallMapping({ ...calls, columns, fixedQueue: 'Växeln' })).toEqual([]);
    expect(checkCallMapping({ ...calls, fixedQueue: 'Växeln' })).toEqual([
      { path: 'fixedQueue', code: 'column_and_fixed' },
    ]);
    expect(checkCallMapping({ ...calls, columns })).toEqual([{ path: 'columns/queue', code: 'required' }]);
  });

  it.each([
    ['blank', '   ', 'required'],
    ['101 characters: one past a queue name', 'k'.repeat(101), 'too_long'],
  ])('a fixed queue that is %s is refused: it would refuse every row', (_case, fixedQueue, reason) => {
    const { queue: _q, ...columns } = intervals.columns;
    expect(checkCallMapping({ ...intervals, columns, fixedQueue })).toEqual([
      { path: 'fixedQueue', code: 'invalid_fixed_value', params: { reason } },
    ]);
  });

  it('names each required field of a calls mapping without a column, in a stable order', () => {
    expect(checkCallMapping({ ...calls, columns: { talkSeconds: 'Samtalstid' } })).toEqual([
      { path: 'columns/callId', code: 'required' },
      { path: 'columns/outcome', code: 'required' },
      { path: 'columns/waitSeconds', code: 'required' },
      { path: 'columns/enteredAt', code: 'required' },
      { path: 'columns/queue', code: 'required' },
    ]);
  });

  it('names each required count of an intervals mapping; the wait columns are optional', () => {
    expect(checkCallMapping({ ...intervals, columns: { intervalStart: 'Intervall', queue: 'Kö' } })).toEqual([
      { path: 'columns/offered', code: 'required' },
      { path: 'columns/answered', code: 'required' },
      { path: 'columns/abandoned', code: 'required' },
    ]);
  });

  it('the start is one column or a date and a time column: both ways, or half of the second, are refused', () => {
    const { enteredAt: _e, ...columns } = calls.columns;
    expect(
      checkCallMapping({ ...calls, columns: { ...columns, enteredDate: 'Datum', enteredTime: 'Tid' } }),
    ).toEqual([]);
    expect(checkCallMapping({ ...calls, columns: { ...calls.columns, enteredTime: 'Tid' } })).toEqual([
      { path: 'columns/enteredTime', code: 'date_time_twice', params: { field: 'enteredAt' } },
    ]);
    expect(checkCallMapping({ ...calls, columns: { ...columns, enteredDate: 'Datum' } })).toEqual([
      { path: 'columns/enteredDate', code: 'date_without_time' },
    ]);
    const { intervalStart: _s, ...intervalColumns } = intervals.columns;
    expect(checkCallMapping({ ...intervals, columns: { ...intervalColumns, intervalTime: 'Tid' } })).toEqual([
      { path: 'columns/intervalTime', code: 'time_without_date' },
    ]);
  });

  it('refuses one column for two fields, matched as headers are (case and outer spaces ignored)', () => {
    expect(checkCallMapping({ ...calls, columns: { ...calls.columns, talkSeconds: ' väntetid ' } })).toEqual([
      {
        path: 'columns/talkSeconds',
        code: 'column_repeated',
        params: { column: ' väntetid ', field: 'waitSeconds' },
      },
    ]);
  });

  it('refuses a field of the other kind: an intervals field in a calls mapping is a mix-up', () => {
    const mixed = { ...calls, columns: { ...calls.columns, offered: 'Erbjudna' } } as CallMapping;
    expect(checkCallMapping(mixed)).toEqual([
      { path: 'columns/offered', code: 'unknown_field', params: { kind: 'calls' } },
    ]);
  });

  it('refuses an unknown kind, time zone, date format and duration unit', () => {
    expect(checkCallMapping({ ...calls, kind: 'agents' } as unknown as CallMapping)).toEqual([
      { path: 'kind', code: 'invalid_choice', params: { options: 'calls, intervals' } },
    ]);
    const bad = { ...calls, timeZone: 'Stockholm', dateFormat: 'YYYYMMDD', durationUnit: 'hours' };
    expect(checkCallMapping(bad as unknown as CallMapping)).toEqual([
      { path: 'timeZone', code: 'invalid_time_zone' },
      {
        path: 'dateFormat',
        code: 'invalid_choice',
        params: { options: 'YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, MM/DD/YYYY' },
      },
      { path: 'durationUnit', code: 'invalid_choice', params: { options: 'seconds, minutes, clock' } },
    ]);
  });

  it('value maps lead to our codes only, and one source code (ignoring case) may not mean two of ours', () => {
    const issues = checkCallMapping({
      ...calls,
      outcomes: { Besvarat: 'answered', besvarat: 'answered', 'BESVARAT ': 'abandoned', Upptaget: 'busy' },
      answeredEnds: { Vidare: 'forwarded' },
    });
    expect(issues).toEqual([
      { path: 'outcomes/BESVARAT ', code: 'value_repeated', params: { value: 'Besvarat' } },
      {
        path: 'outcomes/Upptaget',
        code: 'invalid_choice',
        params: { options: 'answered, abandoned, timeout, exit_key, exit_empty, withdrawn' },
      },
      {
        path: 'answeredEnds/Vidare',
        code: 'invalid_choice',
        params: { options: 'completed_caller, completed_agent, transferred' },
      },
    ]);
  });
});

describe('callRowReader: the header', () => {
  it('matches column names ignoring case and outer spaces, and ignores columns the mapping does not read', () => {
    const header = CALL_HEADER.map((name) => ` ${name.toUpperCase()} `);
    const row = Object.fromEntries(header.map((name, i) => [name, Object.values(CALL_ROW)[i] ?? '']));
    const result = readRow(calls, header, row);
    expect(result).toMatchObject({ call: { callId: 'A-1', outcome: 'answered' } });
  });

  it('names every mapped column the header lacks, on line 1, in field order', () => {
    const found = headerErrors(calls, ['Samtals-ID', 'Kö', 'Inkommet', 'Utfall', 'Väntetid']);
    expect(found).toEqual([
      {
        line: 1,
        column: 'Samtalstid',
        field: 'talkSeconds',
        code: 'csv_column_missing',
        detail: 'The header has no column "Samtalstid", which the mapping reads as the talk time.',
        params: { column: 'Samtalstid' },
      },
      expect.objectContaining({ column: 'Avslut', field: 'answeredEnd', code: 'csv_column_missing' }),
    ]);
  });

  it('refuses a mapped column the header has twice: which one holds the field is unknown', () => {
    expect(headerErrors(calls, [...CALL_HEADER, 'kö']).map((e) => [e.column, e.code])).toEqual([
      ['Kö', 'csv_column_repeated'],
    ]);
  });

  it('an empty header row is one error, not one per column', () => {
    expect(headerErrors(calls, ['', ' ']).map((e) => e.code)).toEqual(['csv_empty']);
  });

  it('a mapping checkCallMapping refuses is reported, not read (a saved mapping from older rules)', () => {
    expect(headerErrors({ ...calls, timeZone: 'Mars/Olympus' }, CALL_HEADER)).toEqual([
      {
        line: 1,
        column: null,
        field: null,
        code: 'mapping_invalid',
        detail: 'The mapping is not valid: timeZone (invalid_time_zone).',
        params: { path: 'timeZone', issue: 'invalid_time_zone' },
      },
    ]);
  });
});

describe('callRowReader: rows', () => {
  it('skips a row whose cells are all empty or blank: a spreadsheet leaves such lines', () => {
    const reader = callRowReader(calls, CALL_HEADER);
    if ('headerErrors' in reader) throw new Error('header');
    expect(reader.read(['', ' ', '', '', '', '', '', ''], 5)).toEqual({ skip: true });
    expect(reader.read([''], 6)).toEqual({ skip: true });
  });

  it('a row with more or fewer cells than the header is one error for the line: the columns have shifted', () => {
    const reader = callRowReader(calls, CALL_HEADER);
    if ('headerErrors' in reader) throw new Error('header');
    expect(reader.read(['A-1', 'Växeln'], 7)).toEqual({
      errors: [
        {
          line: 7,
          column: null,
          field: null,
          code: 'csv_field_count',
          detail: 'The row has 2 cells; the header has 8.',
          params: { expected: 8, found: 2 },
        },
      ],
    });
  });
});

describe('callRowReader: calls', () => {
  it('reads an answered call: Swedish codes through the maps, local time to the instant', () => {
    expect(call()).toEqual({
      callId: 'A-1',
      queue: 'Växeln',
      enteredAt: new Date('2026-03-02T08:00:00Z'), // 09:00 winter time is UTC+1
      outcome: 'answered',
      answeredEnd: 'completed_agent',
      waitSeconds: 38,
      talkSeconds: 220,
    });
  });

  it('reports every bad field of a row, not only the first, in field order', () => {
    expect(
      errors({ 'Samtals-ID': '', Kö: '', Inkommet: '2026-02-30 09:00', Utfall: 'Besvarad', Väntetid: 'x' }),
    ).toEqual([
      ['Samtals-ID', 'required'],
      ['Kö', 'required'],
      ['Inkommet', 'invalid_date_format'],
      ['Utfall', 'invalid_choice'],
      ['Väntetid', 'invalid_duration'],
    ]);
  });

  describe('callId', () => {
    it.each([
      ['trimmed', '  A-1  ', 'A-1'],
      ['200 characters: the longest allowed', 'x'.repeat(200), 'x'.repeat(200)],
    ])('%s', (_case, cell, expected) => {
      expect(call({ 'Samtals-ID': cell }).callId).toBe(expected);
    });

    it('empty -> required: a call without an id cannot be imported twice safely', () => {
      expect(errors({ 'Samtals-ID': ' ' })).toEqual([['Samtals-ID', 'required']]);
    });

    it('201 characters -> too_long, and the sentence does not quote the id (it may hold a number)', () => {
      const result = readRow(calls, CALL_HEADER, { ...CALL_ROW, 'Samtals-ID': '0701234567'.repeat(21) });
      expect(result).toMatchObject({
        errors: [{ column: 'Samtals-ID', code: 'too_long', params: { max: 200 } }],
      });
      if ('errors' in result) expect(result.errors[0]?.detail).not.toContain('0701234567');
    });
  });

  describe('queue', () => {
    it('100 characters: the longest queue name', () => {
      expect(call({ Kö: 'k'.repeat(100) }).queue).toBe('k'.repeat(100));
    });

    it('101 characters -> too_long; empty -> required', () => {
      expect(errors({ Kö: 'k'.repeat(101) })).toEqual([['Kö', 'too_long']]);
      expect(errors({ Kö: '' })).toEqual([['Kö', 'required']]);
    });

    it('a fixed queue gives every row the same queue when the file has none', () => {
      const { queue: _q, ...columns } = calls.columns;
      const header = CALL_HEADER.filter((name) => name !== 'Kö');
      expect(call({}, { ...calls, columns, fixedQueue: ' Bygglov ' }, header).queue).toBe('Bygglov');
    });
  });

  describe('enteredAt', () => {
    it.each([
      ['date and time without seconds', '2026-03-02 09:00', '2026-03-02T08:00:00Z'],
      ['ISO 8601 with a T', '2026-03-02T09:00:15', '2026-03-02T08:00:15Z'],
      ['ISO 8601 with an offset is already an instant', '2026-03-02T09:00:00+02:00', '2026-03-02T07:00:00Z'],
      ['summer time is UTC+2', '2026-07-01 13:45', '2026-07-01T11:45:00Z'],
      ['01:59 before the spring change is still winter time', '2026-03-29 01:59', '2026-03-29T00:59:00Z'],
      ['03:00 after the spring change is summer time', '2026-03-29 03:00', '2026-03-29T01:00:00Z'],
      [
        'the autumn change: 02:30 happens twice, read as the first (summer time)',
        '2026-10-25 02:30',
        '2026-10-25T00:30:00Z',
      ],
      ['03:00 after the autumn change is winter time', '2026-10-25 03:00', '2026-10-25T02:00:00Z'],
    ])('%s', (_case, cell, instant) => {
      expect(call({ Inkommet: cell }).enteredAt).toEqual(new Date(instant));
    });

    it.each([
      [
        '2026-03-29 02:30 never happened: the clocks went from 02:00 to 03:00',
        '2026-03-29 02:30',
        'time_nonexistent',
      ],
      ['a date alone: a call needs its time', '2026-03-02', 'invalid_time'],
      ['24:00 is not a time of day', '2026-03-02 24:00', 'invalid_time'],
      ['30 February is not a day', '2026-02-30 09:00', 'invalid_date_format'],
      ['the wrong date format for the mapping', '02.03.2026 09:00', 'invalid_date_format'],
      ['empty', '', 'required'],
    ])('%s', (_case, cell, code) => {
      expect(errors({ Inkommet: cell })).toEqual([['Inkommet', code]]);
    });

    it('the nonexistent time names the zone in its sentence and params', () => {
      const result = readRow(calls, CALL_HEADER, { ...CALL_ROW, Inkommet: '2026-03-29 02:30' });
      expect(result).toEqual({
        errors: [
          {
            line: 2,
            column: 'Inkommet',
            field: 'enteredAt',
            code: 'time_nonexistent',
            detail:
              '"2026-03-29 02:30" in column "Inkommet" never happened in Europe/Stockholm: the clocks went forward past it.',
            params: { timeZone: 'Europe/Stockholm' },
          },
        ],
      });
    });

    it('the mapping time zone is used: UTC times are taken as they are', () => {
      expect(call({}, { ...calls, timeZone: 'UTC' }).enteredAt).toEqual(new Date('2026-03-02T09:00:00Z'));
    });

    it('another date format: DD.MM.YYYY with a time like 9.05', () => {
      expect(call({ Inkommet: '2.3.2026 9.05' }, { ...calls, dateFormat: 'DD.MM.YYYY' }).enteredAt).toEqual(
        new Date('2026-03-02T08:05:00Z'),
      );
    });
  });

  describe('enteredDate + enteredTime (two columns)', () => {
    const { enteredAt: _e, ...columns } = calls.columns;
    const split: CallsMapping = {
      ...calls,
      columns: { ...columns, enteredDate: 'Datum', enteredTime: 'Tid' },
    };
    const header = [...CALL_HEADER.filter((name) => name !== 'Inkommet'), 'Datum', 'Tid'];
    const read = (date: string, time: string) => call({ Datum: date, Tid: time }, split, header);
    const fail = (date: string, time: string) => errors({ Datum: date, Tid: time }, split, header);

    it('reads the date and the time from their columns', () => {
      expect(read('2026-03-02', '09:00:30').enteredAt).toEqual(new Date('2026-03-02T08:00:30Z'));
    });

    it('a time the clocks skipped is the time column’s error; a bad date the date column’s', () => {
      expect(fail('2026-03-29', '02:30')).toEqual([['Tid', 'time_nonexistent']]);
      expect(fail('2026-03-32', '09:00')).toEqual([['Datum', 'invalid_date_format']]);
      expect(fail('2026-03-02', '9')).toEqual([['Tid', 'invalid_time']]);
    });

    it('both empty -> both required: every bad field is reported', () => {
      expect(fail('', '')).toEqual([
        ['Datum', 'required'],
        ['Tid', 'required'],
      ]);
    });
  });

  describe('outcome', () => {
    it.each([
      ['a mapped Swedish code', 'Besvarat', 'answered'],
      ['a mapped code in other case and with spaces', '  AVBRUTET ', 'abandoned'],
      ['our own code needs no map entry', 'exit_empty', 'exit_empty'],
      ['our own code in capitals', 'WITHDRAWN', 'withdrawn'],
    ])('%s', (_case, cell, outcome) => {
      expect(call({ Utfall: cell, Avslut: '', Samtalstid: '0' }).outcome).toBe(outcome);
    });

    it('an unknown code -> invalid_choice, quoting the code and the options', () => {
      const result = readRow(calls, CALL_HEADER, { ...CALL_ROW, Utfall: 'Besvarad' });
      expect(result).toMatchObject({
        errors: [{ column: 'Utfall', field: 'outcome', code: 'invalid_choice' }],
      });
      if ('errors' in result)
        expect(result.errors[0]?.detail).toBe(
          '"Besvarad" in column "Utfall" is not a known outcome; expected one of: besvarat, avbrutet, tidsgräns, answered, abandoned, timeout, exit_key, exit_empty, withdrawn.',
        );
    });

    it('empty -> required', () => {
      expect(errors({ Utfall: '' })).toEqual([['Utfall', 'required']]);
    });
  });

  describe('waitSeconds', () => {
    it.each([
      ['0 seconds: answered at once', 'seconds', '0', 0],
      ['86,400 seconds: the longest a call may be', 'seconds', '86400', 86_400],
      ['minutes with a decimal comma', 'minutes', '2,5', 150],
      ['a clock m:ss', 'clock', '4:05', 245],
      ['a clock h:mm:ss', 'clock', '1:02:03', 3723],
    ] as const)('%s', (_case, durationUnit, cell, seconds) => {
      expect(call({ Väntetid: cell, Samtalstid: '' }, { ...calls, durationUnit }).waitSeconds).toBe(seconds);
    });

    it.each([
      ['-5 -> invalid_duration: a wait cannot be negative', 'seconds', '-5', 'invalid_duration'],
      ['3.5 seconds -> invalid_duration: seconds are whole', 'seconds', '3.5', 'invalid_duration'],
      [
        '86,401 seconds -> too_big_number: past a day, likely another column',
        'seconds',
        '86401',
        'too_big_number',
      ],
      ['1:60 -> invalid_duration: a clock has no 60th second', 'clock', '1:60', 'invalid_duration'],
      ['empty -> required', 'seconds', '', 'required'],
    ] as const)('%s', (_case, durationUnit, cell, code) => {
      expect(errors({ Väntetid: cell, Samtalstid: '' }, { ...calls, durationUnit })).toEqual([
        ['Väntetid', code],
      ]);
    });
  });

  describe('talkSeconds', () => {
    it('empty -> 0, and no column at all -> 0: talk is optional', () => {
      expect(call({ Samtalstid: '' }).talkSeconds).toBe(0);
      const { talkSeconds: _t, ...columns } = calls.columns;
      expect(call({}, { ...calls, columns }).talkSeconds).toBe(0);
    });

    it('0 on an abandoned call is fine: the platform writes a zero', () => {
      expect(call({ Utfall: 'Avbrutet', Samtalstid: '0', Avslut: '' }).talkSeconds).toBe(0);
    });

    it('1 second on an abandoned call -> talk_without_answer: only answered calls talk', () => {
      expect(errors({ Utfall: 'Avbrutet', Samtalstid: '1', Avslut: '' })).toEqual([
        ['Samtalstid', 'talk_without_answer'],
      ]);
    });

    it('a bad talk time -> invalid_duration', () => {
      expect(errors({ Samtalstid: '3 min' })).toEqual([['Samtalstid', 'invalid_duration']]);
    });
  });

  describe('answeredEnd', () => {
    it.each([
      ['a mapped code', 'Kunden lade på', 'completed_caller'],
      ['our own code', 'transferred', 'transferred'],
      ['empty on an answered call: the file does not say', '', null],
    ])('%s', (_case, cell, answeredEnd) => {
      expect(call({ Avslut: cell }).answeredEnd).toBe(answeredEnd);
    });

    it('no column -> null', () => {
      const { answeredEnd: _a, ...columns } = calls.columns;
      expect(call({}, { ...calls, columns }).answeredEnd).toBeNull();
    });

    it('given on a timed-out call -> answered_end_without_answer', () => {
      expect(errors({ Utfall: 'Tidsgräns', Samtalstid: '' })).toEqual([
        ['Avslut', 'answered_end_without_answer'],
      ]);
    });

    it('an unknown code -> invalid_choice', () => {
      expect(errors({ Avslut: 'Okänt' })).toEqual([['Avslut', 'invalid_choice']]);
    });
  });
});

describe('callRowReader: intervals', () => {
  it('reads a quarter hour: counts, clock totals, within-60 and within-120', () => {
    expect(interval()).toEqual({
      queue: 'Växeln',
      start: new Date('2026-03-02T08:00:00Z'),
      wholeDay: false,
      offered: 40,
      answered: 35,
      abandoned: 5,
      answeredWaitSeconds: 2100,
      answeredWaitUnder60: 30,
      answeredWaitMax120: 34,
      abandonedWaitSeconds: 250,
    });
  });

  it('optional columns absent or empty -> null, never 0 (unknown is not none)', () => {
    const { answeredWaitSeconds: _a, answeredWaitUnder60: _u, ...columns } = intervals.columns;
    const header = INTERVAL_HEADER.filter((name) => name !== 'Väntetid besvarade' && name !== 'Inom 60 s');
    expect(
      interval({ 'Inom 120 s': '', 'Väntetid avbrutna': ' ' }, { ...intervals, columns }, header),
    ).toMatchObject({
      answeredWaitSeconds: null,
      answeredWaitUnder60: null,
      answeredWaitMax120: null,
      abandonedWaitSeconds: null,
    });
  });

  describe('intervalStart', () => {
    it.each([
      ['a winter day starts at 23:00 UTC the day before', '2026-03-02', '2026-03-01T23:00:00Z'],
      ['a summer day starts at 22:00 UTC the day before', '2026-07-01', '2026-06-30T22:00:00Z'],
      ['the spring-change day: its midnight is still winter time', '2026-03-29', '2026-03-28T23:00:00Z'],
      ['the autumn-change day: its midnight is still summer time', '2026-10-25', '2026-10-24T22:00:00Z'],
    ])('a date only is the whole day: %s', (_case, cell, instant) => {
      expect(interval({ Intervall: cell })).toMatchObject({ start: new Date(instant), wholeDay: true });
    });

    it('a date only in DD.MM.YYYY is a whole day too', () => {
      expect(interval({ Intervall: '2.3.2026' }, { ...intervals, dateFormat: 'DD.MM.YYYY' })).toMatchObject({
        start: new Date('2026-03-01T23:00:00Z'),
        wholeDay: true,
      });
    });

    it.each([
      [
        'a date only that is not a day -> invalid_date_format, not a time error',
        '2026-02-29',
        'invalid_date_format',
      ],
      ['02:30 on the spring-change day never happened', '2026-03-29 02:30', 'time_nonexistent'],
      ['empty', '', 'required'],
    ])('%s', (_case, cell, code) => {
      expect(errors({ Intervall: cell }, intervals)).toEqual([['Intervall', code]]);
    });

    it('02:30 on the autumn-change day is its first occurrence, as readLocalDateTime reads it', () => {
      expect(interval({ Intervall: '2026-10-25 02:30' }).start).toEqual(new Date('2026-10-25T00:30:00Z'));
    });

    it('a date and a time column: the time is required, a whole day comes only from a date-only start', () => {
      const { intervalStart: _s, ...columns } = intervals.columns;
      const split: IntervalsMapping = {
        ...intervals,
        columns: { ...columns, intervalDate: 'Datum', intervalTime: 'Tid' },
      };
      const header = [...INTERVAL_HEADER.slice(1), 'Datum', 'Tid'];
      expect(interval({ Datum: '2026-03-02', Tid: '09:15' }, split, header)).toMatchObject({
        start: new Date('2026-03-02T08:15:00Z'),
        wholeDay: false,
      });
      expect(errors({ Datum: '2026-03-02', Tid: '' }, split, header)).toEqual([['Tid', 'required']]);
    });
  });

  describe('counts', () => {
    it.each([
      [
        '0 offered, answered and abandoned: a quiet quarter hour',
        { Erbjudna: '0', Besvarade: '0', Avbrutna: '0', 'Inom 60 s': '0', 'Inom 120 s': '0' },
      ],
      ['1,000,000: the largest count', { Erbjudna: '1000000' }],
      [
        'more answered than offered: aggregate exports do this, and reports flag it',
        { Erbjudna: '30', Besvarade: '35' },
      ],
      ['answered + abandoned above offered: accepted for the same reason', { Erbjudna: '38' }],
      [
        'within 60 s equal to within 120 s: nobody waited 60-120 s',
        { 'Inom 60 s': '34', 'Inom 120 s': '34' },
      ],
      ['within 120 s equal to answered: nobody waited longer', { 'Inom 120 s': '35' }],
      ['leading zeros and spaces', { Erbjudna: ' 040 ' }],
    ])('%s', (_case, changes) => {
      expect(() => interval(changes)).not.toThrow();
    });

    it.each([
      ['-1: a count cannot be negative', '-1', 'invalid_count'],
      ['1.5: calls are whole', '1.5', 'invalid_count'],
      ['"1 000": no thousands separators', '1 000', 'invalid_count'],
      ['1,000,001: past the largest count', '1000001', 'too_big_number'],
      ['empty: offered is required', '', 'required'],
    ])('offered %s', (_case, cell, code) => {
      expect(errors({ Erbjudna: cell }, intervals)).toEqual([['Erbjudna', code]]);
    });

    it('within 60 s above within 120 s -> under_60_exceeds_max_120: every call within 60 s is within 120 s', () => {
      expect(errors({ 'Inom 60 s': '35', 'Inom 120 s': '34' }, intervals)).toEqual([
        ['Inom 60 s', 'under_60_exceeds_max_120'],
      ]);
    });

    it('within 120 s one above answered -> exceeds_answered', () => {
      expect(errors({ 'Inom 120 s': '36' }, intervals)).toEqual([['Inom 120 s', 'exceeds_answered']]);
    });

    it('within 60 s above answered without a within-120 column -> exceeds_answered', () => {
      const { answeredWaitMax120: _m, ...columns } = intervals.columns;
      const header = INTERVAL_HEADER.filter((name) => name !== 'Inom 120 s');
      expect(errors({ 'Inom 60 s': '36' }, { ...intervals, columns }, header)).toEqual([
        ['Inom 60 s', 'exceeds_answered'],
      ]);
    });

    it('both above answered and out of order -> all three errors', () => {
      expect(errors({ Besvarade: '10', 'Inom 60 s': '20', 'Inom 120 s': '15' }, intervals)).toEqual([
        ['Inom 60 s', 'under_60_exceeds_max_120'],
        ['Inom 60 s', 'exceeds_answered'],
        ['Inom 120 s', 'exceeds_answered'],
      ]);
    });
  });

  describe('wait totals', () => {
    it.each([
      ['a clock past 24 hours: a busy day’s total', 'clock', '30:00:00', 108_000],
      ['minutes past a day', 'minutes', '1500', 90_000],
      ['seconds past a day', 'seconds', '90000', 90_000],
      ['100,000,000 seconds: the largest total', 'seconds', '100000000', 100_000_000],
    ] as const)('%s', (_case, durationUnit, cell, seconds) => {
      expect(
        interval({ 'Väntetid besvarade': cell, 'Väntetid avbrutna': '' }, { ...intervals, durationUnit }),
      ).toMatchObject({
        answeredWaitSeconds: seconds,
      });
    });

    it.each([
      [
        '100,000,001 seconds: an epoch time in the wait column, say',
        'seconds',
        '100000001',
        'too_big_number',
      ],
      ['a clock with 75 minutes', 'clock', '1:75:00', 'invalid_duration'],
      ['negative', 'seconds', '-3', 'invalid_duration'],
    ] as const)('%s', (_case, durationUnit, cell, code) => {
      expect(
        errors({ 'Väntetid besvarade': cell, 'Väntetid avbrutna': '' }, { ...intervals, durationUnit }),
      ).toEqual([['Väntetid besvarade', code]]);
    });
  });

  it('a fixed queue with no queue column', () => {
    const { queue: _q, ...columns } = intervals.columns;
    const header = INTERVAL_HEADER.filter((name) => name !== 'Kö');
    expect(interval({}, { ...intervals, columns, fixedQueue: 'Skola' }, header).queue).toBe('Skola');
  });

  it('reports every bad field of an interval row', () => {
    expect(
      errors({ Intervall: '2026-03-02 9', Kö: '', Erbjudna: 'många', Avbrutna: '-1' }, intervals),
    ).toEqual([
      ['Intervall', 'invalid_time'],
      ['Kö', 'required'],
      ['Erbjudna', 'invalid_count'],
      ['Avbrutna', 'invalid_count'],
    ]);
  });
});
