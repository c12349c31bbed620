import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { orderWithPaths, type Pathed } from '../../core/topics/topic-tree.js';
import { selectTopics, type TopicRow } from './queries/topics.js';

/**
 * The tenant's topics depth first (each followed by its subtopics), siblings in Swedish order,
 * each with its path. Paths are built from every topic, so a retired ancestor still names its
 * (retired) descendants correctly; retired topics are then left out unless asked for.
 */
export async function listTopics({
  db,
  tenantId,
  includeRetired,
}: {
  db: Database;
  tenantId: string;
  includeRetired: boolean;
}): Promise<Pathed<TopicRow>[]> {
  const rows = await withTenant(db, tenantId, (tx) => selectTopics(tx, tenantId));
  const ordered = orderWithPaths(rows);
  return includeRetired ? ordered : ordered.filter((t) => t.retiredAt === null);
}
