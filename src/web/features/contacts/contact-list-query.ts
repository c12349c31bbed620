/**
 * The filters of the contact list, as the page's address holds them (so a filtered list can be
 * bookmarked, shared and reached with Back) and as GET /api/contacts reads them.
 */
import {
  AGE_BANDS,
  CHANNELS,
  FAILURE_REASONS,
  GENDERS,
  NEEDS,
  RESOLUTIONS,
} from '../../../core/contacts/taxonomy.js';
import { isCalendarDay } from '../../../core/contacts/calendar-day.js';
import { DISTRICT_MAX_LENGTH } from '../../../core/contacts/citizen-profile.js';
import type { AgeBand, Channel, FailureReason, Gender, Need, Resolution } from './contact-types.js';

/** ISO days of the week, Monday first, as the weekday filter writes them. */
export const ISO_WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

export interface ContactFilters {
  from: string;
  to: string;
  channel: Channel | '';
  need: Need | '';
  topicId: string;
  unitId: string;
  resolution: Resolution | '';
  failureDemand: 'true' | 'false' | '';
  // Drill-down filters: set by a link from the analysis, shown as removable chips, no form field.
  /** ISO day of the week in Stockholm, '1' (Monday) to '7' (Sunday). */
  weekday: IsoWeekday | '';
  /** Hour of the start in Stockholm, '0' to '23'. */
  hour: string;
  /** 'none': not recorded. */
  gender: Gender | 'none' | '';
  /** 'none': not recorded. */
  ageBand: AgeBand | 'none' | '';
  district: string;
  /** 'true': no district recorded; never together with district. */
  noDistrict: 'true' | '';
  failureReason: FailureReason | '';
  existingCase: 'true' | 'false' | '';
  forwardedToUnitId: string;
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
  weekday: '',
  hour: '',
  gender: '',
  ageBand: '',
  district: '',
  noDistrict: '',
  failureReason: '',
  existingCase: '',
  forwardedToUnitId: '',
};

/** The filters the form has no field for, in the order their chips are shown. */
export const DRILL_DOWN_KEYS = [
  'weekday',
  'hour',
  'gender',
  'ageBand',
  'district',
  'noDistrict',
  'failureReason',
  'existingCase',
  'forwardedToUnitId',
] as const satisfies readonly (keyof ContactFilters)[];
export type DrillDownKey = (typeof DRILL_DOWN_KEYS)[number];

const KEYS = Object.keys(NO_FILTERS) as (keyof ContactFilters)[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** An hour 0-23 written plainly ("8"; "08" becomes "8"), or ''. */
function hourOf(value: string | null): string {
  if (value === null || !/^\d{1,2}$/.test(value)) return '';
  const n = Number(value);
  return n <= 23 ? String(n) : '';
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
  const rawDistrict = params.get('district') ?? '';
  const district = rawDistrict.length <= DISTRICT_MAX_LENGTH ? rawDistrict : '';
  return {
    from: day('from'),
    to: day('to'),
    channel: oneOf(CHANNELS, params.get('channel')),
    need: oneOf(NEEDS, params.get('need')),
    topicId: id('topicId'),
    unitId: id('unitId'),
    resolution: oneOf(RESOLUTIONS, params.get('resolution')),
    failureDemand: oneOf(['true', 'false'] as const, params.get('failureDemand')),
    weekday: oneOf(ISO_WEEKDAYS, params.get('weekday')),
    hour: hourOf(params.get('hour')),
    gender: oneOf([...GENDERS, 'none'] as const, params.get('gender')),
    ageBand: oneOf([...AGE_BANDS, 'none'] as const, params.get('ageBand')),
    district,
    // The API refuses both at once; the named district is kept.
    noDistrict: district === '' ? oneOf(['true'] as const, params.get('noDistrict')) : '',
    failureReason: oneOf(FAILURE_REASONS, params.get('failureReason')),
    existingCase: oneOf(['true', 'false'] as const, params.get('existingCase')),
    forwardedToUnitId: id('forwardedToUnitId'),
  };
}

/** The filters that are set, as search parameters in a fixed order. */
export function searchParamsOf(filters: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key] !== '') params.set(key, filters[key]);
  return params;
}

/** The drill-down filters that are set, in chip order. */
export function activeDrillDowns(filters: ContactFilters): DrillDownKey[] {
  return DRILL_DOWN_KEYS.filter((key) => filters[key] !== '');
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
