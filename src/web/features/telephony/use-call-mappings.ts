import { useMemo } from 'react';
import { api } from '../../api/client.js';
import { useApiGet } from '../../api/use-api-get.js';
import type { CallMappingBody } from './call-mapping-draft.js';
import type { SavedCallMapping } from './types.js';

/** The saved column mappings for CSV files of calls, and their creation, change and removal. */
export function useCallMappings() {
  const { resource, reload } = useApiGet<{ mappings: SavedCallMapping[] }>('/api/telephony/call-mappings');
  const actions = useMemo(
    () => ({
      create: async (body: CallMappingBody) => {
        const saved = await api.post<SavedCallMapping>('/api/telephony/call-mappings', body);
        reload();
        return saved;
      },
      update: async (id: string, body: CallMappingBody) => {
        const saved = await api.put<SavedCallMapping>(
          `/api/telephony/call-mappings/${encodeURIComponent(id)}`,
          body,
        );
        reload();
        return saved;
      },
      remove: async (id: string) => {
        await api.delete(`/api/telephony/call-mappings/${encodeURIComponent(id)}`);
        reload();
      },
    }),
    [reload],
  );
  return { mappings: resource, actions };
}

export type CallMappingActions = ReturnType<typeof useCallMappings>['actions'];
