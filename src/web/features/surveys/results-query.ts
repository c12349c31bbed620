/**
 * The results page's choices in its address (so a view can be shared, and the drill-down's "back"
 * returns to it): the period, the filters, the breakdown. The same query goes to the results, the
 * exports and, with the figure's question, answer or dimension added, to the answers behind it.
 */
import { isCalendarDay } from '../../../core/contacts/calendar-day.js';
import { defaultPeriod } from '../analysis/analysis-query.js';
import { BREAKDOWNS, type Breakdown } from './types.js';

export const FILTER_KEYS = ['version', 'channel', 'topicId', 'need', 'unitId', 'resolution'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ResultsFilters {
  from: string;
  to: string;
  filters: Partial<Record<FilterKey, string>>;
  by: Breakdown | null;
}

/**
 * The period by default: from the first day of the month a year before this one to today, so a
 * survey started this week shows its first answers (results are by the day of the contact asked
 * about, and an answer can only follow a contact).
 */
export function resultsFiltersOf(params: URLSearchParams, today: string): ResultsFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isCalendarDay(from) && isCalendarDay(to) && from <= to;
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const by = params.get('by');
  return {
    from: valid ? from : defaultPeriod(today).from,
    to: valid ? to : today,
    filters,
    by: BREAKDOWNS.includes(by as Breakdown) ? (by as Breakdown) : null,
  };
}

/** The query string of the results (and of the exports, which take the same parameters). */
export function resultsQuery(f: ResultsFilters): string {
  const params = new URLSearchParams({ from: f.from, to: f.to });
  for (const key of FILTER_KEYS) {
    const value = f.filters[key];
    if (value) params.set(key, value);
  }
  if (f.by) params.set('by', f.by);
  return params.toString();
}

/** What a figure stands for: a question (and one of its answers), or a dimension. */
export type DrillTarget =
  { question: string; value?: string } | { dimension: string } | { group: { by: Breakdown; key: string } };

/**
 * The answers behind a figure: the results' filters without the breakdown, plus the figure's own
 * question, answer or dimension; a group's figure adds its group as one more filter.
 */
export function drillDownQuery(f: ResultsFilters, target: DrillTarget): string {
  const params = new URLSearchParams(resultsQuery({ ...f, by: null }));
  if ('question' in target) {
    params.set('question', target.question);
    if (target.value !== undefined) params.set('value', target.value);
  } else if ('dimension' in target) {
    params.set('dimension', target.dimension);
  } else {
    const filter = GROUP_FILTER[target.group.by];
    if (filter === 'month') {
      // A month narrows the period to that month (its days within the chosen period).
      const [y, m] = target.group.key.split('-').map(Number) as [number, number];
      const first = `${target.group.key}-01`;
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      params.set('from', first > f.from ? first : f.from);
      params.set('to', last < f.to ? last : f.to);
    } else {
      params.set(filter, target.group.key);
    }
  }
  return params.toString();
}

const GROUP_FILTER: Record<Breakdown, FilterKey | 'month'> = {
  channel: 'channel',
  need: 'need',
  unit: 'unitId',
  resolution: 'resolution',
  version: 'version',
  month: 'month',
};
