import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { RoleGrant, Unit, User } from '../../api/types.js';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  roles: RoleGrant[];
}

export interface UserChanges {
  displayName?: string;
  roles?: RoleGrant[];
  isActive?: boolean;
}

export interface UserActions {
  create: (input: NewUser) => Promise<User>;
  update: (id: string, changes: UserChanges) => Promise<User>;
  resetPassword: (id: string, password: string) => Promise<void>;
}

/** The municipality's users, the units a department contact can be tied to, and the changes. */
export function useUsers(): {
  users: Resource<{ users: User[] }>;
  units: Resource<{ units: Unit[] }>;
  actions: UserActions;
} {
  const users = useApiGet<{ users: User[] }>('/api/users');
  const units = useApiGet<{ units: Unit[] }>('/api/units?includeArchived=true');
  const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;
  const actions: UserActions = {
    create: async (input) => {
      const user = await api.post<User>('/api/users', input);
      users.reload();
      return user;
    },
    update: async (id, changes) => {
      const user = await api.patch<User>(path(id), changes);
      users.reload();
      return user;
    },
    resetPassword: (id, password) => api.put<void>(`${path(id)}/password`, { password }),
  };
  return { users: users.resource, units: units.resource, actions };
}
