import { describe, expect, it } from 'vitest';
import {
  calendarDayOf,
  calendarDayRange,
  isCalendarDay,
  isSameCalendarDay,
  nextCalendarDay,
  startOfCalendarDay,
} from './calendar-day.js';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe('calendarDayOf (Europe/Stockholm)', () => {
  it.each([
    ['2026-01-15T22:59:59.999Z', '2026-01-15', 'winter, UTC+1: 23:59:59.999 local is still the 15th'],
    ['2026-01-15T23:00:00.000Z', '2026-01-16', 'winter, UTC+1: 23:00 UTC is midnight local'],
    ['2026-07-01T21:59:59.999Z', '2026-07-01', 'summer, UTC+2: 23:59:59.999 local'],
    ['2026-07-01T22:00:00.000Z', '2026-07-02', 'summer, UTC+2: 22:00 UTC is midnight local'],
    ['2025-12-31T23:00:00.000Z', '2026-01-01', 'new year arrives an hour before it does in UTC'],
    ['2026-03-29T00:59:59.999Z', '2026-03-29', 'spring-forward day: 01:59:59 CET, just before the change'],
    ['2026-03-29T01:00:00.000Z', '2026-03-29', 'spring-forward day: 03:00 CEST, just after the change'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25', 'fall-back day: 02:30 CEST, the first 02:30'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25', 'fall-back day: 02:30 CET, the second 02:30'],
  ])('%s -> %s (%s)', (instant, day) => {
    expect(calendarDayOf(at(instant))).toBe(day);
  });
});

describe('startOfCalendarDay', () => {
  it.each([
    ['2026-01-16', '2026-01-15T23:00:00.000Z', 'winter: midnight CET = 23:00 UTC the day before'],
    ['2026-07-02', '2026-07-01T22:00:00.000Z', 'summer: midnight CEST = 22:00 UTC the day before'],
    [
      '2026-03-29',
      '2026-03-28T23:00:00.000Z',
      'spring-forward day starts in winter time (the change is at 02:00)',
    ],
    ['2026-03-30', '2026-03-29T22:00:00.000Z', 'the day after starts in summer time'],
    [
      '2026-10-25',
      '2026-10-24T22:00:00.000Z',
      'fall-back day starts in summer time (the change is at 03:00)',
    ],
    ['2026-10-26', '2026-10-25T23:00:00.000Z', 'the day after starts in winter time'],
  ])('%s -> %s (%s)', (day, instant) => {
    expect(startOfCalendarDay(day).toISOString()).toBe(instant);
  });

  it('spring-forward day is 23 hours long, fall-back day 25 (2026-03-29 and 2026-10-25)', () => {
    const length = (day: string) =>
      startOfCalendarDay(nextCalendarDay(day)).getTime() - startOfCalendarDay(day).getTime();
    expect(length('2026-03-29')).toBe(23 * HOUR);
    expect(length('2026-10-25')).toBe(25 * HOUR);
    expect(length('2026-06-15')).toBe(24 * HOUR);
  });

  it('refuses text that is not a real day', () => {
    expect(() => startOfCalendarDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('calendarDayRange', () => {
  it('March 2026: from midnight CET on the 1st to midnight CEST after the 31st (one hour short of 31 days)', () => {
    const { start, end } = calendarDayRange('2026-03-01', '2026-03-31');
    expect(start.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(end.getTime() - start.getTime()).toBe((31 * 24 - 1) * HOUR);
  });

  it('one day: from = to covers exactly that day', () => {
    const { start, end } = calendarDayRange('2026-07-01', '2026-07-01');
    expect([start.toISOString(), end.toISOString()]).toEqual([
      '2026-06-30T22:00:00.000Z',
      '2026-07-01T22:00:00.000Z',
    ]);
  });
});

describe('isSameCalendarDay', () => {
  it('00:30 and 23:30 local on the 25-hour fall-back day: same day, 24 h apart in UTC', () => {
    expect(isSameCalendarDay(at('2026-10-24T22:30:00Z'), at('2026-10-25T22:30:00Z'))).toBe(true);
  });

  it('00:10 and 23:50 local on the 23-hour spring-forward day: same day', () => {
    expect(isSameCalendarDay(at('2026-03-28T23:10:00Z'), at('2026-03-29T21:50:00Z'))).toBe(true);
  });

  it('23:50 and 00:10 local: other days, though 20 minutes apart', () => {
    expect(isSameCalendarDay(at('2026-05-04T21:50:00Z'), at('2026-05-04T22:10:00Z'))).toBe(false);
  });

  it('same UTC date 21:00 and 23:30 UTC in winter: other local days (22:00 and 00:30 local)', () => {
    expect(isSameCalendarDay(at('2026-02-10T21:00:00Z'), at('2026-02-10T23:30:00Z'))).toBe(false);
  });
});

describe('isCalendarDay / nextCalendarDay', () => {
  it.each([
    ['2026-02-28', true, 'a real day'],
    ['2028-02-29', true, '2028 is a leap year'],
    ['2026-02-29', false, '2026 is not'],
    ['2026-13-01', false, 'no month 13'],
    ['2026-1-01', false, 'month needs two digits'],
    ['26-01-01', false, 'year needs four digits'],
  ])('%s -> %s (%s)', (text, ok) => {
    expect(isCalendarDay(text)).toBe(ok);
  });

  it('month, year and leap-day rollovers', () => {
    expect(nextCalendarDay('2026-01-31')).toBe('2026-02-01');
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
    expect(nextCalendarDay('2028-02-28')).toBe('2028-02-29');
  });
});
