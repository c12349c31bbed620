import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../core/auth/roles.js';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const RoleGrantSchema = z.object({ role: z.enum(ROLES), unitId: z.uuid().nullable() });

export const SessionResponse = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(['sv', 'en']),
    roles: z.array(RoleGrantSchema),
    isPlatformAdmin: z.boolean(),
    permissions: z.array(z.enum(PERMISSIONS)),
  }),
  tenant: z.object({ id: z.uuid(), name: z.string(), municipalityCode: z.string() }),
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const LocaleBody = z.strictObject({ locale: z.enum(['sv', 'en']) });
