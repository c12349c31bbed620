import { describe, expect, it } from 'vitest';
import { splitPeriod } from './periods.js';

describe('splitPeriod', () => {
  it('reads the whole months inside a period from months and its ends from days', () => {
    expect(splitPeriod('2025-12-09', '2026-12-08')).toEqual({
      months: { from: '2026-01-01', to: '2026-11-30' },
    });
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({
      months: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual({
      months: { from: '2024-02-01', to: '2024-02-29' },
    });
    expect(splitPeriod('2024-02-01', '2024-02-28')).toEqual({ months: null });
    expect(splitPeriod('2026-03-02', '2026-04-29')).toEqual({ months: null });
    expect(splitPeriod('2026-03-31', '2026-05-01')).toEqual({
      months: { from: '2026-04-01', to: '2026-04-30' },
    });
    expect(splitPeriod('2026-12-08', '2026-12-08')).toEqual({ months: null });
  });
});
