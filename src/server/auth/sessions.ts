/**
 * Server-side sessions. Idle sessions end after IDLE_HOURS; every session ends ABSOLUTE_HOURS
 * after sign-in (a working day with margin), whatever the activity.
 */
import { randomBytes } from 'node:crypto';
import type { Database, Tx } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { findSessionActor, type SessionActorRow } from './queries/find-session-actor.js';
import { deleteExpiredSessions, deleteSession, insertSession, touchSession } from './queries/sessions.js';
import { cookieValue, hashSecret, newSecret, parseCookieValue } from './session-token.js';

export const IDLE_HOURS = 8;
export const ABSOLUTE_HOURS = 12;
const HOUR = 3_600_000;
// Extending the idle deadline on every request would write on every request.
const TOUCH_AFTER_MS = 5 * 60_000;

export interface NewSession {
  cookie: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Tx,
  { tenantId, userId, now }: { tenantId: string; userId: string; now: Date },
): Promise<NewSession> {
  await deleteExpiredSessions(tx, now);
  const secret = newSecret();
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + IDLE_HOURS * HOUR);
  await insertSession(tx, { tenantId, id: hashSecret(secret), userId, csrfToken, expiresAt });
  return { cookie: cookieValue(tenantId, secret), csrfToken, expiresAt };
}

export interface Authenticated {
  actor: Actor;
  session: SessionActorRow;
}

/** The signed-in actor for a cookie value, or null when the session is missing, expired or the user disabled. */
export async function resumeSession(
  db: Database,
  cookie: string | undefined,
  now = new Date(),
): Promise<Authenticated | null> {
  const parsed = parseCookieValue(cookie);
  if (!parsed) return null;
  const id = hashSecret(parsed.secret);
  // The hot path reads in one round trip; ending or extending a session writes, rarely.
  const row = await findSessionActor(db, parsed.tenantId, id);
  if (!row) return null;
  const absoluteEnd = row.createdAt.getTime() + ABSOLUTE_HOURS * HOUR;
  if (row.expiresAt.getTime() <= now.getTime() || absoluteEnd <= now.getTime() || !row.isActive) {
    await withTenant(db, parsed.tenantId, (tx) => deleteSession(tx, id));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + IDLE_HOURS * HOUR, absoluteEnd));
    await withTenant(db, parsed.tenantId, (tx) => touchSession(tx, id, now, expiresAt));
  }
  return {
    session: row,
    actor: {
      tenantId: row.tenantId,
      userId: row.userId,
      roles: row.roles,
      isPlatformAdmin: row.isPlatformAdmin,
    },
  };
}

export async function endSession(db: Database, cookie: string | undefined): Promise<void> {
  const parsed = parseCookieValue(cookie);
  if (!parsed) return;
  await withTenant(db, parsed.tenantId, (tx) => deleteSession(tx, hashSecret(parsed.secret)));
}
