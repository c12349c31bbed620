import type { UserJson } from './schema.js';
import type { User } from './user.js';

/** The user as the API shows it; the password hash is not even part of the input type. */
export function presentUser(user: User): UserJson {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
    isActive: user.isActive,
    isPlatformAdmin: user.isPlatformAdmin,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
  };
}
