import { z } from 'zod';
import { DisplayName, Email, Password, User } from '../users/schema.js';

export const Tenant = z.object({
  id: z.uuid(),
  municipalityCode: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
});
export type TenantJson = z.infer<typeof Tenant>;

export const TenantsResponse = z.object({ tenants: z.array(Tenant) });

export const CreateTenantBody = z.strictObject({
  /** Checked against the list of municipalities by the service, which names an unknown code. */
  municipalityCode: z.string().trim().min(1).max(10),
  admin: z.strictObject({
    email: Email,
    displayName: DisplayName,
    password: Password,
    locale: z.enum(['sv', 'en']).optional(),
  }),
});

export const CreateTenantResponse = z.object({ tenant: Tenant, admin: User });
