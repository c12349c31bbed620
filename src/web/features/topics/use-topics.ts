import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import type { ImportResult, Topic, TopicChanges, TopicInput } from './types.js';

export interface TopicActions {
  create: (input: TopicInput) => Promise<Topic>;
  update: (id: string, changes: TopicChanges) => Promise<Topic>;
  /** Sends the text of a catalogue CSV file; rejects with the per-line errors when refused. */
  importCsv: (csv: string) => Promise<ImportResult>;
}

/**
 * The catalogue, retired topics included, the units that can own topics, and the changes one
 * can make. Every change reloads the catalogue, since a move or an import changes paths.
 */
export function useTopics(): {
  topics: Resource<{ topics: Topic[] }>;
  units: Resource<{ units: Unit[] }>;
  actions: TopicActions;
} {
  const { resource: topics, reload } = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true');
  const { resource: units } = useApiGet<{ units: Unit[] }>('/api/units?includeArchived=true');
  const actions: TopicActions = {
    create: async (input) => {
      const topic = await api.post<Topic>('/api/topics', input);
      reload();
      return topic;
    },
    update: async (id, changes) => {
      const topic = await api.patch<Topic>(`/api/topics/${encodeURIComponent(id)}`, changes);
      reload();
      return topic;
    },
    importCsv: async (csv) => {
      const result = await api.post<ImportResult>('/api/topics/import', { csv });
      reload();
      return result;
    },
  };
  return { topics, units, actions };
}
