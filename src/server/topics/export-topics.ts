import { formatTopicCsv } from '../../core/topics/topic-csv.js';
import { orderWithPaths, pathNamesById } from '../../core/topics/topic-tree.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { selectUnits } from '../units/queries/units.js';
import { selectTopics } from './queries/topics.js';

/**
 * The whole catalogue as a CSV file, retired topics included, in the order the interface shows
 * it. Owners are written as unit paths, which stay unambiguous where unit names repeat; the file
 * imports back unchanged (see core/topics/topic-csv.ts for the format).
 */
export async function exportTopics({ db, tenantId }: { db: Database; tenantId: string }): Promise<string> {
  const { topics, units } = await withTenant(db, tenantId, async (tx) => ({
    topics: await selectTopics(tx, tenantId),
    units: await selectUnits(tx, tenantId, { includeArchived: true }),
  }));
  const topicPaths = pathNamesById(topics);
  const unitPaths = pathNamesById(units);
  return formatTopicCsv(
    orderWithPaths(topics).map((t) => ({
      path: topicPaths.get(t.id) ?? [t.name],
      owner: unitPaths.get(t.ownerUnitId) ?? [],
      defaultFailureReason: t.defaultFailureReason,
      retired: t.retiredAt !== null,
      searchWords: t.searchWords,
    })),
  );
}
