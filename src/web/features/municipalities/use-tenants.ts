import { api } from '../../api/client.js';
import { useApiGet, type Resource } from '../../api/use-api-get.js';
import type { Municipality, Tenant, User } from '../../api/types.js';

export interface NewTenant {
  municipalityCode: string;
  /** Omitted: the administrator's domain. */
  emailDomains?: string[];
  admin: { email: string; displayName: string; password: string };
}

export type CreateTenant = (input: NewTenant) => Promise<{ tenant: Tenant; admin: User }>;

/** The municipalities in Lots (tenants), the official list to add from, and adding one. */
export function useTenants(): {
  tenants: Resource<{ tenants: Tenant[] }>;
  municipalities: Resource<{ municipalities: Municipality[] }>;
  create: CreateTenant;
} {
  const tenants = useApiGet<{ tenants: Tenant[] }>('/api/tenants');
  const municipalities = useApiGet<{ municipalities: Municipality[] }>('/api/municipalities');
  const create: CreateTenant = async (input) => {
    const created = await api.post<{ tenant: Tenant; admin: User }>('/api/tenants', input);
    tenants.reload();
    return created;
  };
  return { tenants: tenants.resource, municipalities: municipalities.resource, create };
}
