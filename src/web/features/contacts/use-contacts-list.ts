/**
 * The filtered contact list, a page at a time: the first page whenever the filters change, the
 * next one ("Visa fler") from the cursor the previous page ended with, appended.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import { contactListPath, type ContactFilters } from './contact-list-query.js';
import type { Contact, ContactsPage, Topic } from './contact-types.js';

export const LIST_PAGE_SIZE = 50;

export type ListState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      contacts: Contact[];
      nextCursor: string | null;
      /** How many contacts the filters select (from the first page); null if the server did not say. */
      total: number | null;
      loadingMore: boolean;
      moreError: ApiError | null;
    };

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, HTTP_ERROR, ''));

export function useContactsList(filters: ContactFilters): {
  list: ListState;
  loadMore: () => void;
  forget: (id: string) => void;
  topics: Resource<{ topics: Topic[] }>;
  units: Resource<{ units: Unit[] }>;
} {
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true');
  const units = useApiGet<{ units: Unit[] }>('/api/units?includeArchived=true');
  const firstPage = contactListPath(filters, LIST_PAGE_SIZE);
  // The list belongs to the filters it was loaded for: other filters mean loading, and a next
  // page that arrives after the filters changed is dropped.
  const [loaded, setLoaded] = useState<{ path: string; state: ListState } | null>(null);
  const list = useMemo<ListState>(
    () => (loaded?.path === firstPage ? loaded.state : { status: 'loading' }),
    [loaded, firstPage],
  );

  useEffect(() => {
    const controller = new AbortController();
    api.get<ContactsPage>(firstPage, { signal: controller.signal }).then(
      (page) =>
        setLoaded({
          path: firstPage,
          state: { status: 'ready', ...page, total: page.total ?? null, loadingMore: false, moreError: null },
        }),
      (e: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({ path: firstPage, state: { status: 'error', error: asApiError(e) } });
      },
    );
    return () => controller.abort();
  }, [firstPage]);

  const loadMore = useCallback(() => {
    if (list.status !== 'ready' || !list.nextCursor || list.loadingMore) return;
    const path = contactListPath(filters, LIST_PAGE_SIZE, list.nextCursor);
    const update = (next: (state: ListState & { status: 'ready' }) => ListState) =>
      setLoaded((current) =>
        current?.path === firstPage && current.state.status === 'ready'
          ? { path: firstPage, state: next(current.state) }
          : current,
      );
    update((state) => ({ ...state, loadingMore: true, moreError: null }));
    api.get<ContactsPage>(path).then(
      (page) =>
        update((state) => ({
          ...state,
          contacts: [...state.contacts, ...page.contacts],
          nextCursor: page.nextCursor,
          loadingMore: false,
        })),
      (e: unknown) => update((state) => ({ ...state, loadingMore: false, moreError: asApiError(e) })),
    );
  }, [filters, firstPage, list]);

  /** Takes a deleted contact out of the list shown (the server no longer lists it). */
  const forget = useCallback(
    (id: string) =>
      setLoaded((current) =>
        current?.state.status === 'ready'
          ? {
              ...current,
              state: {
                ...current.state,
                contacts: current.state.contacts.filter((c) => c.id !== id),
                total: current.state.total === null ? null : Math.max(0, current.state.total - 1),
              },
            }
          : current,
      ),
    [],
  );

  return { list, loadMore, forget, topics: topics.resource, units: units.resource };
}
