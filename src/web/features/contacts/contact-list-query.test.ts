import { describe, expect, it } from 'vitest';
import { contactListPath, filtersOf, NO_FILTERS, searchParamsOf } from './contact-list-query.js';

const topicId = '7b0f7f47-8d0a-4a5e-9a43-3f0c0d5d2a11';

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
