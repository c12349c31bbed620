import { useMemo } from 'react';
import { api } from '../../api/client.js';
import { useApiGet } from '../../api/use-api-get.js';
import type { ClosedDay, Queue, QueueGroup, Scopes, TelephonySettings } from './types.js';

/** The settings page's data (measuring settings, queues and groups, closed days) and its changes. */
export function useTelephonySettings() {
  const settings = useApiGet<TelephonySettings>('/api/telephony/settings');
  const scopes = useApiGet<Scopes>('/api/telephony/scopes');
  const closedDays = useApiGet<{ closedDays: ClosedDay[] }>('/api/telephony/closed-days');
  const reloadScopes = scopes.reload;
  const reloadSettings = settings.reload;
  const reloadClosedDays = closedDays.reload;
  const actions = useMemo(
    () => ({
      saveSettings: async (body: TelephonySettings) => {
        const saved = await api.put<TelephonySettings>('/api/telephony/settings', body);
        reloadSettings();
        return saved;
      },
      createGroup: async (name: string) => {
        const group = await api.post<QueueGroup>('/api/telephony/queue-groups', { name });
        reloadScopes();
        return group;
      },
      renameGroup: async (id: string, name: string) => {
        const group = await api.put<QueueGroup>(`/api/telephony/queue-groups/${encodeURIComponent(id)}`, {
          name,
        });
        reloadScopes();
        return group;
      },
      deleteGroup: async (id: string) => {
        await api.delete(`/api/telephony/queue-groups/${encodeURIComponent(id)}`);
        reloadScopes();
      },
      changeQueue: async (id: string, body: { label: string | null; groupId: string | null }) => {
        const queue = await api.put<Queue>(`/api/telephony/queues/${encodeURIComponent(id)}`, body);
        reloadScopes();
        return queue;
      },
      addClosedDay: async (body: ClosedDay) => {
        const added = await api.post<ClosedDay>('/api/telephony/closed-days', body);
        reloadClosedDays();
        return added;
      },
      removeClosedDay: async (day: string) => {
        await api.delete(`/api/telephony/closed-days/${encodeURIComponent(day)}`);
        reloadClosedDays();
      },
    }),
    [reloadScopes, reloadSettings, reloadClosedDays],
  );
  return { settings: settings.resource, scopes: scopes.resource, closedDays: closedDays.resource, actions };
}

export type TelephonySettingsActions = ReturnType<typeof useTelephonySettings>['actions'];
