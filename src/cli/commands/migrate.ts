import type { Command } from 'commander';
import { migrate } from '../../db/migrate.js';
import { loadConfig } from '../../server/config.js';
import type { CliContext } from '../context.js';

/** `lots migrate`: apply the migrations that have not run yet, and say which. */
export function registerMigrate(program: Command, context: CliContext): void {
  program
    .command('migrate')
    .description('Apply pending database migrations / Uppdatera databasen')
    .action(async () => {
      const { db, close } = await context.openDatabase(loadConfig(context.env));
      try {
        const applied = await migrate(db);
        context.stdout(
          applied.length === 0
            ? 'Databasen är aktuell. / The database is up to date.\n'
            : `Genomförda migreringar / Applied migrations:\n${applied.map((m) => `  ${m}\n`).join('')}`,
        );
      } finally {
        await close();
      }
    });
}
