import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadConfig } from '../server/config.js';
import type { CliContext } from './context.js';

/**
 * Runs fn on the configured database, migrated first (a no-op when up to date), and closes it
 * afterwards whatever happens.
 */
export async function withDatabase<T>(context: CliContext, fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(context.env);
  const { db, close } = await context.openDatabase(config);
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await close();
  }
}
