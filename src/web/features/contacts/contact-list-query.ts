/**
 * The filters of the contact list, as the page's address holds them (so a filtered list can be
 * bookmarked, shared and reached with Back) and as GET /api/contacts reads them.
 */
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import { isCalendarDay } from '../../../core/contacts/calendar-day.js';
import type { Channel, Need, Resolution } from './contact-types.js';

export interface ContactFilters {
  from: string;
  to: string;
  channel: Channel | '';
  need: Need | '';
  topicId: string;
  unitId: string;
  resolution: Resolution | '';
  failureDemand: 'true' | 'false' | '';
}

export const NO_FILTERS: ContactFilters = {
  from: '',
  to: '',
  channel: '',
  need: '',
  topicId: '',
  unitId: '',
  resolution: '',
  failureDemand: '',
};

const KEYS = Object.keys(NO_FILTERS) as (keyof ContactFilters)[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** The filters in an address; anything malformed is dropped rather than sent to be refused. */
export function filtersOf(params: URLSearchParams): ContactFilters {
  const day = (key: string) => {
    const v = params.get(key) ?? '';
    return isCalendarDay(v) ? v : '';
  };
  const id = (key: string) => {
    const v = params.get(key) ?? '';
    return UUID.test(v) ? v : '';
  };
  return {
    from: day('from'),
    to: day('to'),
    channel: oneOf(CHANNELS, params.get('channel')),
    need: oneOf(NEEDS, params.get('need')),
    topicId: id('topicId'),
    unitId: id('unitId'),
    resolution: oneOf(RESOLUTIONS, params.get('resolution')),
    failureDemand: oneOf(['true', 'false'] as const, params.get('failureDemand')),
  };
}

/** The filters that are set, as search parameters in a fixed order. */
export function searchParamsOf(filters: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key] !== '') params.set(key, filters[key]);
  return params;
}

/** The API address of a page of the filtered list. */
export function contactListPath(
  filters: ContactFilters,
  limit: number,
  cursor: string | null = null,
): string {
  const params = searchParamsOf(filters);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/contacts?${params.toString()}`;
}
