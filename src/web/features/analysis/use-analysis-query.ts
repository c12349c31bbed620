/** The Analys area's address as the sub-pages read and change it. */
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filtersOf, today, withFilters, withParam, type AnalysisFilters } from './analysis-query.js';

export interface AnalysisQueryState {
  params: URLSearchParams;
  filters: AnalysisFilters;
  /** Today in Stockholm when the area opened: it decides the default period. */
  day: string;
  applyFilters: (filters: AnalysisFilters) => void;
  /** Sets (or with undefined removes) sub-page choices, the filters kept. */
  setChoices: (choices: Readonly<Record<string, string | undefined>>) => void;
}

export function useAnalysisQuery(): AnalysisQueryState {
  const [params, setParams] = useSearchParams();
  const [day] = useState(today);
  const filters = useMemo(() => filtersOf(params, day), [params, day]);
  const applyFilters = useCallback(
    (next: AnalysisFilters) => setParams((current) => withFilters(current, next)),
    [setParams],
  );
  const setChoices = useCallback(
    (choices: Readonly<Record<string, string | undefined>>) =>
      setParams((current) => {
        let next = current;
        for (const [key, value] of Object.entries(choices)) next = withParam(next, key, value);
        return next;
      }),
    [setParams],
  );
  return { params, filters, day, applyFilters, setChoices };
}
