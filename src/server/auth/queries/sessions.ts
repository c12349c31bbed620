import { eq, lt, or } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { sessions } from '../../../db/schema.js';

export async function insertSession(
  tx: Tx,
  values: { tenantId: string; id: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await tx.insert(sessions).values(values);
}

export async function touchSession(tx: Tx, id: string, now: Date, expiresAt: Date): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(tx: Tx, id: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, id));
}

/** Removes the tenant's expired sessions and, when given, all sessions of one user. */
export async function deleteExpiredSessions(tx: Tx, now: Date, userId?: string): Promise<void> {
  await tx
    .delete(sessions)
    .where(
      userId ? or(lt(sessions.expiresAt, now), eq(sessions.userId, userId)) : lt(sessions.expiresAt, now),
    );
}
