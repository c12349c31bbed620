import { describe, expect, it } from 'vitest';
import {
  afterPeriod,
  baselinePeriod,
  cyclePhase,
  mondayOf,
  moveRefusal,
  targetRefusals,
} from './improvement.js';

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

describe('cycles', () => {
  it('places a week in a named cycle', () => {
    // A 13-week cycle that began on Monday 10 August 2026 (an invoice day).
    const cycle = { weeks: 13, startsOn: '2026-08-10' };
    expect(cyclePhase('2026-08-10', cycle)).toBe(0);
    expect(cyclePhase('2026-08-17', cycle)).toBe(1);
    expect(cyclePhase('2026-11-09', cycle)).toBe(0); // 13 weeks on: the next invoice week
    expect(cyclePhase('2026-05-11', cycle)).toBe(0); // 13 weeks back
    expect(cyclePhase('2026-08-03', cycle)).toBe(12); // the week before
    // A cycle day in mid-week: its week is the cycle's first.
    expect(cyclePhase('2026-02-09', { weeks: 13, startsOn: '2026-02-10' })).toBe(0);
  });
});
