/** Checks shared by creating and changing topics. */
import type { Tx } from '../../db/database.js';
import { uniqueViolation } from '../../db/errors.js';
import {
  orderWithPaths,
  topicNameProblem,
  TOPIC_NAME_MAX,
  type Pathed,
} from '../../core/topics/topic-tree.js';
import { Problem } from '../http/problem.js';
import { findUnit } from '../units/queries/units.js';
import { selectTopics, type TopicRow } from './queries/topics.js';

/**
 * The name as stored: trimmed, 1 to 200 characters, without the path separator. Checked here as
 * well as in the request schema because the demo seed calls the services directly.
 */
export function normalizeTopicName(name: string): string {
  const trimmed = name.trim();
  const problem = topicNameProblem(trimmed);
  if (problem === 'too_long')
    throw new Problem(400, 'validation_failed', [
      { pointer: '/body/name', code: 'too_long', params: { max: TOPIC_NAME_MAX } },
    ]);
  if (problem) throw new Problem(400, 'validation_failed', [{ pointer: '/body/name', code: problem }]);
  return trimmed;
}

/** Turns the sibling-name unique index violation into the problem a person understands. */
export function topicNameConflict(error: unknown): Problem | null {
  return uniqueViolation(error) === 'topics_sibling_name_key'
    ? new Problem(409, 'topic_name_taken', [{ pointer: '/body/name', code: 'topic_name_taken' }])
    : null;
}

/**
 * A topic may only be given an active unit of its own municipality as owner (another tenant's
 * unit is invisible here and so counts as unknown).
 */
export async function assertOwnerUnit(tx: Tx, tenantId: string, unitId: string): Promise<void> {
  const unit = await findUnit(tx, tenantId, unitId);
  if (!unit) throw new Problem(400, 'unit_unknown', [{ pointer: '/body/ownerUnitId', code: 'unit_unknown' }]);
  if (unit.archivedAt)
    throw new Problem(400, 'unit_archived', [{ pointer: '/body/ownerUnitId', code: 'unit_archived' }]);
}

/** The topic with its path, read after a change within the same transaction. */
export async function withPath(tx: Tx, tenantId: string, row: TopicRow): Promise<Pathed<TopicRow>> {
  const all = await selectTopics(tx, tenantId);
  const found = orderWithPaths(all).find((t) => t.id === row.id);
  if (!found) throw new Error('topic vanished within its own transaction');
  return found;
}
