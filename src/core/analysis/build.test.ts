import { describe, expect, it } from 'vitest';
import { buildChange, buildFixFirst, buildTrend, buildWhen, buildWho, type AnalysisLabels } from './build.js';
import { EMPTY_TALLY, groupingKey, type Dimension, type Tally, type TallyRow } from './tally.js';

const row = (values: Partial<Record<Dimension, string | null>>, tally: Partial<Tally>): TallyRow => ({
  ...EMPTY_TALLY,
  ...tally,
  grouping: groupingKey(Object.keys(values) as Dimension[]),
  values,
});
const total = (tally: Partial<Tally>) => row({}, tally);

const labels: AnalysisLabels = {
  topics: new Map([
    ['t1', { path: 'Vatten › Faktura', departmentId: 'd1' }],
    ['t2', { path: 'Förskola › Plats', departmentId: 'd2' }],
    ['t3', { path: 'Bygglov', departmentId: 'd1' }],
  ]),
  departments: new Map([
    ['d1', 'Samhällsbyggnad'],
    ['d2', 'Utbildning'],
  ]),
};

describe('buildWhen', () => {
  const period = { from: '2026-12-28', to: '2027-01-17' };
  it('week 53 has no last-year counterpart; other weeks sum the same weekdays a year earlier', () => {
    const rows = [
      total({ contacts: 3 }),
      row({ day: '2026-12-31' }, { contacts: 1 }),
      row({ day: '2027-01-05' }, { contacts: 2 }),
    ];
    // 2027-W01 Tuesday (01-05) meets 2026-W01 Tuesday (2025-12-30); 2027-W01 Monday meets 2025-12-29.
    const lastYear = [
      row({ day: '2025-12-29' }, { contacts: 4 }),
      row({ day: '2025-12-30' }, { contacts: 5 }),
      row({ day: '2026-01-05' }, { contacts: 7 }),
    ];
    const when = buildWhen(rows, lastYear, new Map(), period, 'week');
    expect(when.series.buckets.map((b) => [b.key, b.contacts, b.lastYear])).toEqual([
      ['2026-W53', 1, null],
      ['2027-W01', 2, 9],
      ['2027-W02', 0, 7],
    ]);
  });

  it('a week whose days a year before precede the first contact logged is missing, not zero', () => {
    const rows = [total({ contacts: 3 }), row({ day: '2027-01-05' }, { contacts: 2 })];
    const lastYear = [row({ day: '2026-01-05' }, { contacts: 7 })];
    // Contacts were first logged on Monday 5 January 2026: 2027-W01 (a year before: 2025-12-29..
    // 2026-01-04) has no data; 2027-W02 (2026-01-05..11) has.
    const when = buildWhen(rows, lastYear, new Map(), period, 'week', '2026-01-05');
    expect(when.series.buckets.map((b) => [b.key, b.lastYear])).toEqual([
      ['2026-W53', null],
      ['2027-W01', null],
      ['2027-W02', 7],
    ]);
    // Nothing logged at all: every week missing.
    expect(
      buildWhen(rows, [], new Map(), period, 'week', null).series.buckets.every((b) => b.lastYear === null),
    ).toBe(true);
  });

  it('offered calls: the sum of the days imported, empty without any, hidden under a topic filter', () => {
    const calls = new Map([
      ['2027-01-04', 100],
      ['2027-01-05', 120],
    ]);
    const when = buildWhen([total({})], [], calls, period, 'week');
    expect(when.series.buckets.map((b) => b.offeredCalls)).toEqual([null, 220, null]);
    const filtered = buildWhen([total({})], [], calls, { ...period, topicId: 't1' }, 'week');
    expect(filtered.series.callsComparable).toBe(false);
    expect(filtered.series.buckets.every((b) => b.offeredCalls === null)).toBe(true);
    expect(
      buildWhen([total({})], [], calls, { ...period, channel: 'phone' }, 'week').series.callsComparable,
    ).toBe(true);
    expect(
      buildWhen([total({})], [], calls, { ...period, channel: 'email' }, 'week').series.callsComparable,
    ).toBe(false);
  });
});

describe('buildWho', () => {
  it('shares of the recorded, and the recorded share of all: 30 of 120 recorded, 18 women', () => {
    const who = buildWho([
      total({ contacts: 120 }),
      row({ gender: null }, { contacts: 90 }),
      row({ gender: 'man' }, { contacts: 12 }),
      row({ gender: 'woman' }, { contacts: 18 }),
    ]);
    expect(who.gender.recorded).toMatchObject({
      numerator: 30,
      denominator: 120,
      value: 0.25,
      uncertain: false,
    });
    expect(who.gender.rows.map((r) => [r.value, r.share.value, r.share.uncertain])).toEqual([
      ['woman', 0.6, false],
      ['man', 0.4, false],
    ]);
    expect(who.district.recorded.value).toBe(0);
    expect(who.district.rows).toEqual([]);
  });
});

