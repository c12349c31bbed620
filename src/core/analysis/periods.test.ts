import { describe, expect, it } from 'vitest';
import {
  bucketsOf,
  dayCount,
  defaultBasePeriod,
  lastYearDayOf,
  lastYearRange,
  sameDateYearBefore,
} from './periods.js';

describe('bucketsOf', () => {
  it('cuts weeks to the period: 2026-01-01 (Thu, W01) to 2026-01-14 (Wed, W03)', () => {
    expect(bucketsOf('2026-01-01', '2026-01-14', 'week')).toEqual([
      { key: '2026-W01', from: '2026-01-01', to: '2026-01-04' },
      { key: '2026-W02', from: '2026-01-05', to: '2026-01-11' },
      { key: '2026-W03', from: '2026-01-12', to: '2026-01-14' },
    ]);
  });

  it('months across a year end', () => {
    expect(bucketsOf('2025-12-15', '2026-02-28', 'month')).toEqual([
      { key: '2025-12', from: '2025-12-15', to: '2025-12-31' },
      { key: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28' },
    ]);
  });

  it('2026-12-31 is in 2026-W53', () => {
    expect(bucketsOf('2026-12-28', '2027-01-04', 'week').map((b) => b.key)).toEqual(['2026-W53', '2027-W01']);
  });
});

describe('lastYearDayOf', () => {
  it('a week: the same weekday of the same ISO week a year earlier', () => {
    // Wednesday 2026-03-11 is W11; W11 of 2025 has its Wednesday on 2025-03-12.
    expect(lastYearDayOf('2026-03-11', 'week')).toBe('2025-03-12');
  });

  it('week 53 has no counterpart in a 52-week year', () => {
    expect(lastYearDayOf('2026-12-31', 'week')).toBeNull();
    // 2021-W01 (2021-01-04) meets 2020-W01 (2019-12-30), across the year end.
    expect(lastYearDayOf('2021-01-04', 'week')).toBe('2019-12-30');
  });

  it('a month: the same date; 29 February has none', () => {
    expect(lastYearDayOf('2026-03-11', 'month')).toBe('2025-03-11');
    expect(lastYearDayOf('2028-02-29', 'month')).toBeNull();
  });

  it('the fetched range covers every counterpart', () => {
    const range = lastYearRange('2026-01-01', '2026-12-31');
    for (const day of ['2026-01-01', '2026-06-15', '2026-12-30']) {
      for (const interval of ['week', 'month'] as const) {
        const last = lastYearDayOf(day, interval);
        if (last) {
          expect(last >= range.from && last <= range.to).toBe(true);
        }
      }
    }
  });
});

describe('dayCount', () => {
  it('counts both ends, across a change to summer time', () => {
    expect(dayCount('2026-03-28', '2026-03-30')).toBe(3);
    expect(dayCount('2026-01-01', '2026-12-31')).toBe(365);
  });
});

describe('defaultBasePeriod', () => {
  it('the same dates a year before when contacts were logged then', () => {
    expect(defaultBasePeriod('2026-11-01', '2026-11-30', '2025-01-01')).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
    });
  });
  it('else the period of the same length just before, when that has data', () => {
    // Logged from 7 December 2025: November 2025 has none; 2 October .. 31 October 2026 has.
    expect(defaultBasePeriod('2026-11-01', '2026-11-30', '2025-12-07')).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
  });
  it('else none', () => {
    expect(defaultBasePeriod('2026-11-01', '2026-11-30', '2026-10-15')).toBeNull();
    expect(defaultBasePeriod('2026-11-01', '2026-11-30', null)).toBeNull();
  });
  it('29 February a year before is 28 February', () => {
    expect(sameDateYearBefore('2028-02-29')).toBe('2027-02-28');
  });
});
