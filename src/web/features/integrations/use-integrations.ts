import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { ApiToken, CreatedToken, Integration } from './types.js';

export interface IntegrationActions {
  create: (name: string) => Promise<Integration>;
  update: (id: string, changes: { name?: string; isActive?: boolean }) => Promise<Integration>;
  createToken: (
    integrationId: string,
    input: { name: string; expiresInDays: number },
  ) => Promise<CreatedToken>;
  revokeToken: (integrationId: string, tokenId: string) => Promise<ApiToken>;
}

/** The municipality's integrations with their tokens, and the changes an administrator can make. */
export function useIntegrations(): {
  integrations: Resource<{ integrations: Integration[] }>;
  actions: IntegrationActions;
} {
  const { resource, reload } = useApiGet<{ integrations: Integration[] }>('/api/integrations');
  const path = (id: string) => `/api/integrations/${encodeURIComponent(id)}`;
  const actions: IntegrationActions = {
    create: async (name) => {
      const created = await api.post<Integration>('/api/integrations', { name });
      reload();
      return created;
    },
    update: async (id, changes) => {
      const updated = await api.patch<Integration>(path(id), changes);
      reload();
      return updated;
    },
    createToken: async (integrationId, input) => {
      const created = await api.post<CreatedToken>(`${path(integrationId)}/tokens`, input);
      reload();
      return created;
    },
    revokeToken: async (integrationId, tokenId) => {
      const revoked = await api.post<ApiToken>(
        `${path(integrationId)}/tokens/${encodeURIComponent(tokenId)}/revoke`,
      );
      reload();
      return revoked;
    },
  };
  return { integrations: resource, actions };
}
