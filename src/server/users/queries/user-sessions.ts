import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { sessions } from '../../../db/schema.js';

/** Signs a user out everywhere, except (when given) the session making the request. */
export async function deleteUserSessions(
  tx: Tx,
  tenantId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  const ofUser = and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId));
  await tx.delete(sessions).where(exceptSessionId ? and(ofUser, ne(sessions.id, exceptSessionId)) : ofUser);
}
