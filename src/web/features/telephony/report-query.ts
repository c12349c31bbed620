/**
 * The weekly report's choices in the address (?scope=&from=&to=), so a view can be bookmarked
 * and sent on. Missing or broken values fall back to all queues and the ten weeks ending with
 * the current week.
 */
import { defaultWeekRange, isIsoWeek } from './iso-week.js';

export interface ReportQuery {
  /** 'all', 'group:<id>' or 'queue:<id>'. */
  scope: string;
  from: string;
  to: string;
}

const SCOPE = /^(all|(group|queue):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function isScope(text: string): boolean {
  return SCOPE.test(text);
}

/** The report the address asks for, with `today` ('YYYY-MM-DD') deciding the default weeks. */
export function reportQueryOf(params: URLSearchParams, today: string): ReportQuery {
  const scope = params.get('scope') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const fallback = defaultWeekRange(today);
  const weeks =
    isIsoWeek(from) && isIsoWeek(to) && from <= to
      ? { from, to }
      : isIsoWeek(to) && !from
        ? { from: to, to }
        : fallback;
  return { scope: isScope(scope) ? scope : 'all', ...weeks };
}

/** The address's query of a report. */
export function reportSearchParams(query: ReportQuery): URLSearchParams {
  return new URLSearchParams({ scope: query.scope, from: query.from, to: query.to });
}

/** Client-side check of the two weeks before asking the server; the keys are the fields at fault. */
export function weekErrors(from: string, to: string): { from?: 'invalid'; to?: 'invalid' | 'order' } {
  const errors: { from?: 'invalid'; to?: 'invalid' | 'order' } = {};
  if (!isIsoWeek(from)) errors.from = 'invalid';
  if (!isIsoWeek(to)) errors.to = 'invalid';
  else if (!errors.from && to < from) errors.to = 'order';
  return errors;
}
