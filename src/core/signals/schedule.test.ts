import { describe, expect, it } from 'vitest';
import { dayToEvaluate, localTimeOn, nextRunAt } from './schedule.js';

describe('nextRunAt (06:00 Europe/Stockholm)', () => {
  it('winter: 06:00 CET is 05:00 UTC; before it, today', () => {
    expect(nextRunAt(new Date('2026-01-15T04:59:59Z')).toISOString()).toBe('2026-01-15T05:00:00.000Z');
  });

  it('exactly at 06:00 the run is tomorrow (strictly after now)', () => {
    expect(nextRunAt(new Date('2026-01-15T05:00:00Z')).toISOString()).toBe('2026-01-16T05:00:00.000Z');
  });

  it('summer: 06:00 CEST is 04:00 UTC', () => {
    expect(nextRunAt(new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-02T04:00:00.000Z');
  });

  it('the spring change (29 March 2026, 02:00 -> 03:00): the day has 23 hours, 06:00 is 04:00 UTC', () => {
    // Saturday noon: the next run is Sunday 06:00 CEST, 22 hours later, not 23.
    const now = new Date('2026-03-28T11:00:00Z');
    const run = nextRunAt(now);
    expect(run.toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(run.getTime() - now.getTime()).toBe(17 * 3_600_000);
    expect(localTimeOn('2026-03-28', 6).toISOString()).toBe('2026-03-28T05:00:00.000Z');
  });

  it('the autumn change (25 October 2026, 03:00 -> 02:00): 06:00 CET is 05:00 UTC', () => {
    expect(nextRunAt(new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-25T05:00:00.000Z');
    // Between the two 06:00s lie 25 hours.
    expect(localTimeOn('2026-10-25', 6).getTime() - localTimeOn('2026-10-24', 6).getTime()).toBe(
      25 * 3_600_000,
    );
  });

  it('just after midnight local time (22:30 UTC in summer) is already the next local day', () => {
    expect(nextRunAt(new Date('2026-06-30T22:30:00Z')).toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });
});

describe('dayToEvaluate', () => {
  it('yesterday in Stockholm, also across New Year and just after local midnight', () => {
    expect(dayToEvaluate(new Date('2026-03-29T04:00:00Z'))).toBe('2026-03-28');
    expect(dayToEvaluate(new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
    // 23:30 UTC on 30 June is 01:30 on 1 July in Stockholm.
    expect(dayToEvaluate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
  });
});
