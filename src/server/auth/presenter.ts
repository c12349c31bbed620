import { permissionsOf } from '../../core/auth/roles.js';
import type { SessionActorRow } from './queries/find-session-actor.js';
import type { SessionResponse } from './schema.js';

export function presentSession(
  row: SessionActorRow,
  csrfToken = row.csrfToken,
  expiresAt = row.expiresAt,
): SessionResponse {
  return {
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      locale: row.locale,
      roles: row.roles,
      isPlatformAdmin: row.isPlatformAdmin,
      permissions: [...permissionsOf(row)].sort(),
    },
    tenant: { id: row.tenantId, name: row.tenantName, municipalityCode: row.municipalityCode },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}
