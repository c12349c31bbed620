import { describe, expect, it } from 'vitest';
import {
  afterPeriod,
  baselinePeriod,
  improvementVerdict,
  mondayOf,
  moveRefusal,
  targetRefusals,
  type WeekFigures,
} from './improvement.js';

const weeks = (firstMonday: string, rows: [number, number][]): WeekFigures[] =>
  rows.map(([contacts, failureDemand], i) => {
    const d = new Date(`${firstMonday}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * i);
    return { week: d.toISOString().slice(0, 10), contacts, failureDemand };
  });

describe('targets', () => {
  it('needs at least one target', () => {
    expect(targetRefusals({ topicIds: [], needs: [], failureReasons: [] })).toEqual([
      { field: 'targets', code: 'targets_required' },
    ]);
    expect(targetRefusals({ topicIds: [], needs: ['dont_understand'], failureReasons: [] })).toEqual([]);
  });

  it('refuses duplicates and unknown needs and reasons', () => {
    const refusals = targetRefusals({
      topicIds: ['a', 'a'],
      needs: ['nonsense' as never],
      failureReasons: ['did_not_understand_information', 'did_not_understand_information'],
    });
    expect(refusals).toEqual([
      { field: 'targets/topicIds', code: 'value_twice' },
      { field: 'targets/failureReasons', code: 'value_twice' },
      { field: 'targets/needs', code: 'invalid_choice' },
    ]);
  });
});

describe('board moves', () => {
  it('evaluates only what is done', () => {
    expect(moveRefusal('in_progress', 'evaluated')).toBe('evaluate_only_when_done');
    expect(moveRefusal('idea', 'evaluated')).toBe('evaluate_only_when_done');
    expect(moveRefusal('done', 'evaluated')).toBeNull();
    expect(moveRefusal('evaluated', 'in_progress')).toBeNull();
    expect(moveRefusal('idea', 'done')).toBeNull();
  });
});

describe('periods', () => {
  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30'); // a Thursday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // ISO week 53 of 2026
  });

  it('takes the whole weeks before the week of creation', () => {
    // Created Thursday 3 December 2026: 12 weeks from Monday 7 September to Sunday 29 November.
    expect(baselinePeriod('2026-12-03')).toEqual({ from: '2026-09-07', to: '2026-11-29' });
    expect(baselinePeriod('2026-11-30', 4)).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(() => baselinePeriod('2026-12-03', 3)).toThrow(RangeError);
    expect(() => baselinePeriod('2026-12-03', 53)).toThrow(RangeError);
  });

  it('measures after from the first whole week of the change to the last week over', () => {
    // In effect Wednesday 12 August 2026: from Monday 17 August; today Thursday 3 December: to Sunday 29 November.
    expect(afterPeriod('2026-08-12', '2026-12-03')).toEqual({ from: '2026-08-17', to: '2026-11-29' });
    // In effect on a Monday: that week counts.
    expect(afterPeriod('2026-08-10', '2026-12-03')).toEqual({ from: '2026-08-10', to: '2026-11-29' });
    // No whole week over yet.
    expect(afterPeriod('2026-11-30', '2026-12-06')).toBeNull();
    expect(afterPeriod('2026-11-25', '2026-12-06')).toBeNull();
    expect(afterPeriod('2026-11-30', '2026-12-07')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
});

describe('improvementVerdict', () => {
  // Before: 12 weeks of about 200 contacts, half failure demand (weekly 96..104).
  const before = weeks('2026-03-02', [
    [200, 100],
    [200, 98],
    [200, 103],
    [200, 97],
    [200, 101],
    [200, 104],
    [200, 99],
    [200, 96],
    [200, 102],
    [200, 100],
    [200, 98],
    [200, 102],
  ]);

  it('finds the water invoice falling: both measures improved', () => {
    // After: 10 weeks of 150 contacts, 30 failure demand (20 %).
    const after = weeks(
      '2026-06-01',
      Array.from({ length: 10 }, () => [150, 30] as [number, number]),
    );
    const result = improvementVerdict({ before, after });
    expect(result.verdict).toBe('improved');
    expect(result.share.verdict).toBe('improved');
    // Hand-worked: before 1200/2400 = 0.5, after 300/1500 = 0.2, difference -0.3.
    expect(result.share.before.share).toBeCloseTo(0.5, 10);
    expect(result.share.after.share).toBeCloseTo(0.2, 10);
    expect(result.share.difference).toBeCloseTo(-0.3, 10);
    expect(result.share.interval!.high).toBeLessThan(0);
    expect(result.count.verdict).toBe('improved');
    // Before mean 1200/12 = 100; after 30 per week is far below the lower limit.
    expect(result.count.limits!.centre).toBeCloseTo(100, 10);
    expect(result.isMixed).toBe(false);
  });

  it('finds no change in the same process after', () => {
    const after = weeks('2026-06-01', [
      [200, 101],
      [200, 97],
      [200, 103],
      [200, 99],
      [200, 100],
      [200, 102],
      [200, 98],
      [200, 100],
      [200, 101],
      [200, 99],
    ]);
    const result = improvementVerdict({ before, after });
    expect(result.verdict).toBe('no_change');
    expect(result.share.verdict).toBe('no_change');
    expect(result.count.verdict).toBe('no_change');
  });

  it('says not enough data while the after weeks are too few and small', () => {
    const after = weeks('2026-06-01', [
      [10, 2],
      [12, 3],
    ]);
    const result = improvementVerdict({ before, after });
    expect(result.verdict).toBe('not_enough_data');
    expect(result.share.verdict).toBe('not_enough_data'); // 22 contacts after < 30
    expect(result.count.verdict).toBe('not_enough_data'); // 2 weeks < 8
  });

  it('calls contradicting measures no change, marked as mixed', () => {
    // The share falls (0.5 -> 0.4) while the volume triples: more failure-demand contacts each week.
    const after = weeks(
      '2026-06-01',
      Array.from({ length: 8 }, () => [750, 300] as [number, number]),
    );
    const result = improvementVerdict({ before, after });
    expect(result.share.verdict).toBe('improved');
    expect(result.count.verdict).toBe('worsened');
    expect(result.verdict).toBe('no_change');
    expect(result.isMixed).toBe(true);
  });

  it('judges on the share alone while the count has too few weeks', () => {
    const after = weeks('2026-06-01', [
      [400, 80],
      [400, 80],
      [400, 80],
    ]);
    const result = improvementVerdict({ before, after });
    expect(result.count.verdict).toBe('not_enough_data');
    expect(result.share.verdict).toBe('improved');
    expect(result.verdict).toBe('improved');
  });
});
