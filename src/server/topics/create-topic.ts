import type { FailureReason } from '../../core/contacts/taxonomy.js';
import type { Pathed } from '../../core/topics/topic-tree.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem } from '../http/problem.js';
import { findTopic, insertTopic, lockTopicTree, type TopicRow } from './queries/topics.js';
import { assertOwnerUnit, normalizeTopicName, topicNameConflict, withPath } from './topic-rules.js';

export interface CreateTopicOptions {
  db: Database;
  tenantId: string;
  /** The user making the change, for the audit trail; null for the demo seed. */
  actorUserId: string | null;
  name: string;
  /** null creates a topic at the top of the catalogue. */
  parentId: string | null;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  /** Everyday words the topic search matches as well; none when absent. */
  searchWords?: string[] | undefined;
}

/**
 * Adds a topic to the catalogue. The parent must be an active topic and the owner an active
 * unit, both of the same tenant; names are unique among siblings, ignoring case (a retired
 * sibling counts: it is restored rather than created twice).
 */
export async function createTopic(options: CreateTopicOptions): Promise<Pathed<TopicRow>> {
  const { db, tenantId, actorUserId, parentId, ownerUnitId, defaultFailureReason } = options;
  const name = normalizeTopicName(options.name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      await lockTopicTree(tx, tenantId);
      if (parentId !== null) {
        const parent = await findTopic(tx, tenantId, parentId);
        if (!parent)
          throw new Problem(400, 'topic_parent_invalid', [
            { pointer: '/body/parentId', code: 'topic_unknown' },
          ]);
        if (parent.retiredAt)
          throw new Problem(400, 'topic_parent_retired', [
            { pointer: '/body/parentId', code: 'topic_retired' },
          ]);
      }
      await assertOwnerUnit(tx, tenantId, ownerUnitId);
      const topic = await insertTopic(tx, {
        tenantId,
        parentId,
        name,
        ownerUnitId,
        defaultFailureReason,
        retiredAt: null,
        searchWords: options.searchWords ?? [],
      });
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId,
        action: 'topic.created',
        entityType: 'topic',
        entityId: topic.id,
        details: { parentId, ownerUnitId, defaultFailureReason, searchWords: options.searchWords ?? [] },
      });
      return withPath(tx, tenantId, topic);
    });
  } catch (error) {
    throw topicNameConflict(error) ?? error;
  }
}
