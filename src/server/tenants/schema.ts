import { z } from 'zod';
import { isEmailDomain } from '../../core/auth/email.js';
import { DisplayName, Email, Password, User } from '../users/schema.js';

export const Tenant = z.object({
  id: z.uuid(),
  municipalityCode: z.string(),
  name: z.string(),
  /** Its people's accounts must be at one of these. */
  emailDomains: z.array(z.string()),
  createdAt: z.iso.datetime(),
});

const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine(isEmailDomain, { params: { code: 'invalid_email_domain' } });
export const EmailDomains = z.array(EmailDomain).min(1).max(20);
export type TenantJson = z.infer<typeof Tenant>;

export const TenantsResponse = z.object({ tenants: z.array(Tenant) });

export const CreateTenantBody = z.strictObject({
  /** Checked against the list of municipalities by the service, which names an unknown code. */
  municipalityCode: z.string().trim().min(1).max(10),
  /** By default the first administrator's domain. */
  emailDomains: EmailDomains.optional(),
  admin: z.strictObject({
    email: Email,
    displayName: DisplayName,
    password: Password,
    locale: z.enum(['sv', 'en']).optional(),
  }),
});

export const CreateTenantResponse = z.object({ tenant: Tenant, admin: User });

export const TenantParams = z.strictObject({ id: z.uuid() });
export const EmailDomainsBody = z.strictObject({ domains: EmailDomains });
export const EmailDomainsResponse = z.object({ domains: z.array(z.string()) });
