/**
 * The Analys area's filter bar in the address (?from=&to=&channel=&unitId=&topicId=&need=
 * &resolution=), so that a view can be bookmarked and sent on, and every sub-page reads the same
 * choices. A sub-page's own choices (interval, measure, the base period of a change) sit beside
 * them in the same query. Missing or malformed values fall back to the defaults rather than
 * being sent to the server to be refused.
 */
import { CHANNELS, NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import { calendarDayOf, isCalendarDay } from '../../../core/contacts/calendar-day.js';
import {
  TREND_MEASURES,
  type AnalysisFilters,
  type SeriesInterval,
  type TrendMeasure,
} from '../../../core/analysis/types.js';

export type { AnalysisFilters, SeriesInterval, TrendMeasure };

/** The keys of the filter bar, in the order the address writes them. */
export const FILTER_KEYS = ['from', 'to', 'channel', 'unitId', 'topicId', 'need', 'resolution'] as const;

/** The longest period the API accepts, in days with both ends (about three years; server/analysis/schema.ts). */
export const MAX_PERIOD_DAYS = 1100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function partsOf(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** The day n days later (earlier for negative n). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = partsOf(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The same date n years later; 29 February becomes 28 February in a common year. */
export function addYears(day: string, n: number): string {
  const [y, m, d] = partsOf(day);
  const year = y + n;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, last))}`;
}

/** Days from `from` to `to`, both counted. */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The first day of the month n months after the month of `day`. */
function monthStart(day: string, n: number): string {
  const [y, m] = partsOf(day);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

/**
 * The default period: the last twelve whole calendar months before the month of `today`
 * (on 2026-05-14: 2025-05-01 to 2026-04-30). Whole months, so that every month of the series is
 * complete and comparable with the same months a year earlier, and today's half-logged day is
 * never read as a drop.
 */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: monthStart(today, -12), to: addDays(monthStart(today, 0), -1) };
}

/** Today in Europe/Stockholm, the municipality's day. */
export function today(): string {
  return calendarDayOf(new Date());
}

export type PeriodError = 'invalid' | 'order' | 'tooLong';

/** What is wrong with a period, by field; empty when the API would take it. */
export function periodErrors(from: string, to: string): { from?: PeriodError; to?: PeriodError } {
  const errors: { from?: PeriodError; to?: PeriodError } = {};
  if (!isCalendarDay(from)) errors.from = 'invalid';
  if (!isCalendarDay(to)) errors.to = 'invalid';
  if (errors.from || errors.to) return errors;
  if (to < from) errors.to = 'order';
  else if (dayCount(from, to) > MAX_PERIOD_DAYS) errors.to = 'tooLong';
  return errors;
}

/** The filter bar's choices in an address; a broken or missing period is the default one. */
export function filtersOf(params: URLSearchParams, todayDay: string): AnalysisFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = Object.keys(periodErrors(from, to)).length === 0 ? { from, to } : defaultPeriod(todayDay);
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return isUuid(value) ? value.toLowerCase() : undefined;
  };
  return {
    ...period,
    channel: oneOf(CHANNELS, params.get('channel')),
    unitId: id('unitId'),
    topicId: id('topicId'),
    need: oneOf(NEEDS, params.get('need')),
    resolution: oneOf(RESOLUTIONS, params.get('resolution')),
  };
}

/** The filters that are set, as search parameters in a fixed order. */
export function filterSearchParams(filters: AnalysisFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/**
 * The address's query with new filters and everything else (a sub-page's own choices) kept: the
 * filter keys come first, in their fixed order.
 */
export function withFilters(params: URLSearchParams, filters: AnalysisFilters): URLSearchParams {
  const next = filterSearchParams(filters);
  for (const [key, value] of params) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) next.append(key, value);
  }
  return next;
}

/** The address's query with one sub-page choice set (or removed when undefined). */
export function withParam(params: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(key);
  else next.set(key, value);
  return next;
}

/** Weeks or months for the time series; months unless the address says weeks. */
export function intervalOf(params: URLSearchParams): SeriesInterval {
  return params.get('interval') === 'week' ? 'week' : 'month';
}

/** The measure of the trend page; failure demand share unless the address names another. */
export function measureOf(params: URLSearchParams): TrendMeasure {
  return oneOf(TREND_MEASURES, params.get('measure')) ?? 'failure_demand_share';
}

/**
 * The base period a change is measured against: the address's baseFrom/baseTo when they make a
 * period, else the same days one year before the filter bar's period (so seasons meet seasons).
 */
export function basePeriodOf(
  params: URLSearchParams,
  _filters: AnalysisFilters,
): { from: string; to: string } | null {
  const from = params.get('baseFrom') ?? '';
  const to = params.get('baseTo') ?? '';
  if (Object.keys(periodErrors(from, to)).length === 0) return { from, to };
  // None chosen: the API picks a base with data (the same dates a year before, else the period
  // just before) and says which in its answer.
  return null;
}

export type AnalysisEndpoint = 'when' | 'who' | 'why' | 'outcome' | 'trend' | 'change' | 'fix-first';

type Extra = Readonly<Record<string, string | undefined>>;

function queryOf(filters: AnalysisFilters, extra: Extra): URLSearchParams {
  const params = filterSearchParams(filters);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

/** GET /api/analysis/<name>?filters&extra. */
export function analysisPath(name: AnalysisEndpoint, filters: AnalysisFilters, extra: Extra = {}): string {
  return `/api/analysis/${name}?${queryOf(filters, extra).toString()}`;
}

/** The CSV of one of the analysis' tables: the same query, `.csv`, the table and the language. */
export function analysisCsvPath(
  name: AnalysisEndpoint,
  filters: AnalysisFilters,
  extra: Extra,
  table: string,
  lang: 'sv' | 'en',
): string {
  const params = queryOf(filters, extra);
  params.set('table', table);
  params.set('lang', lang);
  return `/api/analysis/${name}.csv?${params.toString()}`;
}

/** The department report's filters: the period and the choices other than the unit (the path says it). */
function departmentQuery(
  unitId: string,
  filters: AnalysisFilters,
): { path: string; params: URLSearchParams } {
  return {
    path: `/api/analysis/departments/${encodeURIComponent(unitId)}`,
    params: filterSearchParams({ ...filters, unitId: undefined }),
  };
}

export function departmentReportPath(unitId: string, filters: AnalysisFilters): string {
  const { path, params } = departmentQuery(unitId, filters);
  return `${path}?${params.toString()}`;
}

export function departmentCsvPath(
  unitId: string,
  filters: AnalysisFilters,
  table: string,
  lang: 'sv' | 'en',
): string {
  const { path, params } = departmentQuery(unitId, filters);
  params.set('table', table);
  params.set('lang', lang);
  return `${path}.csv?${params.toString()}`;
}

export function departmentPdfPath(unitId: string, filters: AnalysisFilters, lang: 'sv' | 'en'): string {
  const { path, params } = departmentQuery(unitId, filters);
  params.set('lang', lang);
  return `${path}.pdf?${params.toString()}`;
}

/** The when page's analysis: weeks or months as the address says. */
export function whenApiPath(params: URLSearchParams, filters: AnalysisFilters): string {
  return analysisPath('when', filters, { interval: intervalOf(params) });
}

/** The why page's analysis: weeks or months as the address says. */
export function whyApiPath(params: URLSearchParams, filters: AnalysisFilters): string {
  return analysisPath('why', filters, { interval: intervalOf(params) });
}

/** The trend page's two analyses: the measure's series and its change against the base period. */
export function trendApiPaths(
  params: URLSearchParams,
  filters: AnalysisFilters,
): { trend: string; change: string } {
  const measure = measureOf(params);
  const base = basePeriodOf(params, filters);
  return {
    trend: analysisPath('trend', filters, { measure, interval: intervalOf(params) }),
    change: analysisPath('change', filters, { measure, baseFrom: base?.from, baseTo: base?.to }),
  };
}

/**
 * The API paths the sub-page at `pathname` (/analysis, /analysis/why, ...) asks for with the
 * address's query, built by the same functions the pages use; none for an address that is no
 * sub-page (or a department page without a department).
 */
export function pageApiPaths(pathname: string, params: URLSearchParams, filters: AnalysisFilters): string[] {
  const rest = pathname.replace(/^\/analysis\/?/, '').replace(/\/$/, '');
  if (rest === '') return [whenApiPath(params, filters)];
  if (rest === 'who' || rest === 'outcome' || rest === 'fix-first') return [analysisPath(rest, filters)];
  if (rest === 'why') return [whyApiPath(params, filters)];
  if (rest === 'trend') return Object.values(trendApiPaths(params, filters));
  const department = /^departments\/([^/]+)$/.exec(rest)?.[1];
  if (department && isUuid(department)) return [departmentReportPath(department.toLowerCase(), filters)];
  return [];
}
