import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../contacts/calendar-day.js';
import { calendarDayOfNumber, dayNumberOf, localDayNumbers, localSeconds } from './local-day.js';

describe('localDayNumbers', () => {
  const stockholm = localDayNumbers('Europe/Stockholm');
  const dayOf = (iso: string) => calendarDayOfNumber(stockholm(Date.parse(iso) / 1000));

  it('00:30 local in summer is that local day, though UTC is still the day before', () => {
    expect(dayOf('2026-06-30T22:30:00Z')).toBe('2026-07-01');
  });

  it('23:59:59 local in winter is still that day (UTC+1)', () => {
    expect(dayOf('2026-01-15T22:59:59Z')).toBe('2026-01-15');
    expect(dayOf('2026-01-15T23:00:00Z')).toBe('2026-01-16');
  });

  it('the 23-hour day of 2026-03-29 and the 25-hour day of 2026-10-25 end at local midnight', () => {
    // 2026-03-29 runs from 2026-03-28T23:00Z to 2026-03-29T22:00Z (23 h).
    expect(dayOf('2026-03-28T22:59:59Z')).toBe('2026-03-28');
    expect(dayOf('2026-03-28T23:00:00Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T21:59:59Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T22:00:00Z')).toBe('2026-03-30');
    // 2026-10-25 runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z (25 h).
    expect(dayOf('2026-10-24T21:59:59Z')).toBe('2026-10-24');
    expect(dayOf('2026-10-24T22:00:00Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T22:59:59Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });

  it('agrees with Intl (calendarDayOf) on every 7 minutes and 13 seconds of a year', () => {
    const start = Date.parse('2026-01-01T00:00:00Z') / 1000;
    for (let t = start; t < start + 366 * 86_400; t += 433) {
      expect(calendarDayOfNumber(stockholm(t))).toBe(calendarDayOf(new Date(t * 1000), 'Europe/Stockholm'));
    }
  });

  it('day numbers count from 1970-01-01 both ways', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2026-12-03')).toBe(20_790);
    expect(calendarDayOfNumber(20_790)).toBe('2026-12-03');
  });

  it('local seconds give the wall-clock hour: 07:30 UTC is 09:30 in Stockholm in summer, 08:30 in winter', () => {
    const local = localSeconds('Europe/Stockholm');
    const hour = (iso: string) => Math.floor((local(Date.parse(iso) / 1000) % 86_400) / 3_600);
    expect(hour('2026-06-15T07:30:00Z')).toBe(9);
    expect(hour('2026-01-15T07:30:00Z')).toBe(8);
  });
});
