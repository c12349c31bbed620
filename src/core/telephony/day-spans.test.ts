import { describe, expect, it } from 'vitest';
import { inDaySpans, mergeDaySpans } from './day-spans.js';

describe('mergeDaySpans', () => {
  it('merges overlapping and touching spans, keeps gaps', () => {
    expect(
      mergeDaySpans([
        { first: '2026-03-09', last: '2026-03-13' },
        { first: '2026-03-02', last: '2026-03-06' },
        { first: '2026-03-07', last: '2026-03-07' }, // touches the first: one span 2-9..13
        { first: '2026-03-20', last: '2026-03-20' },
        { first: '2026-03-11', last: '2026-03-12' }, // inside
      ]),
    ).toEqual([
      { first: '2026-03-02', last: '2026-03-07' },
      { first: '2026-03-09', last: '2026-03-13' },
      { first: '2026-03-20', last: '2026-03-20' },
    ]);
  });

  it('month ends touch too', () => {
    expect(
      mergeDaySpans([
        { first: '2026-02-20', last: '2026-02-28' },
        { first: '2026-03-01', last: '2026-03-02' },
      ]),
    ).toEqual([{ first: '2026-02-20', last: '2026-03-02' }]);
  });

  it('inDaySpans', () => {
    const spans = [{ first: '2026-03-02', last: '2026-03-06' }];
    expect(['2026-03-01', '2026-03-02', '2026-03-06', '2026-03-07'].map((d) => inDaySpans(d, spans))).toEqual(
      [false, true, true, false],
    );
  });
});
