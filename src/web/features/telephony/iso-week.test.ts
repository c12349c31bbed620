import { describe, expect, it } from 'vitest';
import {
  addDays,
  addIsoWeeks,
  defaultWeekRange,
  isCalendarDay,
  isIsoWeek,
  isoWeekOfDay,
  localDay,
  mondayOfIsoWeek,
  weekdayIndex,
  weeksInIsoYear,
} from './iso-week.js';

describe('ISO weeks in the browser (the same cases as core/telephony/iso-week.test.ts)', () => {
  it.each([
    ['2025-12-29', '2026-W01'], // the Monday before New Year starts week 1 (Thursday 1 Jan is in it)
    ['2026-01-01', '2026-W01'],
    ['2026-03-02', '2026-W10'],
    ['2027-01-01', '2026-W53'], // a Friday: its Thursday is 31 Dec 2026
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week);
  });

  it('knows 53-week years: 2026 starts on a Thursday, 2020 is a leap year starting on a Wednesday', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it.each(['2026-W01', '2026-W10', '2026-W53', '2020-W53'])('%s is a week', (text) => {
    expect(isIsoWeek(text)).toBe(true);
  });

  it.each(['2026-10', '2026-W1', '2026W10', '2026-w10', '2026-W00', '2026-W54', '2025-W53', ' 2026-W10', ''])(
    '%j is not a week',
    (text) => {
      expect(isIsoWeek(text)).toBe(false);
    },
  );

  it('finds the Monday of a week, across New Year', () => {
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2026-W10')).toBe('2026-03-02');
    expect(mondayOfIsoWeek('2027-W01')).toBe('2027-01-04');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
  });

  it('counts weeks forward and back across a 53-week year', () => {
    expect(addIsoWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addIsoWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(addIsoWeeks('2026-W10', -9)).toBe('2026-W01');
    expect(addIsoWeeks('2026-W05', -9)).toBe('2025-W48');
  });

  it('defaults to the ten weeks ending with the last complete week', () => {
    // Wednesday 4 March 2026 is in week 10: the ten weeks ending with week 9, the last complete one.
    expect(defaultWeekRange('2026-03-04')).toEqual({ from: '2025-W52', to: '2026-W09' });
    // 2026-01-14 is in week 3: eight weeks of 2025 (W45..W52) and two of 2026.
    expect(defaultWeekRange('2026-01-14')).toEqual({ from: '2025-W45', to: '2026-W02' });
    expect(defaultWeekRange('2026-03-04', 1)).toEqual({ from: '2026-W09', to: '2026-W09' });
    // A Monday: last week, not the hours-old week.
    expect(defaultWeekRange('2026-12-07', 1)).toEqual({ from: '2026-W49', to: '2026-W49' });
  });
});

describe('calendar days', () => {
  it('local day of a moment is the wall-clock date where the browser is', () => {
    expect(localDay(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03');
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('only real dates are days: 30 February is not, 29 February 2028 is', () => {
    expect(isCalendarDay('2026-03-03')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-3-3')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('adds days across month ends and names the weekday from Monday = 0', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayIndex('2026-03-02')).toBe(0); // a Monday
    expect(weekdayIndex('2026-03-08')).toBe(6); // a Sunday
  });
});
