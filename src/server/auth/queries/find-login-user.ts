import { sql, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { users } from '../../../db/schema.js';
import { rowsOf } from '../../../db/rows.js';

/** Which tenant a local sign-in name belongs to (through the SECURITY DEFINER directory lookup). */
export async function findLoginTenant(tx: Tx, email: string): Promise<string | null> {
  const result = await tx.execute(sql`SELECT lots_login_tenant('local', ${email}) AS tenant_id`);
  return rowsOf<{ tenant_id: string | null }>(result)[0]?.tenant_id ?? null;
}

export async function findLoginUser(tx: Tx, email: string) {
  const [row] = await tx
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      failedLoginCount: users.failedLoginCount,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(eq(users.email, email));
  return row ?? null;
}

export async function recordLoginAttempt(
  tx: Tx,
  userId: string,
  values: { failedLoginCount: number; lockedUntil: Date | null; lastLoginAt?: Date },
): Promise<void> {
  await tx.update(users).set(values).where(eq(users.id, userId));
}
