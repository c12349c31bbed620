import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contacts } from '../../../db/schema.js';

/** How many (not deleted) contacts the user logged that started in [start, end). */
export async function countOwnContacts(
  tx: Tx,
  tenantId: string,
  userId: string,
  start: Date,
  end: Date,
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        eq(contacts.loggedByUserId, userId),
        isNull(contacts.deletedAt),
        sql`${contacts.startedAt} >= ${start.toISOString()}::timestamptz`,
        sql`${contacts.startedAt} < ${end.toISOString()}::timestamptz`,
      ),
    );
  return row?.n ?? 0;
}
