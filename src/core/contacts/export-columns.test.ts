import { describe, expect, it } from 'vitest';
import {
  CONTACT_EXPORT_COLUMNS,
  contactExportCells,
  contactExportFileName,
  contactExportHeaders,
  csvTextOf,
  formatCsvRecords,
  formatWallClock,
  wallClockOf,
  type ContactExportRecord,
} from './export-columns.js';

/** A forwarded, failure-demand problem with every optional field given. */
const full: ContactExportRecord = {
  startedAt: new Date('2026-11-22T07:30:00Z'),
  channel: 'visit',
  durationSeconds: 245,
  need: 'problem',
  problemKind: 'delivery',
  topicPath: 'Vatten och avlopp › Faktura',
  ownerUnit: 'Samhällsbyggnad › Vatten och avfall',
  concernsExistingCase: true,
  caseReference: 'KS 2017/380',
  resolution: 'forwarded',
  forwardedToUnit: 'Samhällsbyggnad › Vatten och avfall',
  isFailureDemand: true,
  failureReason: 'municipality_error',
  citizenGender: 'woman',
  citizenAgeBand: '30-39',
  citizenDistrict: 'Jakobsberg',
  summary: 'Fakturan var fel, [personnummer] maskerat.',
};

/** A plain resolved question with nothing optional. */
const bare: ContactExportRecord = {
  ...full,
  channel: 'phone',
  need: 'want_to_know',
  problemKind: null,
  concernsExistingCase: false,
  caseReference: null,
  resolution: 'resolved_self',
  forwardedToUnit: null,
  isFailureDemand: false,
  failureReason: null,
  citizenGender: null,
  citizenAgeBand: null,
  citizenDistrict: null,
  summary: '',
};

describe('contactExportHeaders', () => {
  it('Swedish by default wording, English on request, same count as the cells', () => {
    expect(contactExportHeaders('sv')).toEqual([
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
    ]);
    expect(contactExportHeaders('en')[0]).toBe('Start time');
    expect(contactExportCells(full, 'sv')).toHaveLength(CONTACT_EXPORT_COLUMNS.length);
  });

  it('no column names who logged the contact (guides are not ranked)', () => {
    const headers = [...contactExportHeaders('sv'), ...contactExportHeaders('en')].join(' ').toLowerCase();
    for (const word of ['guide', 'logged', 'registrerad', 'handläggare', 'user', 'användare'])
      expect(headers).not.toContain(word);
  });
});

describe('contactExportCells', () => {
  it('every field filled: codes become labels, booleans Ja/Nej', () => {
    expect(contactExportCells(full, 'sv').map(csvTextOf)).toEqual([
      '2026-11-22 08:30',
      'Besök',
      '245',
      'Problem',
      'Hur den levererades',
      'Vatten och avlopp › Faktura',
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
      'Fakturan var fel, [personnummer] maskerat.',
    ]);
  });

  it('nothing optional: null cells (empty in CSV), Nej for the booleans', () => {
    const cells = contactExportCells(bare, 'sv');
    expect(cells.slice(1, 5)).toEqual(['Telefon', 245, 'Vill veta', null]);
    expect(cells.slice(7, 17)).toEqual([
      'Nej',
      null,
      'Löst direkt',
      null,
      'Nej',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('English labels, Yes/No', () => {
    const cells = contactExportCells(full, 'en');
    expect([cells[1], cells[3], cells[7], cells[9], cells[12], cells[13]]).toEqual([
      'Visit',
      'Problem',
      'Yes',
      'Forwarded',
      'Error by the municipality',
      'Woman',
    ]);
  });

  it('the start time as a local date-time cell, the duration as a number', () => {
    const [start, , duration] = contactExportCells(full, 'sv');
    expect(start).toEqual({ kind: 'local_date_time', wallClock: new Date('2026-11-22T08:30:00Z') });
    expect(duration).toBe(245);
  });
});

describe('wallClockOf (Europe/Stockholm)', () => {
  it.each([
    ['2026-11-22T07:30:00Z', '2026-11-22 08:30', 'winter, UTC+1'],
    ['2026-07-01T06:30:00Z', '2026-07-01 08:30', 'summer, UTC+2'],
    ['2026-03-28T23:00:00Z', '2026-03-29 00:00', 'midnight local is the next day in the file'],
    ['2026-10-25T00:30:00Z', '2026-10-25 02:30', 'fall-back day: the first 02:30 (CEST)'],
    ['2026-10-25T01:30:00Z', '2026-10-25 02:30', 'fall-back day: the second 02:30 (CET), same wall clock'],
    ['2026-11-22T07:30:59.999Z', '2026-11-22 08:30', 'seconds are kept in the date but not shown'],
  ])('%s -> %s (%s)', (instant, text) => {
    expect(formatWallClock({ kind: 'local_date_time', wallClock: wallClockOf(new Date(instant)) })).toBe(
      text,
    );
  });
});

describe('formatCsvRecords', () => {
  it('semicolons, CRLF after every record, quotes only where needed', () => {
    expect(
      formatCsvRecords([
        ['a', 'b c'],
        ['x;y', 'say "hi"'],
      ]),
    ).toBe('a;b c\r\n"x;y";"say ""hi"""\r\n');
  });

  it('a line break inside a field is quoted and kept', () => {
    expect(formatCsvRecords([['rad 1\nrad 2']])).toBe('"rad 1\nrad 2"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x")', 'equals sign'],
    ['+46 8 123', 'plus'],
    ['-1', 'minus'],
    ['@SUM(A1)', 'at sign'],
    ['\tx', 'tab'],
  ])('a text starting like a formula gets an apostrophe: %j (%s)', (text) => {
    const cell = formatCsvRecords([[text]]).replace(/^"/, '');
    expect(cell.startsWith(`'${text.slice(0, 1)}`)).toBe(true);
  });

  it('with negativeNumbers, a negative number is written as a number, and a formula still escaped', () => {
    expect(formatCsvRecords([['-92,4', '-1', '-1+1', '-x', '=1']], { negativeNumbers: true })).toBe(
      `-92,4;-1;"'-1+1";"'-x";"'=1"\r\n`,
    );
  });

  it('no records: nothing (the header is a record too)', () => {
    expect(formatCsvRecords([])).toBe('');
  });
});

describe('contactExportFileName', () => {
  const today = '2026-11-22';
  it.each([
    ['2026-11-01', '2026-11-15', 'sv', 'csv', 'kontakter-2026-11-01--2026-11-15.csv'],
    ['2026-11-01', undefined, 'sv', 'xlsx', 'kontakter-2026-11-01--2026-11-22.xlsx'],
    [undefined, '2026-11-15', 'sv', 'csv', 'kontakter-till-2026-11-15.csv'],
    [undefined, undefined, 'sv', 'csv', 'kontakter-till-2026-11-22.csv'],
    ['2026-11-01', '2026-11-15', 'en', 'xlsx', 'contacts-2026-11-01--2026-11-15.xlsx'],
  ] as const)('from %s to %s (%s, %s) -> %s', (from, to, locale, extension, name) => {
    expect(contactExportFileName({ from, to, today, extension, locale })).toBe(name);
  });
});
