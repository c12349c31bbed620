import { describe, expect, it } from 'vitest';
import { EMPTY_TALLY, groupingKey, planGroupings, rollUp, totalOf, type TallyRow } from './tally.js';

const row = (
  values: TallyRow['values'],
  contacts: number,
  failureDemand: number,
  seconds: number,
): TallyRow => ({
  ...EMPTY_TALLY,
  grouping: groupingKey(Object.keys(values) as (keyof TallyRow['values'])[]),
  values,
  contacts,
  failureDemand,
  durationSeconds: seconds,
  failureDemandSeconds: failureDemand * 100,
});

describe('planGroupings', () => {
  it('counts only the groupings no other one holds, and sums the rest from the smallest that holds them', () => {
    expect(
      planGroupings([[], ['need'], ['need', 'day'], ['topic'], ['failureReason'], ['department']]),
    ).toEqual({
      counted: [['day', 'need'], ['topic'], ['failureReason'], ['department']],
      derived: [
        { grouping: [], from: ['department'] },
        { grouping: ['need'], from: ['day', 'need'] },
      ],
    });
    expect(planGroupings([[], ['topic'], ['topic', 'failureReason']])).toEqual({
      counted: [['failureReason', 'topic']],
      derived: [
        { grouping: [], from: ['failureReason', 'topic'] },
        { grouping: ['topic'], from: ['failureReason', 'topic'] },
      ],
    });
  });

  it('counts a lone grouping, and a grouping asked twice once', () => {
    expect(planGroupings([['day']])).toEqual({ counted: [['day']], derived: [] });
    expect(planGroupings([[]])).toEqual({ counted: [[]], derived: [] });
    expect(
      planGroupings([
        ['weekday', 'hour'],
        ['hour', 'weekday'],
      ]),
    ).toEqual({
      counted: [['hour', 'weekday']],
      derived: [],
    });
  });
});

describe('rollUp', () => {
  const byTopicReason = [
    row({ topic: 'a', failureReason: null }, 10, 0, 1000),
    row({ topic: 'a', failureReason: 'chasing_case' }, 4, 4, 500),
    row({ topic: 'b', failureReason: 'chasing_case' }, 3, 3, 300),
    row({ topic: null, failureReason: 'other' }, 2, 2, 200),
  ];

  it('sums every count of the finer rows into the coarser groups, "not recorded" (null) as a group of its own', () => {
    const byTopic = rollUp(byTopicReason, ['topic', 'failureReason'], ['topic']);
    expect(byTopic).toEqual([
      {
        ...EMPTY_TALLY,
        grouping: 'topic',
        values: { topic: 'a' },
        contacts: 14,
        failureDemand: 4,
        durationSeconds: 1500,
        failureDemandSeconds: 400,
      },
      {
        ...EMPTY_TALLY,
        grouping: 'topic',
        values: { topic: 'b' },
        contacts: 3,
        failureDemand: 3,
        durationSeconds: 300,
        failureDemandSeconds: 300,
      },
      {
        ...EMPTY_TALLY,
        grouping: 'topic',
        values: { topic: null },
        contacts: 2,
        failureDemand: 2,
        durationSeconds: 200,
        failureDemandSeconds: 200,
      },
    ]);
  });

  it('gives the grand total, and nothing from no rows (the total of nothing is then zero)', () => {
    const total = rollUp(byTopicReason, ['topic', 'failureReason'], []);
    expect(total).toEqual([
      {
        ...EMPTY_TALLY,
        grouping: '',
        values: {},
        contacts: 19,
        failureDemand: 9,
        durationSeconds: 2000,
        failureDemandSeconds: 900,
      },
    ]);
    expect(rollUp([], ['topic'], [])).toEqual([]);
    expect(totalOf([])).toEqual(EMPTY_TALLY);
  });
});
