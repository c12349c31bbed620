import { describe, expect, it } from 'vitest';
import {
  addYears,
  analysisCsvPath,
  analysisPath,
  basePeriodOf,
  dayCount,
  defaultPeriod,
  departmentCsvPath,
  departmentPdfPath,
  departmentReportPath,
  filterSearchParams,
  filtersOf,
  intervalOf,
  measureOf,
  pageApiPaths,
  periodErrors,
  withFilters,
  withParam,
} from './analysis-query.js';

const TODAY = '2026-05-14';
const UNIT = '5b0c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const TOPIC = '0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
const params = (query: string) => new URLSearchParams(query);

describe('the default period', () => {
  it('is the last twelve whole months before the current one', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2025-05-01', to: '2026-04-30' });
  });

  it('crosses the year in January: 2026-01-01 gives all of 2025', () => {
    expect(defaultPeriod('2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('ends on 29 February in a leap year', () => {
    expect(defaultPeriod('2028-03-31')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });
});

describe('the period check, as the API makes it', () => {
  it('takes real days in order', () => {
    expect(periodErrors('2026-01-01', '2026-01-01')).toEqual({});
  });

  it('refuses a day that does not exist (2026-02-30) and a malformed one', () => {
    expect(periodErrors('2026-02-30', '2026-3-1')).toEqual({ from: 'invalid', to: 'invalid' });
  });

  it('refuses an end before the start, on the end', () => {
    expect(periodErrors('2026-02-02', '2026-02-01')).toEqual({ to: 'order' });
  });

  it('takes 1,100 days with both ends counted and refuses 1,101', () => {
    expect(dayCount('2024-01-01', '2027-01-04')).toBe(1100);
    expect(periodErrors('2024-01-01', '2027-01-04')).toEqual({});
    expect(periodErrors('2024-01-01', '2027-01-05')).toEqual({ to: 'tooLong' });
  });
});

describe('filters in the address', () => {
  it('reads every filter that is well formed', () => {
    const filters = filtersOf(
      params(
        `from=2026-01-01&to=2026-03-31&channel=phone&unitId=${UNIT}&topicId=${TOPIC}&need=problem&resolution=forwarded`,
      ),
      TODAY,
    );
    expect(filters).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      channel: 'phone',
      unitId: UNIT,
      topicId: TOPIC,
      need: 'problem',
      resolution: 'forwarded',
    });
  });

  it('drops what is malformed rather than sending it to be refused', () => {
    const filters = filtersOf(
      params('from=2026-01-01&to=2026-03-31&channel=fax&unitId=abc&need=&resolution=x'),
      TODAY,
    );
    expect(filters).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      channel: undefined,
      unitId: undefined,
      topicId: undefined,
      need: undefined,
      resolution: undefined,
    });
  });

  it('falls back to the default period when the period is missing, reversed or too long', () => {
    const fallback = defaultPeriod(TODAY);
    for (const query of [
      '',
      'from=2026-01-01',
      'from=2026-03-01&to=2026-01-01',
      'from=2020-01-01&to=2026-01-01',
    ]) {
      const { from, to } = filtersOf(params(query), TODAY);
      expect({ from, to }, query).toEqual(fallback);
    }
  });

  it('writes the set filters in a fixed order, and reads them back the same', () => {
    const filters = filtersOf(params(`need=problem&to=2026-03-31&unitId=${UNIT}&from=2026-01-01`), TODAY);
    const written = filterSearchParams(filters).toString();
    expect(written).toBe(`from=2026-01-01&to=2026-03-31&unitId=${UNIT}&need=problem`);
    expect(filtersOf(params(written), TODAY)).toEqual(filters);
  });

  it('new filters keep a sub-page’s own choices (interval, measure)', () => {
    const current = params(`from=2026-01-01&to=2026-03-31&channel=phone&interval=week&measure=contacts`);
    const next = withFilters(current, { from: '2025-01-01', to: '2025-12-31', need: 'problem' });
    expect(next.toString()).toBe('from=2025-01-01&to=2025-12-31&need=problem&interval=week&measure=contacts');
  });

  it('a choice is set or removed with the filters kept', () => {
    const current = params('from=2026-01-01&to=2026-03-31');
    expect(withParam(current, 'interval', 'week').toString()).toBe(
      'from=2026-01-01&to=2026-03-31&interval=week',
    );
    expect(withParam(params('from=2026-01-01&interval=week'), 'interval', undefined).toString()).toBe(
      'from=2026-01-01',
    );
  });
});

