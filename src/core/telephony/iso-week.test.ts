import { describe, expect, it } from 'vitest';
import {
  daysOfIsoWeek,
  formatIsoWeek,
  isoWeekOfDay,
  isoWeeksBetween,
  mondayOfIsoWeek,
  parseIsoWeek,
  weeksInIsoYear,
} from './iso-week.js';

describe('ISO weeks', () => {
  it('parses and formats "YYYY-Www"', () => {
    expect(parseIsoWeek('2026-W10')).toEqual({ year: 2026, week: 10 });
    expect(formatIsoWeek({ year: 2026, week: 3 })).toBe('2026-W03');
    expect(formatIsoWeek(parseIsoWeek('2026-W53'))).toBe('2026-W53');
  });

  it.each(['2026-10', '2026-W1', '2026W10', '2026-w10', '2026-W00', '2026-W54', '2025-W53', ' 2026-W10'])(
    'rejects %j',
    (text) => {
      expect(() => parseIsoWeek(text)).toThrow(RangeError);
    },
  );

  it('knows 53-week years: 2026 (starts on a Thursday) and 2020 (leap year starting on a Wednesday)', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it.each([
    ['2025-12-29', 2026, 1],
    ['2026-01-01', 2026, 1],
    ['2026-03-02', 2026, 10],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
  ])('%s is in %i week %i', (day, year, week) => {
    expect(isoWeekOfDay(day)).toEqual({ year, week });
  });

  it('finds the Monday and the seven days of a week', () => {
    expect(mondayOfIsoWeek({ year: 2026, week: 1 })).toBe('2025-12-29');
    expect(mondayOfIsoWeek({ year: 2026, week: 10 })).toBe('2026-03-02');
    expect(mondayOfIsoWeek({ year: 2027, week: 1 })).toBe('2027-01-04');
    expect(daysOfIsoWeek({ year: 2026, week: 14 })).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('lists the weeks of a range across New Year, and refuses a reversed range', () => {
    const weeks = isoWeeksBetween(parseIsoWeek('2026-W52'), parseIsoWeek('2027-W02')).map(formatIsoWeek);
    expect(weeks).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(isoWeeksBetween(parseIsoWeek('2026-W10'), parseIsoWeek('2026-W19'))).toHaveLength(10);
    expect(() => isoWeeksBetween(parseIsoWeek('2026-W11'), parseIsoWeek('2026-W10'))).toThrow(RangeError);
  });
});
