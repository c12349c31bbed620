import type { Pathed } from '../../core/topics/topic-tree.js';
import type { TopicRow } from './queries/topics.js';
import type { Topic } from './schema.js';

export function presentTopic(row: Pathed<TopicRow>): Topic {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    ownerUnitId: row.ownerUnitId,
    defaultFailureReason: row.defaultFailureReason,
    retiredAt: row.retiredAt ? row.retiredAt.toISOString() : null,
    path: row.path,
    searchWords: row.searchWords,
  };
}
