/**
 * The data of the Analys area: one analysis for the address's filters, and the organisation and
 * catalogue the filter bar picks from.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { Topic } from '../contacts/contact-types.js';

/**
 * GET `path`, as a resource that belongs to that path: while other filters load, the page says
 * so instead of showing (and linking from) the figures of the previous choice.
 */
export function useAnalysis<T>(path: string | null): Resource<T> {
  const [loaded, setLoaded] = useState<{ path: string; resource: Resource<T> } | null>(null);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api.get<T>(path, { signal: controller.signal }).then(
      (data) => setLoaded({ path, resource: { status: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = error instanceof ApiError ? error : new ApiError(0, HTTP_ERROR, '');
        setLoaded({ path, resource: { status: 'error', error: problem } });
      },
    );
    return () => controller.abort();
  }, [path]);
  return loaded !== null && loaded.path === path ? loaded.resource : { status: 'loading' };
}

export interface Catalogue {
  units: Resource<{ units: Unit[] }>;
  topics: Resource<{ topics: Topic[] }>;
}

/** Units and topics, archived and retired ones too: a past period may name them. */
export function useCatalogue(): Catalogue {
  const units = useApiGet<{ units: Unit[] }>('/api/units?includeArchived=true').resource;
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true').resource;
  return { units, topics };
}
