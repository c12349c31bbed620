/**
 * An Analys page opened straight from its address (a bookmark, a link sent on): its figures, the
 * session and the filter bar's catalogue are asked for, and the area's code and ECharts fetched,
 * as soon as the app's script runs, instead of one after the other as the page renders
 * (bench/analysis.ts: the first screen within 1.5 s). Nothing here decides what is shown: the
 * pages ask for the same paths (pageApiPaths) and take these answers if they came.
 */
import { prefetchGet } from '../../api/client.js';
import { filtersOf, pageApiPaths, today } from './analysis-query.js';

export function prefetchAnalysis(location: { pathname: string; search: string }): void {
  if (!/^\/analysis(\/|$)/.test(location.pathname)) return;
  const params = new URLSearchParams(location.search);
  for (const path of pageApiPaths(location.pathname, params, filtersOf(params, today()))) prefetchGet(path);
  prefetchGet('/api/auth/session');
  prefetchGet('/api/units?includeArchived=true');
  prefetchGet('/api/topics?includeRetired=true');
  void import('./analysis-area.js');
  void import('./chart.js');
}
