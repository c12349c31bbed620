import { describe, expect, it } from 'vitest';
import { instantAtLocalTime, utcOffsetMinutes } from './local-time.js';

const iso = (day: string, minute: number) => instantAtLocalTime(day, minute).toISOString();

describe('instantAtLocalTime (Europe/Stockholm)', () => {
  it.each([
    ['2026-01-15', 9 * 60 + 30, '2026-01-15T08:30:00.000Z', 'winter, UTC+1'],
    ['2026-07-01', 9 * 60 + 30, '2026-07-01T07:30:00.000Z', 'summer, UTC+2'],
    ['2026-03-27', 9 * 60 + 30, '2026-03-27T08:30:00.000Z', 'the Friday before the change: still winter'],
    ['2026-03-29', 1 * 60 + 30, '2026-03-29T00:30:00.000Z', 'spring-forward day, 01:30 CET'],
    ['2026-03-29', 2 * 60 + 30, '2026-03-29T01:30:00.000Z', '02:30 does not exist: read as 03:30 CEST'],
    ['2026-03-29', 3 * 60 + 30, '2026-03-29T01:30:00.000Z', '03:30 CEST'],
    ['2026-03-30', 9 * 60 + 30, '2026-03-30T07:30:00.000Z', 'the Monday after: summer'],
    ['2026-10-25', 1 * 60 + 30, '2026-10-24T23:30:00.000Z', 'fall-back day, 01:30 CEST'],
    ['2026-10-25', 2 * 60 + 30, '2026-10-25T00:30:00.000Z', '02:30 happens twice: the first, in CEST'],
    ['2026-10-25', 3 * 60 + 30, '2026-10-25T02:30:00.000Z', '03:30 CET'],
    ['2026-10-26', 9 * 60 + 30, '2026-10-26T08:30:00.000Z', 'the Monday after: winter'],
    ['2026-01-01', 0, '2025-12-31T23:00:00.000Z', 'midnight of new year'],
    ['2026-06-30', 23 * 60 + 59.5, '2026-06-30T21:59:30.000Z', 'fractions are seconds'],
  ])('%s minute %s -> %s (%s)', (day, minute, expected) => {
    expect(iso(day, minute)).toBe(expected);
  });

  it('refuses a minute outside the day and a malformed day', () => {
    expect(() => instantAtLocalTime('2026-01-01', 1440)).toThrow(RangeError);
    expect(() => instantAtLocalTime('2026-01-01', -1)).toThrow(RangeError);
    expect(() => instantAtLocalTime('2026-13-01', 0)).toThrow(RangeError);
  });
});

describe('utcOffsetMinutes', () => {
  it('60 in winter, 120 in summer, 0 in UTC', () => {
    expect(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
    expect(utcOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(utcOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });
});
