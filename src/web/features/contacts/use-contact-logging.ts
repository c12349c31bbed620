/**
 * What the logging screen reads: the catalogue (retired topics too, to name them in the day's
 * list; the picker leaves them out), the units, the guide's latest contacts (for their recent
 * and most used topics) and today's (for "Mina kontakter idag"); and the corrections a guide
 * makes to today's contacts.
 */
import { useMemo } from 'react';
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import type { ContactCorrection, ContactsPage, SavedContact, Topic } from './contact-types.js';
import { NO_USAGE, topicUsageOf, type TopicUsage } from './topic-search.js';

/** How many of the guide's latest contacts their recent and most used topics come from: a few days' work. */
export const USAGE_HISTORY = 200;
/** Today's contacts of one guide fit in one page: a call every few minutes is well under this. */
export const TODAY_LIMIT = 200;

export interface ContactActions {
  correct: (id: string, correction: ContactCorrection) => Promise<SavedContact>;
  remove: (id: string, reason: string) => Promise<void>;
}

export function useContactLogging(): {
  topics: Resource<{ topics: Topic[] }>;
  units: Resource<{ units: Unit[] }>;
  usage: TopicUsage;
  today: Resource<ContactsPage>;
  /** After a save: today's list and the usage are read again. */
  refresh: () => void;
  actions: ContactActions;
} {
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true');
  const units = useApiGet<{ units: Unit[] }>('/api/units');
  const history = useApiGet<ContactsPage>(`/api/contacts?loggedBy=me&limit=${USAGE_HISTORY}`);
  // The municipality's day (Europe/Stockholm), as the API's period filter reads it.
  const day = calendarDayOf(new Date());
  const today = useApiGet<ContactsPage>(
    `/api/contacts?loggedBy=me&from=${day}&to=${day}&limit=${TODAY_LIMIT}`,
  );
  const historyData = history.resource.status === 'ready' ? history.resource.data : null;
  const usage = useMemo(() => (historyData ? topicUsageOf(historyData.contacts) : NO_USAGE), [historyData]);
  const reloadHistory = history.reload;
  const reloadToday = today.reload;
  const refresh = useMemo(
    () => () => {
      reloadHistory();
      reloadToday();
    },
    [reloadHistory, reloadToday],
  );
  const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;
  const actions: ContactActions = {
    correct: async (id, correction) => {
      const saved = await api.patch<SavedContact>(path(id), correction);
      refresh();
      return saved;
    },
    remove: async (id, reason) => {
      await api.delete<void>(path(id), { reason });
      refresh();
    },
  };
  return { topics: topics.resource, units: units.resource, usage, today: today.resource, refresh, actions };
}
