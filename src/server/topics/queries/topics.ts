/**
 * Queries on the service catalogue. They run inside withTenant, where row-level security already
 * limits them to the tenant; they filter on tenant_id as well, which lets PostgreSQL use the
 * primary key (tenant_id, id).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { topics } from '../../../db/schema.js';

export type TopicRow = typeof topics.$inferSelect;
export type TopicChanges = Partial<
  Pick<TopicRow, 'name' | 'parentId' | 'ownerUnitId' | 'defaultFailureReason' | 'retiredAt' | 'searchWords'>
>;

/** Every topic of the tenant, retired ones included: paths need every ancestor. */
export function selectTopics(tx: Tx, tenantId: string): Promise<TopicRow[]> {
  return tx.select().from(topics).where(eq(topics.tenantId, tenantId));
}

export async function findTopic(tx: Tx, tenantId: string, id: string): Promise<TopicRow | null> {
  const [row] = await tx
    .select()
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)));
  return row ?? null;
}

export async function countActiveChildTopics(tx: Tx, tenantId: string, parentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(topics)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.parentId, parentId), isNull(topics.retiredAt)));
  return row?.n ?? 0;
}

export async function insertTopic(
  tx: Tx,
  values: Pick<
    TopicRow,
    'tenantId' | 'parentId' | 'name' | 'ownerUnitId' | 'defaultFailureReason' | 'retiredAt'
  > &
    Partial<Pick<TopicRow, 'searchWords'>>,
): Promise<TopicRow> {
  const [row] = await tx.insert(topics).values(values).returning();
  if (!row) throw new Error('topic insert returned no row');
  return row;
}

export async function updateTopicRow(
  tx: Tx,
  tenantId: string,
  id: string,
  values: TopicChanges,
): Promise<TopicRow> {
  const [row] = await tx
    .update(topics)
    .set(values)
    .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)))
    .returning();
  if (!row) throw new Error('topic update returned no row');
  return row;
}

// Any constant distinct from the other advisory locks (7_242_001-003); the second key is the tenant.
const TOPIC_TREE_LOCK = 7_242_030;

/**
 * Serialises changes to one tenant's catalogue until the transaction ends, so that two moves
 * cannot together make a cycle, a topic is not created below one being retired, and an import
 * plans against the catalogue it then changes.
 */
export async function lockTopicTree(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${sql.raw(String(TOPIC_TREE_LOCK))}, hashtext(${tenantId}))`,
  );
}
