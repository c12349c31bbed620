import { describe, expect, it } from 'vitest';
import {
  dayAsDate,
  formatDayLong,
  formatDayMonth,
  formatDayShort,
  formatDecimal,
  formatInteger,
  formatLocaleOf,
  formatMoment,
  formatMonth,
  formatPercent,
  formatPeriodKey,
  formatPlainDecimal,
  formatPoints,
  formatSeconds,
  formatWeek,
  formatWeekdayLong,
  wallClockDate,
} from './format.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('numbers', () => {
  it('Swedish: no-break space between thousands, decimal comma, true minus', () => {
    expect(formatInteger(12345, 'sv')).toBe(`12${NBSP}345`);
    expect(formatInteger(1234567.6, 'sv')).toBe(`1${NBSP}234${NBSP}568`);
    expect(formatInteger(999, 'sv')).toBe('999');
    expect(formatInteger(-4321, 'sv')).toBe(`${MINUS}4${NBSP}321`);
    expect(formatDecimal(1234.56, 1, 'sv')).toBe(`1${NBSP}234,6`);
    expect(formatDecimal(-4.05, 2, 'sv')).toBe(`${MINUS}4,05`);
    expect(formatDecimal(3, 1, 'sv')).toBe('3,0');
    expect(formatDecimal(-0.04, 1, 'sv')).toBe('0,0');
  });

  it('English: comma between thousands, decimal point, true minus', () => {
    expect(formatInteger(12345, 'en')).toBe('12,345');
    expect(formatDecimal(1234.56, 1, 'en')).toBe('1,234.6');
    expect(formatDecimal(-4.1, 1, 'en')).toBe(`${MINUS}4.1`);
  });

  it('percent: "12,3 %" with a no-break space in Swedish, "12.3%" in English', () => {
    expect(formatPercent(0.123, 'sv')).toBe(`12,3${NBSP}%`);
    expect(formatPercent(0.8765, 'sv')).toBe(`87,7${NBSP}%`);
    expect(formatPercent(1, 'sv')).toBe(`100,0${NBSP}%`);
    expect(formatPercent(0.5, 'sv', 0)).toBe(`50${NBSP}%`);
    expect(formatPercent(0.123, 'en')).toBe('12.3%');
    expect(formatPercent(-0.041, 'en')).toBe(`${MINUS}4.1%`);
  });

  it('percentage points: a signed difference without the sign of percent', () => {
    expect(formatPoints(-0.041, 'sv')).toBe(`${MINUS}4,1`);
    expect(formatPoints(0.0265, 'sv')).toBe('2,7');
    expect(formatPoints(0.0265, 'en')).toBe('2.7');
  });

  it('seconds as whole seconds', () => {
    expect(formatSeconds(54.6, 'sv')).toBe(`55${NBSP}s`);
    expect(formatSeconds(1234, 'sv')).toBe(`1${NBSP}234${NBSP}s`);
    expect(formatSeconds(1234, 'en')).toBe(`1,234${NBSP}s`);
  });

  it('a spreadsheet number: no thousands separator, comma in Swedish, hyphen-minus, no "-0"', () => {
    expect(formatPlainDecimal(1234.56, 1, 'sv')).toBe('1234,6');
    expect(formatPlainDecimal(1234.56, 1, 'en')).toBe('1234.6');
    expect(formatPlainDecimal(-0.31, 1, 'sv')).toBe('-0,3');
    expect(formatPlainDecimal(-0.01, 1, 'sv')).toBe('0,0');
    expect(formatPlainDecimal(86.5, 0, 'sv')).toBe('87');
    expect(formatPlainDecimal(0.8765, 1, 'sv', { percent: true })).toBe('87,7');
    expect(formatPlainDecimal(-0.041, 1, 'en', { percent: true })).toBe('-4.1');
  });
});

describe('weeks, months, days', () => {
  it('a week is "v. 50 2026", never "2026-W50"', () => {
    expect(formatWeek('2026-W50', 'sv')).toBe(`v.${NBSP}50 2026`);
    expect(formatWeek('2026-W05', 'sv')).toBe(`v.${NBSP}5 2026`);
    expect(formatWeek('2026-W53', 'en')).toBe('W53 2026');
    expect(() => formatWeek('2026-50', 'sv')).toThrow(RangeError);
  });

  it('a month is "maj 2026" / "May 2026"', () => {
    expect(formatMonth('2026-05', 'sv')).toBe('maj 2026');
    expect(formatMonth('2026-11', 'sv')).toBe('nov. 2026');
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
  });

  it('a day in prose is "30 november 2026", in a table ÅÅÅÅ-MM-DD (sv) or "30 Nov 2026" (en)', () => {
    expect(formatDayLong('2026-11-30', 'sv')).toBe('30 november 2026');
    expect(formatDayLong('2026-03-03', 'en')).toBe('3 March 2026');
    expect(formatWeekdayLong('2026-11-30', 'sv')).toBe('måndag 30 november');
    expect(formatWeekdayLong('2026-03-03', 'en')).toBe('Tuesday 3 March');
    expect(formatDayShort('2026-11-30', 'sv')).toBe('2026-11-30');
    expect(formatDayMonth('2026-03-02', 'sv')).toBe('2 mars');
    expect(formatDayMonth('2026-11-30', 'sv')).toBe('30 nov.');
    expect(formatDayMonth('2026-03-02', 'en')).toBe('2 Mar');
    expect(formatDayShort('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(() => formatDayShort('30/11/2026', 'sv')).toThrow(RangeError);
  });

  it('a period key is read by its form', () => {
    expect(formatPeriodKey('2026-W09', 'sv')).toBe(`v.${NBSP}9 2026`);
    expect(formatPeriodKey('2026-12', 'en')).toBe('Dec 2026');
    expect(formatPeriodKey('2026-12-06', 'sv')).toBe('2026-12-06');
    expect(formatPeriodKey('Q4', 'sv')).toBe('Q4');
  });
});

describe('moments', () => {
  it('a timestamp in Stockholm time, never "2026-12-06T..."', () => {
    // 13:05 UTC is 14:05 in Stockholm in winter; 21:30 UTC on 30 June is 23:30 (summer time).
    expect(formatMoment('2026-11-30T13:05:00Z', 'sv', { timeZone: 'Europe/Stockholm' })).toBe(
      '2026-11-30 14:05',
    );
    expect(formatMoment('2026-11-30T13:05:00Z', 'en', { timeZone: 'Europe/Stockholm' })).toBe(
      '30 Nov 2026, 14:05',
    );
    expect(formatMoment('2026-06-30T22:30:00Z', 'sv', { timeZone: 'Europe/Stockholm', dateOnly: true })).toBe(
      '2026-07-01',
    );
    expect(() => formatMoment('yesterday', 'sv')).toThrow(RangeError);
  });

  it('a spreadsheet date holds the wall-clock time in its UTC fields', () => {
    expect(wallClockDate('2026-11-30T13:05:09Z', 'Europe/Stockholm').toISOString()).toBe(
      '2026-11-30T14:05:09.000Z',
    );
    expect(wallClockDate('2026-06-30T22:30:00Z', 'Europe/Stockholm').toISOString()).toBe(
      '2026-07-01T00:30:00.000Z',
    );
    expect(dayAsDate('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('the interface language picks the locale', () => {
    expect(formatLocaleOf('sv')).toBe('sv');
    expect(formatLocaleOf('en-GB')).toBe('en');
    expect(formatLocaleOf('de')).toBe('sv');
  });
});
