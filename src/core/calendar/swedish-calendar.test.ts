import { describe, expect, it } from 'vitest';
import {
  addDays,
  closedDays,
  daysBetween,
  holidayOn,
  isClosedDay,
  isoWeekOf,
  isSqueezeDay,
  lastOpenDayBefore,
  openDays,
  swedishHolidays,
  weekdayOf,
} from './swedish-calendar.js';

describe('swedishHolidays', () => {
  it('2026, checked against the almanac', () => {
    expect(swedishHolidays(2026).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2026-01-01', 'nyårsdagen', 'public'],
      ['2026-01-06', 'trettondedag jul', 'public'],
      ['2026-04-03', 'långfredagen', 'public'], // Easter Sunday is 5 April 2026
      ['2026-04-05', 'påskdagen', 'public'],
      ['2026-04-06', 'annandag påsk', 'public'],
      ['2026-05-01', 'första maj', 'public'],
      ['2026-05-14', 'Kristi himmelsfärdsdag', 'public'], // Easter + 39 days, a Thursday
      ['2026-05-24', 'pingstdagen', 'public'], // Easter + 49 days
      ['2026-06-06', 'nationaldagen', 'public'], // a Saturday this year
      ['2026-06-19', 'midsommarafton', 'bank'], // the Friday before the Saturday between 20 and 26 June
      ['2026-06-20', 'midsommardagen', 'public'],
      ['2026-10-31', 'alla helgons dag', 'public'], // the Saturday between 31 Oct and 6 Nov
      ['2026-12-24', 'julafton', 'bank'],
      ['2026-12-25', 'juldagen', 'public'],
      ['2026-12-26', 'annandag jul', 'public'],
      ['2026-12-31', 'nyårsafton', 'bank'],
    ]);
  });

  it('2025: Easter on 20 April, midsummer on 20-21 June, All Saints on 1 November', () => {
    expect(swedishHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-06',
      '2025-06-08',
      '2025-06-20',
      '2025-06-21',
      '2025-11-01',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-31',
    ]);
  });

  it('has English names too', () => {
    expect(holidayOn('2026-06-19')).toEqual({
      date: '2026-06-19',
      name: 'midsommarafton',
      nameEn: 'Midsummer Eve',
      kind: 'bank',
    });
    expect(holidayOn('2026-06-18')).toBeNull();
  });

  it('refuses a non-year', () => {
    expect(() => swedishHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('isClosedDay', () => {
  it.each([
    ['2026-04-03', true, 'långfredagen, a Friday'],
    ['2026-04-02', false, 'skärtorsdagen is an ordinary working day'],
    ['2026-04-30', false, 'valborgsmässoafton is open'],
    ['2026-06-19', true, 'midsommarafton, an eve off by agreement'],
    ['2026-05-15', false, 'the Friday after Ascension Day is open (a squeeze day)'],
    ['2026-01-05', false, 'trettondagsafton is open'],
    ['2026-03-28', true, 'a Saturday'],
    ['2026-03-29', true, 'a Sunday'],
    ['2026-03-30', false, 'a Monday'],
    ['2025-12-31', true, 'nyårsafton'],
  ])('%s -> %s (%s)', (day, closed) => {
    expect(isClosedDay(day)).toBe(closed);
  });

  it('takes the municipality’s own closed days', () => {
    expect(isClosedDay('2026-04-02', { extraClosedDays: ['2026-04-02'] })).toBe(true);
    expect(isClosedDay('2026-04-01', { extraClosedDays: ['2026-04-02'] })).toBe(false);
  });

  it('refuses a malformed day', () => {
    expect(() => isClosedDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('closedDays and openDays', () => {
  it('2026: 104 weekend days (52 weeks and a Thursday) and 10 holidays on weekdays: 114 closed', () => {
    // Nationaldagen, midsommardagen, alla helgons dag and annandag jul fall on Saturdays in 2026.
    const closed = closedDays(2026);
    const weekdayHolidays = swedishHolidays(2026).filter((h) => ![0, 6].includes(weekdayOf(h.date)));
    expect(weekdayHolidays.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19',
      '2026-12-24',
      '2026-12-25',
      '2026-12-31',
    ]);
    expect(closed).toHaveLength(104 + 10);
    expect(openDays('2026-01-01', '2026-12-31')).toHaveLength(365 - 114);
    expect(closed).toContain('2026-06-06');
  });

  it('adds extra closed days once, even on a day already closed', () => {
    expect(closedDays(2026, { extraClosedDays: ['2026-04-02', '2026-04-03'] })).toHaveLength(115);
  });

  it('March 2026 has 22 open days', () => {
    expect(openDays('2026-03-01', '2026-03-31')).toHaveLength(22);
  });
});

describe('isSqueezeDay (klämdag)', () => {
  it('the Friday after Ascension Day 2026 is one; the Thursday before Good Friday is not', () => {
    expect(isSqueezeDay('2026-05-15')).toBe(true);
    expect(isSqueezeDay('2026-04-02')).toBe(false);
    expect(isSqueezeDay('2026-05-14')).toBe(false); // closed itself
  });

  it('Monday 5 January 2026 sits between a Sunday and trettondedag jul (Tuesday)', () => {
    expect(isSqueezeDay('2026-01-05')).toBe(true);
  });
});

describe('day arithmetic', () => {
  it('daysBetween includes both ends and crosses a year', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(daysBetween('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('addDays crosses the leap day of 2028', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it.each([
    ['2026-01-01', 1, 'a Thursday: week 1'],
    ['2025-12-29', 1, 'Monday of the week holding 1 Jan 2026'],
    ['2027-01-01', 53, 'a Friday: still week 53 of 2026'],
    ['2026-06-29', 27, 'the first week of the summer low'],
    ['2026-08-09', 32, 'a Sunday ends week 32'],
  ])('isoWeekOf(%s) = %s (%s)', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });
});

describe('lastOpenDayBefore (a day goal is judged on it)', () => {
  it.each([
    ['2026-12-08', '2026-12-07', 'Tuesday -> Monday'],
    ['2026-12-07', '2026-12-04', 'Monday -> Friday, past the closed weekend'],
    ['2026-12-06', '2026-12-04', 'Sunday -> Friday'],
    // Easter 2026: Långfredag 3 April, Påskdagen 5 April, Annandag påsk Monday 6 April.
    ['2026-04-07', '2026-04-02', 'Tuesday after Easter -> Thursday before Långfredag'],
    // Christmas 2026: julafton Thursday 24, juldagen 25, annandag 26 (Saturday), Sunday 27.
    ['2026-12-28', '2026-12-23', 'Monday after Christmas -> Wednesday 23 December'],
    // New Year 2027: nyårsafton Thursday 31 December, nyårsdagen Friday 1 January.
    ['2027-01-04', '2026-12-30', 'first Monday of 2027 -> Wednesday 30 December'],
  ])('%s -> %s (%s)', (day, expected) => {
    expect(lastOpenDayBefore(day)).toBe(expected);
  });

  it('skips the municipality’s own closed days too', () => {
    // Friday 4 December closed for a move: Monday 7 December's last open day is Thursday 3.
    expect(lastOpenDayBefore('2026-12-07', { extraClosedDays: ['2026-12-04'] })).toBe('2026-12-03');
  });
});