describe('sub-page choices', () => {
  it('months unless weeks are asked for', () => {
    expect(intervalOf(params(''))).toBe('month');
    expect(intervalOf(params('interval=week'))).toBe('week');
    expect(intervalOf(params('interval=day'))).toBe('month');
  });

  it('failure demand share unless another known measure is named', () => {
    expect(measureOf(params(''))).toBe('failure_demand_share');
    expect(measureOf(params('measure=contacts'))).toBe('contacts');
    expect(measureOf(params('measure=guides'))).toBe('failure_demand_share');
  });

  it('the base period is the one the address gives, else none (the API picks one with data)', () => {
    const filters = { from: '2025-03-01', to: '2026-02-28' };
    expect(basePeriodOf(params(''), filters)).toBeNull();
    expect(basePeriodOf(params('baseFrom=2025-01-01&baseTo=2025-01-31'), filters)).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(basePeriodOf(params('baseFrom=2025-01-31&baseTo=2025-01-01'), filters)).toBeNull();
  });

  it('a year before 29 February is 28 February', () => {
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
  });
});

describe('API addresses', () => {
  const filters = { from: '2026-01-01', to: '2026-03-31', channel: 'phone' as const, unitId: UNIT };

  it('an analysis with its filters and choices', () => {
    expect(analysisPath('when', filters, { interval: 'week' })).toBe(
      `/api/analysis/when?from=2026-01-01&to=2026-03-31&channel=phone&unitId=${UNIT}&interval=week`,
    );
  });

  it('a chart’s CSV: .csv, the table and the language', () => {
    expect(analysisCsvPath('why', filters, {}, 'topics', 'sv')).toBe(
      `/api/analysis/why.csv?from=2026-01-01&to=2026-03-31&channel=phone&unitId=${UNIT}&table=topics&lang=sv`,
    );
  });

  it('the department report names the department in the path and leaves the unit filter out', () => {
    expect(departmentReportPath(TOPIC, filters)).toBe(
      `/api/analysis/departments/${TOPIC}?from=2026-01-01&to=2026-03-31&channel=phone`,
    );
    expect(departmentCsvPath(TOPIC, filters, 'monthly', 'en')).toBe(
      `/api/analysis/departments/${TOPIC}.csv?from=2026-01-01&to=2026-03-31&channel=phone&table=monthly&lang=en`,
    );
    expect(departmentPdfPath(TOPIC, filters, 'sv')).toBe(
      `/api/analysis/departments/${TOPIC}.pdf?from=2026-01-01&to=2026-03-31&channel=phone&lang=sv`,
    );
  });
});

describe('pageApiPaths', () => {
  const params = new URLSearchParams('from=2026-01-01&to=2026-03-31&interval=week&measure=contacts');
  const filters = filtersOf(params, '2026-04-15');

  it('names the analyses each sub-page asks for, with its own choices from the address', () => {
    expect(pageApiPaths('/analysis', params, filters)).toEqual([
      '/api/analysis/when?from=2026-01-01&to=2026-03-31&interval=week',
    ]);
    expect(pageApiPaths('/analysis/', params, filters)).toEqual(pageApiPaths('/analysis', params, filters));
    expect(pageApiPaths('/analysis/who', params, filters)).toEqual([
      '/api/analysis/who?from=2026-01-01&to=2026-03-31',
    ]);
    expect(pageApiPaths('/analysis/why', params, filters)).toEqual([
      '/api/analysis/why?from=2026-01-01&to=2026-03-31&interval=week',
    ]);
    expect(pageApiPaths('/analysis/trend', params, filters)).toEqual([
      '/api/analysis/trend?from=2026-01-01&to=2026-03-31&measure=contacts&interval=week',
      // No base in the address: the API picks one with data.
      '/api/analysis/change?from=2026-01-01&to=2026-03-31&measure=contacts',
    ]);
    const unit = '7cb77336-fd2f-4f1e-8e2a-469cf2ca351f';
    expect(pageApiPaths(`/analysis/departments/${unit}`, params, filters)).toEqual([
      `/api/analysis/departments/${unit}?from=2026-01-01&to=2026-03-31`,
    ]);
    expect(pageApiPaths('/analysis/departments', params, filters)).toEqual([]);
    expect(pageApiPaths('/analysis/nonsense', params, filters)).toEqual([]);
  });
});
