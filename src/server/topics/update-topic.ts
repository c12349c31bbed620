import type { FailureReason } from '../../core/contacts/taxonomy.js';
import type { Pathed } from '../../core/topics/topic-tree.js';
import { wouldCreateCycle } from '../../core/units/unit-tree.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem, notFound } from '../http/problem.js';
import {
  countActiveChildTopics,
  findTopic,
  lockTopicTree,
  selectTopics,
  updateTopicRow,
  type TopicChanges,
  type TopicRow,
} from './queries/topics.js';
import { assertOwnerUnit, normalizeTopicName, topicNameConflict, withPath } from './topic-rules.js';

export interface UpdateTopicOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  id: string;
  name?: string | undefined;
  /** undefined leaves the topic where it is; null moves it to the top of the catalogue. */
  parentId?: string | null | undefined;
  ownerUnitId?: string | undefined;
  defaultFailureReason?: FailureReason | null | undefined;
  retired?: boolean | undefined;
  searchWords?: string[] | undefined;
}

const cycle = () => new Problem(400, 'topic_cycle', [{ pointer: '/body/parentId', code: 'topic_cycle' }]);

/**
 * Renames, moves, re-owns, retires or restores a topic. The catalogue stays consistent: no topic
 * below itself, and no active topic below a retired one (retiring needs the subtopics retired
 * first; restoring needs an active parent). Retiring keeps the row, so contacts logged on the
 * topic keep it; a retired topic is only left out of what can be chosen for new contacts.
 */
export async function updateTopic(options: UpdateTopicOptions): Promise<Pathed<TopicRow>> {
  const { db, tenantId, actorUserId, id } = options;
  const name = options.name === undefined ? undefined : normalizeTopicName(options.name);
  try {
    return await withTenant(db, tenantId, async (tx) => {
      await lockTopicTree(tx, tenantId);
      const topic = await findTopic(tx, tenantId, id);
      if (!topic) throw notFound();
      const changes: TopicChanges = {};
      if (name !== undefined && name !== topic.name) changes.name = name;

      let parent = topic.parentId ? await findTopic(tx, tenantId, topic.parentId) : null;
      const moving = options.parentId !== undefined && options.parentId !== topic.parentId;
      if (moving && options.parentId === null) {
        parent = null;
        changes.parentId = null;
      } else if (moving && options.parentId) {
        const target = options.parentId;
        if (target === id) throw cycle();
        parent = await findTopic(tx, tenantId, target);
        if (!parent)
          throw new Problem(400, 'topic_parent_invalid', [
            { pointer: '/body/parentId', code: 'topic_unknown' },
          ]);
        if (wouldCreateCycle(await selectTopics(tx, tenantId), id, target)) throw cycle();
        changes.parentId = target;
      }

      if (options.ownerUnitId !== undefined && options.ownerUnitId !== topic.ownerUnitId) {
        await assertOwnerUnit(tx, tenantId, options.ownerUnitId);
        changes.ownerUnitId = options.ownerUnitId;
      }
      if (
        options.defaultFailureReason !== undefined &&
        options.defaultFailureReason !== topic.defaultFailureReason
      )
        changes.defaultFailureReason = options.defaultFailureReason;

      if (
        options.searchWords !== undefined &&
        options.searchWords.join('\n') !== topic.searchWords.join('\n')
      )
        changes.searchWords = options.searchWords;
      if (options.retired === true && topic.retiredAt === null) {
        if ((await countActiveChildTopics(tx, tenantId, id)) > 0)
          throw new Problem(409, 'topic_has_active_children');
        changes.retiredAt = new Date();
      } else if (options.retired === false && topic.retiredAt !== null) {
        changes.retiredAt = null;
      }

      const activeAfter =
        changes.retiredAt === undefined ? topic.retiredAt === null : changes.retiredAt === null;
      if (activeAfter && parent?.retiredAt) {
        // Moving below a retired parent is bad input; restoring below one conflicts with its state.
        throw moving
          ? new Problem(400, 'topic_parent_retired', [{ pointer: '/body/parentId', code: 'topic_retired' }])
          : new Problem(409, 'topic_parent_retired');
      }

      const changed = Object.keys(changes) as (keyof TopicChanges)[];
      if (changed.length === 0) return withPath(tx, tenantId, topic);
      const updated = await updateTopicRow(tx, tenantId, id, changes);
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId,
        action: 'topic.updated',
        entityType: 'topic',
        entityId: id,
        details: auditDetails(changes),
      });
      return withPath(tx, tenantId, updated);
    });
  } catch (error) {
    throw topicNameConflict(error) ?? error;
  }
}

/** The changed fields with their new ids or codes, as unit events record them. */
function auditDetails(changes: TopicChanges): Record<string, unknown> {
  const changed = (Object.keys(changes) as (keyof TopicChanges)[]).map((k) =>
    k === 'retiredAt' ? 'retired' : k,
  );
  return {
    changed,
    ...(changes.parentId !== undefined ? { parentId: changes.parentId } : {}),
    ...(changes.ownerUnitId !== undefined ? { ownerUnitId: changes.ownerUnitId } : {}),
    ...(changes.defaultFailureReason !== undefined
      ? { defaultFailureReason: changes.defaultFailureReason }
      : {}),
    ...(changes.retiredAt !== undefined ? { retired: changes.retiredAt !== null } : {}),
  };
}
