import { describe, expect, it } from 'vitest';
import {
  checkGoal,
  checkShareGoalByPeriod,
  goalPeriodBounds,
  goalPeriodOf,
  type Goal,
} from './goal-check.js';

const availability: Goal = { target: 0.85, direction: 'at_least', level: 'week', minimumN: 30 };
const queueSeconds: Goal = { target: 120, direction: 'at_most', level: 'month', minimumN: 30 };

describe('checkGoal', () => {
  it('at least 85%: 85 of 100 meets it exactly (85/100 is the same double as 0.85), 84 misses', () => {
    expect(checkGoal(availability, { kind: 'share', numerator: 85, denominator: 100 }).status).toBe('met');
    expect(checkGoal(availability, { kind: 'share', numerator: 84, denominator: 100 })).toEqual({
      status: 'missed',
      value: 0.84,
      n: 100,
      target: 0.85,
      direction: 'at_least',
    });
  });

  it('never on a handful: 0 of 29 is not enough data, and neither is 29 of 29', () => {
    expect(checkGoal(availability, { kind: 'share', numerator: 0, denominator: 29 }).status).toBe(
      'not_enough_data',
    );
    expect(checkGoal(availability, { kind: 'share', numerator: 29, denominator: 29 }).status).toBe(
      'not_enough_data',
    );
    expect(checkGoal(availability, { kind: 'share', numerator: 0, denominator: 30 }).status).toBe('missed');
  });

  it('no contacts at all: not enough data with no value', () => {
    expect(checkGoal(availability, { kind: 'share', numerator: 0, denominator: 0 })).toMatchObject({
      status: 'not_enough_data',
      value: null,
    });
  });

  it('at most 120 s: 120 meets it, 121 misses, on 30 calls or more', () => {
    expect(checkGoal(queueSeconds, { kind: 'value', value: 120, n: 30 }).status).toBe('met');
    expect(checkGoal(queueSeconds, { kind: 'value', value: 121, n: 400 }).status).toBe('missed');
    expect(checkGoal(queueSeconds, { kind: 'value', value: 900, n: 12 }).status).toBe('not_enough_data');
    expect(checkGoal(queueSeconds, { kind: 'value', value: null, n: 0 }).status).toBe('not_enough_data');
  });

  it('refuses a share target outside 0-1, impossible counts, and a minimum n below 1', () => {
    expect(() =>
      checkGoal({ ...availability, target: 85 }, { kind: 'share', numerator: 1, denominator: 2 }),
    ).toThrow(RangeError);
    expect(() => checkGoal(availability, { kind: 'share', numerator: 3, denominator: 2 })).toThrow(
      RangeError,
    );
    expect(() => checkGoal({ ...availability, minimumN: 0 }, { kind: 'value', value: 1, n: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('goalPeriodOf', () => {
  it.each([
    ['2026-03-11', 'day', '2026-03-11'],
    ['2026-03-11', 'week', '2026-W11'],
    ['2027-01-01', 'week', '2026-W53'],
    ['2026-03-11', 'month', '2026-03'],
    ['2026-04-30', 'tertial', '2026-T1'],
    ['2026-05-01', 'tertial', '2026-T2'],
    ['2026-08-31', 'tertial', '2026-T2'],
    ['2026-09-01', 'tertial', '2026-T3'],
    ['2026-12-31', 'year', '2026'],
  ] as const)('%s at level %s is %s', (day, level, period) => {
    expect(goalPeriodOf(day, level)).toBe(period);
  });
});

describe('checkShareGoalByPeriod', () => {
  it('pools the days of each week: a quiet Monday does not decide the week', () => {
    // W11: 10 of 20 on Monday, 95 of 100 on Tuesday → 105/120 = 0.875, met.
    // W12: 20 of 25 on Monday alone → fewer than 30, not enough data.
    const checks = checkShareGoalByPeriod(availability, [
      { date: '2026-03-09', numerator: 10, denominator: 20 },
      { date: '2026-03-10', numerator: 95, denominator: 100 },
      { date: '2026-03-16', numerator: 20, denominator: 25 },
    ]);
    expect(checks.map((c) => [c.period, c.check.status, c.check.n])).toEqual([
      ['2026-W11', 'met', 120],
      ['2026-W12', 'not_enough_data', 25],
    ]);
  });
});

describe('goalPeriodBounds', () => {
  it.each([
    ['2026-03-11', 'day', '2026-03-11', '2026-03-11', '2026-03-11'],
    ['2026-03-11', 'week', '2026-W11', '2026-03-09', '2026-03-15'],
    // 1 January 2027 is a Friday of 2026's week 53: the week runs into the new year.
    ['2027-01-01', 'week', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2028-02-10', 'month', '2028-02', '2028-02-01', '2028-02-29'],
    ['2026-04-30', 'tertial', '2026-T1', '2026-01-01', '2026-04-30'],
    ['2026-06-15', 'tertial', '2026-T2', '2026-05-01', '2026-08-31'],
    ['2026-12-31', 'tertial', '2026-T3', '2026-09-01', '2026-12-31'],
    ['2026-07-01', 'year', '2026', '2026-01-01', '2026-12-31'],
  ] as const)('%s at level %s is %s, %s..%s', (day, level, period, from, to) => {
    expect(goalPeriodBounds(day, level)).toEqual({ period, from, to });
  });
});
