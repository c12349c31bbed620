import type { Database } from '../../../db/database.js';
import { tenantPrelude } from '../../../db/tenant-context.js';
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

const SESSION_ID = /^[0-9a-f]{64}$/;

/**
 * The session with its user, roles and tenant, as the runtime role scoped to the tenant named by
 * the cookie. Every request resumes a session, so this is one round trip: the role and tenant
 * switch and the query go as one script (one implicit transaction). The session id is the hex
 * SHA-256 of the cookie's secret and the tenant a uuid, both checked before they enter the text.
 */
export async function findSessionActor(
  db: Database,
  tenantId: string,
  sessionId: string,
): Promise<SessionActorRow | null> {
  if (!SESSION_ID.test(sessionId)) throw new Error('session id is not a SHA-256 hex digest');
  const results = await db.script(`${tenantPrelude(tenantId)};
    SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", s.created_at AS "createdAt",
           s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
           u.id AS "userId", u.email, u.display_name AS "displayName", u.locale,
           u.is_platform_admin AS "isPlatformAdmin", u.is_active AS "isActive",
           t.id AS "tenantId", t.name AS "tenantName", t.municipality_code AS "municipalityCode",
           coalesce((SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id) ORDER BY r.role)
                       FROM user_roles r WHERE r.tenant_id = s.tenant_id AND r.user_id = s.user_id),
                    '[]') AS roles
      FROM sessions s
      JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
      JOIN tenants t ON t.id = s.tenant_id
     WHERE s.tenant_id = '${tenantId}' AND s.id = '${sessionId}'`);
  const row = results.at(-1)?.[0];
  return row ? (row as unknown as SessionActorRow) : null;
}
