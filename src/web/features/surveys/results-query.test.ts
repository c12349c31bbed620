import { describe, expect, it } from 'vitest';
import { drillDownQuery, resultsFiltersOf, resultsQuery } from './results-query.js';

const params = (s: string) => new URLSearchParams(s);

describe('the results page address', () => {
  it('without a period: from the first of the month a year back to today (2026-12-08 -> 2025-12-01..2026-12-08)', () => {
    expect(resultsFiltersOf(params(''), '2026-12-08')).toEqual({
      from: '2025-12-01',
      to: '2026-12-08',
      filters: {},
      by: null,
    });
  });

  it('a period in the wrong order is replaced by the default, not sent to the API', () => {
    expect(resultsFiltersOf(params('from=2026-05-01&to=2026-04-01'), '2026-12-08').from).toBe('2025-12-01');
  });

  it('keeps known filters and breakdowns, drops unknown ones', () => {
    const f = resultsFiltersOf(
      params('from=2026-01-01&to=2026-03-31&channel=phone&colour=red&by=shoe'),
      '2026-12-08',
    );
    expect(f.filters).toEqual({ channel: 'phone' });
    expect(f.by).toBeNull();
    expect(resultsQuery(f)).toBe('from=2026-01-01&to=2026-03-31&channel=phone');
  });
});

describe('drill-down to the answers behind a figure', () => {
  const f = resultsFiltersOf(params('from=2026-01-15&to=2026-06-30&need=problem&by=month'), '2026-12-08');

  it('a question answer: the filters without the breakdown, plus question and value', () => {
    expect(drillDownQuery(f, { question: 'simple', value: '5' })).toBe(
      'from=2026-01-15&to=2026-06-30&need=problem&question=simple&value=5',
    );
  });

  it('a dimension', () => {
    expect(drillDownQuery(f, { dimension: 'enkelhet' })).toBe(
      'from=2026-01-15&to=2026-06-30&need=problem&dimension=enkelhet',
    );
  });

  it('a month group narrows the period: January within 2026-01-15.. is 2026-01-15..2026-01-31', () => {
    expect(drillDownQuery(f, { group: { by: 'month', key: '2026-01' } })).toBe(
      'from=2026-01-15&to=2026-01-31&need=problem',
    );
  });

  it('a unit group filters on the unit', () => {
    expect(drillDownQuery(f, { group: { by: 'unit', key: 'u1' } })).toBe(
      'from=2026-01-15&to=2026-06-30&need=problem&unitId=u1',
    );
  });
});
