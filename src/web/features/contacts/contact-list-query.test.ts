import { describe, expect, it } from 'vitest';
import {
  activeDrillDowns,
  contactListPath,
  filtersOf,
  NO_FILTERS,
  searchParamsOf,
  type ContactFilters,
} from './contact-list-query.js';

const topicId = '7b0f7f47-8d0a-4a5e-9a43-3f0c0d5d2a11';
const unitId = '1c6f7e0a-3b1d-4f8e-9a2b-5d4c3b2a1f00';

describe('contact list filters', () => {
  it('round-trip through the address', () => {
    const filters = {
      ...NO_FILTERS,
      from: '2026-03-01',
      to: '2026-03-31',
      need: 'problem' as const,
      topicId,
      failureDemand: 'true' as const,
    };
    expect(filtersOf(searchParamsOf(filters))).toEqual(filters);
  });

  it('malformed values are dropped: a day that does not exist, an unknown code, an id that is no UUID', () =>
    expect(
      filtersOf(new URLSearchParams('from=2026-02-30&channel=fax&topicId=12&failureDemand=maybe')),
    ).toEqual(NO_FILTERS));

  it('the API path has only the filters set, the page size and the cursor', () =>
    expect(contactListPath({ ...NO_FILTERS, channel: 'phone' }, 50, 'abc')).toBe(
      '/api/contacts?channel=phone&limit=50&cursor=abc',
    ));
});

describe('drill-down filters', () => {
  const drillDown: ContactFilters = {
    ...NO_FILTERS,
    weekday: '1',
    hour: '0',
    gender: 'none',
    ageBand: '80+',
    district: 'Kallhäll-Stäket',
    failureReason: 'chasing_case',
    existingCase: 'false',
    forwardedToUnitId: unitId,
  };

  it('round-trip through the address, with the other filters', () => {
    const filters = { ...drillDown, from: '2026-01-01', channel: 'phone' as const };
    expect(filtersOf(searchParamsOf(filters))).toEqual(filters);
    const noDistrict = { ...NO_FILTERS, noDistrict: 'true' as const, ageBand: 'none' as const };
    expect(filtersOf(searchParamsOf(noDistrict))).toEqual(noDistrict);
  });

  it('go to the API (and so to the export, which uses the same parameters), "80+" encoded', () =>
    expect(contactListPath(drillDown, 50)).toBe(
      '/api/contacts?weekday=1&hour=0&gender=none&ageBand=80%2B&district=Kallh%C3%A4ll-St%C3%A4ket' +
        `&failureReason=chasing_case&existingCase=false&forwardedToUnitId=${unitId}&limit=50`,
    ));

  it.each([
    ['weekday 0: ISO days are 1 (Monday) to 7 (Sunday)', 'weekday=0'],
    ['weekday 8', 'weekday=8'],
    ['weekday as a name', 'weekday=monday'],
    ['hour 24: hours are 0 to 23', 'hour=24'],
    ['hour with a fraction', 'hour=8.5'],
    ['hour empty', 'hour='],
    ['hour negative', 'hour=-1'],
    ['an unknown gender', 'gender=x'],
    ['an unknown age band', 'ageBand=90%2B'],
    ['"80+" with the plus unencoded, which an address reads as a space', 'ageBand=80+'],
    ['a district longer than 60 characters', `district=${'a'.repeat(61)}`],
    ['noDistrict other than true', 'noDistrict=false'],
    ['an unknown failure reason', 'failureReason=lazy'],
    ['existingCase other than true or false', 'existingCase=yes'],
    ['forwardedToUnitId that is no UUID', 'forwardedToUnitId=12'],
  ])('dropped when malformed: %s', (_label, query) =>
    expect(filtersOf(new URLSearchParams(query))).toEqual(NO_FILTERS),
  );

  it('an hour with a leading zero is read as the hour', () =>
    expect(filtersOf(new URLSearchParams('hour=08')).hour).toBe('8'));

  it('district and noDistrict together, which the API refuses: the named district is kept', () =>
    expect(filtersOf(new URLSearchParams('district=Jakobsberg&noDistrict=true'))).toEqual({
      ...NO_FILTERS,
      district: 'Jakobsberg',
    }));

  it('activeDrillDowns: the ones set, in chip order, none of the form’s filters', () => {
    expect(activeDrillDowns({ ...NO_FILTERS, channel: 'phone', from: '2026-01-01' })).toEqual([]);
    expect(activeDrillDowns(drillDown)).toEqual([
      'weekday',
      'hour',
      'gender',
      'ageBand',
      'district',
      'failureReason',
      'existingCase',
      'forwardedToUnitId',
    ]);
  });
});
