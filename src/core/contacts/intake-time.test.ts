import { describe, expect, it } from 'vitest';
import { isTimeZone, parseDate, parseTime, readLocalDateTime, zonedInstant } from './intake-time.js';

const STHLM = 'Europe/Stockholm';
const at = (text: string) => new Date(text);

describe('zonedInstant: Stockholm local time to UTC', () => {
  it.each([
    [
      'winter: +1 h',
      { year: 2026, month: 1, day: 15, hour: 9, minute: 0, second: 0 },
      '2026-01-15T08:00:00.000Z',
    ],
    [
      'summer: +2 h',
      { year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 },
      '2026-07-01T07:00:00.000Z',
    ],
    [
      '29 March 01:59:59, the last winter second',
      { year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 },
      '2026-03-29T00:59:59.000Z',
    ],
    [
      '29 March 03:00, the first summer minute',
      { year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 },
      '2026-03-29T01:00:00.000Z',
    ],
    [
      '25 October 02:30 happens twice: the first, still +2',
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 },
      '2026-10-25T00:30:00.000Z',
    ],
    [
      '25 October 03:00, once, +1',
      { year: 2026, month: 10, day: 25, hour: 3, minute: 0, second: 0 },
      '2026-10-25T02:00:00.000Z',
    ],
    [
      'midnight before the March change',
      { year: 2026, month: 3, day: 29, hour: 0, minute: 0, second: 0 },
      '2026-03-28T23:00:00.000Z',
    ],
  ])('%s', (_name, local, expected) => {
    expect(zonedInstant(local, STHLM)?.toISOString()).toBe(expected);
  });

  it('29 March 02:00-02:59 does not exist (clocks go from 02:00 to 03:00)', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 0, second: 0 }, STHLM)).toBeNull();
    expect(
      zonedInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 59, second: 59 }, STHLM),
    ).toBeNull();
  });

  it('UTC is UTC', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'UTC')).toEqual(
      at('2026-03-29T02:30:00Z'),
    );
  });
});

describe('parseDate and parseTime', () => {
  it.each([
    ['2026-03-29', 'YYYY-MM-DD', { year: 2026, month: 3, day: 29 }],
    ['29/03/2026', 'DD/MM/YYYY', { year: 2026, month: 3, day: 29 }],
    ['29.3.2026', 'DD.MM.YYYY', { year: 2026, month: 3, day: 29 }],
    ['03/29/2026', 'MM/DD/YYYY', { year: 2026, month: 3, day: 29 }],
  ] as const)('%s as %s', (text, format, expected) => {
    expect(parseDate(text, format)).toEqual(expected);
  });

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['2026-13-01', 'month 13'],
    ['29/03/2026', 'another format'],
  ])('refuses %s (%s)', (text) => {
    expect(parseDate(text, 'YYYY-MM-DD')).toBeNull();
  });

  it('reads 9:15, 09.15 and 09:15:30; refuses 24:00 and 9:60', () => {
    expect(parseTime('9:15')).toEqual({ hour: 9, minute: 15, second: 0 });
    expect(parseTime('09.15')).toEqual({ hour: 9, minute: 15, second: 0 });
    expect(parseTime('09:15:30')).toEqual({ hour: 9, minute: 15, second: 30 });
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9:60')).toBeNull();
  });
});

describe('readLocalDateTime', () => {
  it('date and time in one cell, with a space or a T', () => {
    expect(readLocalDateTime('2026-01-15 09:00', null, 'YYYY-MM-DD', STHLM)).toEqual(
      at('2026-01-15T08:00:00Z'),
    );
    expect(readLocalDateTime('2026-07-01T09:00:30', null, 'YYYY-MM-DD', STHLM)).toEqual(
      at('2026-07-01T07:00:30Z'),
    );
    expect(readLocalDateTime('15.01.2026 9:00', null, 'DD.MM.YYYY', STHLM)).toEqual(
      at('2026-01-15T08:00:00Z'),
    );
  });

  it('date and time in two cells', () => {
    expect(readLocalDateTime('2026-01-15', '09:00', 'YYYY-MM-DD', STHLM)).toEqual(at('2026-01-15T08:00:00Z'));
  });

  it('an ISO 8601 instant with an offset is taken as it is, whatever the format', () => {
    expect(readLocalDateTime('2026-03-29T02:30:00+01:00', null, 'DD/MM/YYYY', STHLM)).toEqual(
      at('2026-03-29T01:30:00Z'),
    );
    expect(readLocalDateTime('2026-03-29T01:30:00Z', null, 'YYYY-MM-DD', STHLM)).toEqual(
      at('2026-03-29T01:30:00Z'),
    );
  });

  it('says what is wrong', () => {
    expect(readLocalDateTime('2026-01-15', null, 'YYYY-MM-DD', STHLM)).toBe('invalid_time');
    expect(readLocalDateTime('15/01/2026 09:00', null, 'YYYY-MM-DD', STHLM)).toBe('invalid_date_format');
    expect(readLocalDateTime('2026-01-15', '25:00', 'YYYY-MM-DD', STHLM)).toBe('invalid_time');
    expect(readLocalDateTime('2026-03-29', '02:30', 'YYYY-MM-DD', STHLM)).toBe('time_nonexistent');
  });
});

describe('isTimeZone', () => {
  it('knows Europe/Stockholm and UTC, not a misspelling', () => {
    expect(isTimeZone('Europe/Stockholm')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Stokholm')).toBe(false);
  });
});