describe('buildFixFirst', () => {
  it('ranks by failure-demand contacts, then guide time; leaves topics without failure demand out', () => {
    const fix = buildFixFirst(
      [
        total({ contacts: 60, failureDemand: 25, failureDemandSeconds: 25 * 240 }),
        row({ topic: 't1' }, { contacts: 20, failureDemand: 10, failureDemandSeconds: 1800 }),
        row({ topic: 't2' }, { contacts: 30, failureDemand: 10, failureDemandSeconds: 4200 }),
        row({ topic: 't3' }, { contacts: 10, failureDemand: 0 }),
        row({ topic: 't1', failureReason: 'eservice_problem' }, { contacts: 7 }),
        row({ topic: 't1', failureReason: 'municipality_error' }, { contacts: 3 }),
        row({ topic: 't1', failureReason: null }, { contacts: 10 }),
      ],
      labels,
    );
    expect(fix.totalFailureDemand).toBe(25);
    expect(fix.totalFailureDemandMinutes).toBe(100);
    expect(
      fix.rows.map((r) => [
        r.rank,
        r.topicPath,
        r.departmentName,
        r.failureDemand.numerator,
        r.failureDemandMinutes,
        r.topReason,
      ]),
    ).toEqual([
      [1, 'Förskola › Plats', 'Utbildning', 10, 70, null],
      [2, 'Vatten › Faktura', 'Samhällsbyggnad', 10, 30, 'eservice_problem'],
    ]);
    expect(fix.rows[1]!.failureDemand.value).toBe(0.5);
  });
});

describe('buildTrend and buildChange', () => {
  const days = [
    row({ day: '2026-03-02' }, { contacts: 40, failureDemand: 10 }),
    row({ day: '2026-03-09' }, { contacts: 20, failureDemand: 2 }),
  ];

  it('a share per week, empty for a week without contacts', () => {
    const trend = buildTrend(days, { from: '2026-03-02', to: '2026-03-22' }, 'failure_demand_share', 'week');
    expect(trend.points.map((p) => [p.key, p.numerator, p.denominator, p.value, p.uncertain])).toEqual([
      ['2026-W10', 10, 40, 0.25, false],
      ['2026-W11', 2, 20, 0.1, true],
      ['2026-W12', 0, 0, null, true],
    ]);
  });

  it('a base period before the first contact logged: no base, no change (not a change from 0)', () => {
    const change = buildChange(
      [total({ contacts: 70, failureDemand: 20 })],
      [],
      { from: '2026-04-01', to: '2026-04-07', baseFrom: '2025-04-01', baseTo: '2025-04-07' },
      'failure_demand_share',
      '2025-12-07',
    );
    expect(change).toMatchObject({
      baseHasData: false,
      difference: null,
      interval: null,
      significant: false,
    });
    expect(change.base.value).toBeNull();
    expect(change.current.value).toBeCloseTo(20 / 70, 10);
  });

  it('a change of contacts per day: 70 in 7 days against 300 in 30 is 0 a day', () => {
    const change = buildChange(
      [total({ contacts: 70 })],
      [total({ contacts: 300 })],
      { from: '2026-04-01', to: '2026-04-07', baseFrom: '2026-03-01', baseTo: '2026-03-30' },
      'contacts',
    );
    expect(change).toMatchObject({ kind: 'rate', difference: 0, significant: false, uncertain: false });
    expect(change.current).toMatchObject({ numerator: 70, denominator: 7, value: 10 });
    expect(change.base).toMatchObject({ numerator: 300, denominator: 30, value: 10 });
  });

  it('a change of a share: 56/70 against 48/80 is +20 points, 5.2 to 33.4 (Newcombe)', () => {
    const change = buildChange(
      [total({ contacts: 70, resolvedSelf: 56 })],
      [total({ contacts: 80, resolvedSelf: 48 })],
      { from: '2026-04-01', to: '2026-04-30', baseFrom: '2026-03-01', baseTo: '2026-03-31' },
      'first_contact_resolution',
    );
    expect(change.kind).toBe('share');
    expect(change.difference).toBeCloseTo(0.2, 12);
    expect(change.interval!.low).toBeCloseTo(0.0524, 4);
    expect(change.interval!.high).toBeCloseTo(0.3339, 4);
    expect(change.significant).toBe(true);
  });
});
