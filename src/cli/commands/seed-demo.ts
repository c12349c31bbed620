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
    .option('--no-contacts', 'without the year of contacts / utan årets kontakter')
    .action(async (options: { contacts: boolean }) => {
      const result = await withDatabase(context, (db) =>
        seedDemo(db, options.contacts ? {} : { contacts: false }),
      );
      context.stdout(
        result.created
          ? 'Demokommunen skapades. / The demo municipality was created.\n'
          : 'Demokommunen fanns redan. / The demo municipality already existed.\n',
      );
      if (result.contacts) {
        const count = result.contacts.contacts.toLocaleString('sv-SE');
        const seconds = (result.contacts.ms / 1000).toFixed(1);
        context.stdout(`Kontakter: ${count} på ${seconds} s / Contacts: ${count} in ${seconds} s\n`);
      }
      if (result.telephony) {
        const calls = result.telephony.calls.toLocaleString('sv-SE');
        const seconds = (result.telephony.ms / 1000).toFixed(1);
        context.stdout(`Samtal i kö: ${calls} på ${seconds} s / Queued calls: ${calls} in ${seconds} s\n`);
      }
      context.stdout(`Lösenord för alla / Password for all: ${DEMO_PASSWORD}\n`);
      for (const login of DEMO_LOGINS)
        context.stdout(`  ${login.email}  ${login.roleSv} / ${login.roleEn}\n`);
    });
}
