import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { userRoles, users } from '../../../db/schema.js';

// Any constant distinct from the other advisory locks; the second key is the tenant.
const ADMINISTRATORS_LOCK = 7_242_003;

/**
 * Serialises changes that can remove an administrator in one tenant. Without it, two
 * administrators demoting each other at the same moment could each see the other as the one
 * left, and the tenant would end with none.
 */
export async function lockAdministrators(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${sql.raw(String(ADMINISTRATORS_LOCK))}, hashtext(${tenantId}))`,
  );
}

/** Active users holding the administrator role, not counting `exceptUserId`. */
export async function countOtherActiveAdministrators(
  tx: Tx,
  tenantId: string,
  exceptUserId: string,
): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.tenantId, users.tenantId), eq(userRoles.userId, users.id)))
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.isActive, true),
        eq(userRoles.role, 'administrator'),
        ne(users.id, exceptUserId),
      ),
    );
  return row?.n ?? 0;
}
