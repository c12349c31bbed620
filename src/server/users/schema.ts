import { z } from 'zod';
import { PERSON_ROLES, ROLES } from '../../core/auth/roles.js';
import { DISPLAY_NAME_MAX, EMAIL_MAX } from './user-input.js';

export const RoleGrant = z.object({ role: z.enum(ROLES), unitId: z.uuid().nullable() });

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(['sv', 'en']),
  roles: z.array(RoleGrant),
  isActive: z.boolean(),
  isPlatformAdmin: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type UserJson = z.infer<typeof User>;

export const UsersResponse = z.object({ users: z.array(User) });

/**
 * unitId may be left out for roles that are not tied to a unit. People get person roles only:
 * the integration role belongs to integration accounts (/api/integrations).
 */
const RoleGrantInput = z.strictObject({
  role: z.enum(PERSON_ROLES),
  unitId: z.uuid().nullable().default(null),
});
const RoleGrantsInput = z.array(RoleGrantInput).min(1).max(PERSON_ROLES.length);

export const Email = z.string().trim().max(EMAIL_MAX).pipe(z.email());
export const DisplayName = z.string().trim().min(1).max(DISPLAY_NAME_MAX);
/** Only bounded here; the password policy is applied by the services, with its own messages. */
export const Password = z.string().min(1).max(1024);

export const CreateUserBody = z.strictObject({
  email: Email,
  displayName: DisplayName,
  password: Password,
  roles: RoleGrantsInput,
  locale: z.enum(['sv', 'en']).optional(),
});

export const UpdateUserBody = z
  .strictObject({
    displayName: DisplayName.optional(),
    roles: RoleGrantsInput.optional(),
    isActive: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { params: { code: 'nothing_to_change' } });

export const SetPasswordBody = z.strictObject({ password: Password });

export const UserParams = z.strictObject({ id: z.uuid() });
