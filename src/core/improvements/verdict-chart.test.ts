import { describe, expect, it } from 'vitest';
import type { WeekFigures } from './improvement.js';
import { improvementVerdict } from './improvement-verdict.js';
import { isoWeekNumber, verdictChartRows } from './verdict-chart.js';

const week = (week: string, failureDemand: number): WeekFigures => ({
  week,
  failureDemand,
  contacts: failureDemand,
  allContacts: failureDemand + 100,
});

describe('verdictChartRows', () => {
  const before = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((w) => week(w, 40));
  const after = ['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22'].map((w) => week(w, 20));

  it('puts the before weeks, then the after weeks with what was expected there', () => {
    const verdict = improvementVerdict({
      before,
      after,
      yearBefore: null,
      implementedOn: '2026-06-01',
      cycle: null,
    });
    const rows = verdictChartRows({ before, after, verdict });
    expect(rows.map((r) => r.period)).toEqual([
      'before',
      'before',
      'before',
      'before',
      'after',
      'after',
      'after',
      'after',
    ]);
    expect(rows[0]).toEqual({
      week: '2026-03-02',
      period: 'before',
      failureDemand: 40,
      expected: null,
      yearBefore: null,
    });
    // Per other contact (100 a week both before and after): 40 expected each after week.
    expect(rows[4]!.failureDemand).toBe(20);
    expect(rows[4]!.expected).toBeCloseTo(40, 8);
  });

  it('pairs each after week with its week a year before', () => {
    const yearBefore = ['2025-06-02', '2025-06-09', '2025-06-16', '2025-06-23'].map((w) => week(w, 50));
    const verdict = improvementVerdict({
      before,
      after,
      yearBefore,
      implementedOn: '2026-06-01',
      cycle: null,
    });
    expect(verdict.volume.comparison).toBe('year_before');
    const rows = verdictChartRows({ before, after, verdict });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.yearBefore)).toEqual([50, 50, 50, 50]);
    // Each pair (20, 50) with the common ratio 0.4: expected without the change 70 / 1.4 = 50.
    expect(rows[0]!.expected).toBeCloseTo(50, 8);
  });
});

describe('isoWeekNumber', () => {
  it.each([
    ['2026-01-01', 1], // a Thursday: week 1
    ['2026-08-10', 33],
    ['2026-12-28', 53], // 2026 has 53 weeks
    ['2027-01-03', 53], // a Sunday still in week 53 of 2026
    ['2027-01-04', 1],
    ['2025-12-29', 1], // a Monday in week 1 of 2026
  ])('%s is week %i', (day, week) => {
    expect(isoWeekNumber(day)).toBe(week);
  });
});
