import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { users } from '../../../db/schema.js';

export async function updateOwnLocale(tx: Tx, userId: string, locale: 'sv' | 'en'): Promise<void> {
  await tx.update(users).set({ locale }).where(eq(users.id, userId));
}
