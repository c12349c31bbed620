import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { sessions, tenants, userRoles, users } from '../../../db/schema.js';
import type { RoleGrant } from '../../../core/auth/roles.js';

export interface SessionActorRow {
  sessionId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  email: string;
  displayName: string;
  locale: 'sv' | 'en';
  isPlatformAdmin: boolean;
  isActive: boolean;
  tenantId: string;
  tenantName: string;
  municipalityCode: string;
  roles: RoleGrant[];
}

/** The session with its user, roles and tenant; runs inside withTenant. */
export async function findSessionActor(tx: Tx, sessionId: string): Promise<SessionActorRow | null> {
  const [row] = await tx
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      isPlatformAdmin: users.isPlatformAdmin,
      isActive: users.isActive,
      tenantId: tenants.id,
      tenantName: tenants.name,
      municipalityCode: tenants.municipalityCode,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(eq(sessions.id, sessionId));
  if (!row) return null;
  const roles = await tx
    .select({ role: userRoles.role, unitId: userRoles.unitId })
    .from(userRoles)
    .where(eq(userRoles.userId, row.userId));
  return { ...row, roles };
}
