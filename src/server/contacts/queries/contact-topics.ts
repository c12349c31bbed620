import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { topics } from '../../../db/schema.js';

export type ContactTopic = Pick<
  typeof topics.$inferSelect,
  'id' | 'ownerUnitId' | 'defaultFailureReason' | 'retiredAt'
>;

/** What saving a contact needs of its topic: the owner, the failure-demand default and whether it is retired. */
export async function findContactTopic(
  tx: Tx,
  tenantId: string,
  topicId: string,
): Promise<ContactTopic | null> {
  const [row] = await tx
    .select({
      id: topics.id,
      ownerUnitId: topics.ownerUnitId,
      defaultFailureReason: topics.defaultFailureReason,
      retiredAt: topics.retiredAt,
    })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, topicId)));
  return row ?? null;
}
