/** Arrangements shared by the topic route tests: topics written directly, and what they read back. */
import { and, eq } from 'drizzle-orm';
import type { FailureReason } from '../core/contacts/taxonomy.js';
import type { Database } from '../db/database.js';
import { auditEvents, topics } from '../db/schema.js';

export function topicKit(db: Database) {
  /** A topic written as the owner, bypassing the API under test. */
  async function topic(
    tenantId: string,
    ownerUnitId: string,
    name: string,
    options: { parentId?: string; reason?: FailureReason; retiredAt?: Date } = {},
  ) {
    const [row] = await db.orm
      .insert(topics)
      .values({
        tenantId,
        ownerUnitId,
        name,
        parentId: options.parentId ?? null,
        defaultFailureReason: options.reason ?? null,
        retiredAt: options.retiredAt ?? null,
      })
      .returning();
    if (!row) throw new Error('topic not created');
    return row;
  }

  async function topicRow(tenantId: string, id: string) {
    const [row] = await db.orm
      .select()
      .from(topics)
      .where(and(eq(topics.tenantId, tenantId), eq(topics.id, id)));
    return row;
  }

  const eventsOf = (id: string) => db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, id));

  return { topic, topicRow, eventsOf };
}
