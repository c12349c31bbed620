/**
 * Planner statistics for the embedded database. A PostgreSQL server refreshes them itself
 * (autovacuum); PGlite has no autovacuum, so without this its statistics stay as they were when
 * the tables were nearly empty, and plans made from them (foreign-key checks, the contact list's
 * index scans) read whole tables once they have grown. ANALYZE samples a fixed number of rows
 * per table, so it takes about a second whatever the size, and it also drops the plans cached
 * from the old statistics.
 */
import type { Database } from './database.js';

/** How often a running embedded database is analysed. */
export const ANALYZE_EVERY_MS = 6 * 3_600_000;

export async function analyzeDatabase(db: Database): Promise<void> {
  await db.script('ANALYZE');
}
