import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';

export interface UnitActions {
  create: (input: { name: string; parentId: string | null }) => Promise<Unit>;
  rename: (id: string, name: string) => Promise<Unit>;
  setArchived: (id: string, archived: boolean) => Promise<Unit>;
}

/** All units of the municipality, archived ones included, and the changes one can make. */
export function useUnits(): { units: Resource<{ units: Unit[] }>; reload: () => void; actions: UnitActions } {
  const { resource, reload } = useApiGet<{ units: Unit[] }>('/api/units?includeArchived=true');
  const actions: UnitActions = {
    create: async (input) => {
      const unit = await api.post<Unit>('/api/units', input);
      reload();
      return unit;
    },
    rename: async (id, name) => {
      const unit = await api.patch<Unit>(`/api/units/${encodeURIComponent(id)}`, { name });
      reload();
      return unit;
    },
    setArchived: async (id, archived) => {
      const unit = await api.patch<Unit>(`/api/units/${encodeURIComponent(id)}`, { archived });
      reload();
      return unit;
    },
  };
  return { units: resource, reload, actions };
}
