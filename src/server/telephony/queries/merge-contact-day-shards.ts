/**
 * Merges the current tenant's contact_day_counts of days more than a week old into one row per
 * day, channel and grade (0016_contact_day_shards.sql): sums unchanged, fewer rows to read.
 */
import type { SqlClient } from '../../../db/database.js';

export async function mergeOldContactDayShards(client: SqlClient): Promise<void> {
  await client.query('SELECT lots_merge_old_contact_day_shards()');
}
