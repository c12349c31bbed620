import type { Command } from 'commander';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../server/demo/demo-municipality.js';
import { seedDemo } from '../../server/demo/seed-demo.js';
import type { CliContext } from '../context.js';
import { withDatabase } from '../with-database.js';

/** `lots seed-demo`: create the demo municipality (Järfälla, 0123) unless it is there. */
export function registerSeedDemo(program: Command, context: CliContext): void {
  program
    .command('seed-demo')
    .description('Create the demo municipality with one account per role / Skapa demokommunen')
    .action(async () => {
      const result = await withDatabase(context, (db) => seedDemo(db));
      context.stdout(
        result.created
          ? 'Demokommunen skapades. / The demo municipality was created.\n'
          : 'Demokommunen fanns redan. / The demo municipality already existed.\n',
      );
      context.stdout(`Lösenord för alla / Password for all: ${DEMO_PASSWORD}\n`);
      for (const login of DEMO_LOGINS)
        context.stdout(`  ${login.email}  ${login.roleSv} / ${login.roleEn}\n`);
    });
}
