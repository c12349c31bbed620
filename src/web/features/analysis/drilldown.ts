/**
 * From a bar, cell, point or table row of an analysis to the contacts behind it: the contact
 * list (/contacts/list) with the page's filters and the element's own. The list reads the same
 * parameters (contacts/contact-list-query.ts), so what it shows is what the chart counted.
 */
import type { Bucket, SeriesInterval } from '../../../core/analysis/types.js';
import type {
  AgeBand,
  Channel,
  FailureReason,
  Gender,
  Need,
  Resolution,
} from '../../../core/contacts/taxonomy.js';
import { addDays, addYears, filterSearchParams, type AnalysisFilters } from './analysis-query.js';

export const CONTACT_LIST_PATH = '/contacts/list';

/** One clickable element of a chart, by what it stands for. */
export type DrillTarget =
  | { kind: 'cell'; weekday: number; hour: number }
  | { kind: 'bucket'; from: string; to: string }
  | { kind: 'channel'; channel: Channel }
  | { kind: 'district'; district: string | null }
  | { kind: 'gender'; gender: Gender | null }
  | { kind: 'ageBand'; ageBand: AgeBand | null }
  | { kind: 'need'; need: Need }
  | { kind: 'topic'; topicId: string }
  /** Failure-demand contacts, whatever their reason. */
  | { kind: 'failureDemand' }
  | { kind: 'failureReason'; reason: FailureReason }
  | { kind: 'failureByTopic'; topicId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'failureByDepartment'; departmentId: string }
  | { kind: 'existingCases'; departmentId: string }
  | { kind: 'forwardedTo'; departmentId: string }
  | { kind: 'fixFirst'; topicId: string }
  /** A grade of resolution within a row of an outcome table (the row's own target, or the whole period). */
  | { kind: 'resolution'; resolution: Resolution; within: DrillTarget | null }
  /** A period other than the filter bar's (the base period of a change). */
  | { kind: 'period'; from: string; to: string }
  /** Several at once: a need in a bucket, a department's failure demand in a month. */
  | { kind: 'all'; targets: readonly DrillTarget[] };

/** The contact list's parameters for the element on a page with these filters. */
export function drillParams(filters: AnalysisFilters, target: DrillTarget): URLSearchParams {
  const params = filterSearchParams(filters);
  apply(params, filters, target);
  return params;
}

function apply(params: URLSearchParams, filters: AnalysisFilters, target: DrillTarget): void {
  switch (target.kind) {
    case 'cell':
      params.set('weekday', String(target.weekday));
      params.set('hour', String(target.hour));
      return;
    case 'bucket':
    case 'period':
      params.set('from', target.from);
      params.set('to', target.to);
      return;
    case 'channel':
      params.set('channel', target.channel);
      return;
    case 'district':
      if (target.district === null) params.set('noDistrict', 'true');
      else params.set('district', target.district);
      return;
    case 'gender':
      params.set('gender', target.gender ?? 'none');
      return;
    case 'ageBand':
      params.set('ageBand', target.ageBand ?? 'none');
      return;
    case 'need':
      params.set('need', target.need);
      return;
    case 'topic':
      params.set('topicId', target.topicId);
      return;
    case 'failureDemand':
      params.set('failureDemand', 'true');
      return;
    case 'failureReason':
      params.set('failureDemand', 'true');
      params.set('failureReason', target.reason);
      return;
    case 'failureByTopic':
    case 'fixFirst':
      params.set('topicId', target.topicId);
      params.set('failureDemand', 'true');
      return;
    case 'department':
      setDepartment(params, filters, target.departmentId);
      return;
    case 'failureByDepartment':
      setDepartment(params, filters, target.departmentId);
      params.set('failureDemand', 'true');
      return;
    case 'existingCases':
      setDepartment(params, filters, target.departmentId);
      params.set('existingCase', 'true');
      return;
    case 'forwardedTo':
      params.set('resolution', 'forwarded');
      params.set('forwardedToUnitId', target.departmentId);
      return;
    case 'resolution':
      if (target.within) apply(params, filters, target.within);
      params.set('resolution', target.resolution);
      return;
    case 'all':
      for (const t of target.targets) apply(params, filters, t);
      return;
  }
}

/**
 * A department's contacts. A unit chosen in the filter bar is kept: the analysis counted only its
 * contacts, so the row of its department stands for the chosen unit's (a unit below it, or the
 * department itself).
 */
function setDepartment(params: URLSearchParams, filters: AnalysisFilters, departmentId: string): void {
  if (!filters.unitId) params.set('unitId', departmentId);
}

/** The address of the contact list for the element. */
export function contactListHref(filters: AnalysisFilters, target: DrillTarget): string {
  return `${CONTACT_LIST_PATH}?${drillParams(filters, target).toString()}`;
}

/** A bucket's drill target: its days. */
export function bucketTarget(bucket: Pick<Bucket, 'from' | 'to'>): DrillTarget {
  return { kind: 'bucket', from: bucket.from, to: bucket.to };
}

function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Monday of ISO week 1 of the ISO year: the Monday of the week that holds 4 January. */
function mondayOfWeekOne(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - (isoWeekday(new Date(jan4).toISOString().slice(0, 10)) - 1) * 86_400_000;
}

function isoWeekOf(day: string): { year: number; week: number } {
  const ms = Date.parse(`${day}T00:00:00Z`);
  // The Thursday of the day's week decides its ISO year.
  const thursday = ms + (4 - isoWeekday(day)) * 86_400_000;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - mondayOfWeekOne(year)) / (7 * 86_400_000)) + 1 };
}

function weeksIn(year: number): number {
  return isoWeekOf(`${year}-12-28`).week;
}

/**
 * The day a year before that the analysis compares a day with (core/analysis/periods.ts,
 * lastYearDayOf, whose calendar module is too heavy for the browser): for weeks the same ISO
 * weekday of the same ISO week, for months the same date; null for 29 February and for week 53
 * of a year whose previous year had 52.
 */
export function lastYearDayOf(day: string, interval: SeriesInterval): string | null {
  if (interval === 'month') return day.endsWith('-02-29') ? null : addYears(day, -1);
  const { year, week } = isoWeekOf(day);
  if (week > weeksIn(year - 1)) return null;
  const monday = mondayOfWeekOne(year - 1) + (week - 1) * 7 * 86_400_000;
  return new Date(monday + (isoWeekday(day) - 1) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days a year earlier that a bucket's "last year" count covers, or null when there are none.
 * A bucket never spans a year's end in weeks or months, so its days map to consecutive days.
 */
export function lastYearBucket(
  bucket: Pick<Bucket, 'from' | 'to'>,
  interval: SeriesInterval,
): DrillTarget | null {
  let from = lastYearDayOf(bucket.from, interval);
  let to = lastYearDayOf(bucket.to, interval);
  // 29 February alone has no counterpart; the days around it do.
  if (from === null && bucket.from !== bucket.to) from = lastYearDayOf(addDays(bucket.from, 1), interval);
  if (to === null && bucket.from !== bucket.to) to = lastYearDayOf(addDays(bucket.to, -1), interval);
  return from && to && from <= to ? { kind: 'bucket', from, to } : null;
}
