/**
 * The `lots` command-line tool (bin/lots.js runs the built copy of this file). Each command lives
 * in its own file under commands/; this file wires them and turns failures into exit codes.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerCommentsClassify } from './commands/comments-classify.js';
import { registerImportCalls } from './commands/import-calls.js';
import { registerIntegrationToken } from './commands/integration-token.js';
import { registerMigrate } from './commands/migrate.js';
import { registerModel } from './commands/model-train.js';
import { registerReportWeekly } from './commands/report-weekly.js';
import { registerSeedDemo } from './commands/seed-demo.js';
import { registerServe } from './commands/serve.js';
import { registerSignalsRun } from './commands/signals-run.js';
import { registerTenantCreate } from './commands/tenant-create.js';
import { registerUserCreate } from './commands/user-create.js';
import { processContext, type CliContext } from './context.js';
import { reportError } from './report-error.js';

export function createProgram(context: CliContext): Command {
  const program = new Command('lots')
    .description('Lots: measure and improve the service a municipal contact centre gives citizens')
    .version('0.1.0')
    // Settings are copied to the subcommands created below: errors come back to runCli as
    // exceptions instead of exiting, and output goes through the context.
    .exitOverride()
    .configureOutput({ writeOut: context.stdout, writeErr: context.stderr })
    .showHelpAfterError()
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Examples:
  lots serve                       start on http://127.0.0.1:3000 (embedded database in ./data)
  lots tenant create --code 0123 --admin-email admin@example.se --admin-name "Åsa Berg"
  lots user create --tenant 0123 --email guide@example.se --name "Sara Nilsson" --role guide
  lots integration token --tenant 0123 --name Telefoni    print a new API token for an integration
  lots import calls --tenant 0123 --format asterisk-queue-log /var/log/asterisk/queue_log.1 /var/log/asterisk/queue_log
  lots report weekly --tenant 0123 --from 2026-W10 --to 2026-W19 --format xlsx --out veckorapport.xlsx
  lots signals run                 evaluate yesterday for every municipality and e-mail new signals
  lots comments classify --column Kommentar --format csv svar.csv    tone and areas of each comment
  lots model train                 train the comment model from data/comments/train.tsv

Settings come from the environment (DATABASE_URL, LOTS_DATA_DIR, PORT, LOG_LEVEL...): see README.md.`,
    );

  registerServe(program, context);
  registerMigrate(program, context);
  registerSeedDemo(program, context);
  registerTenantCreate(program.command('tenant').description('Municipalities (tenants) / Kommuner'), context);
  registerUserCreate(program.command('user').description('Users / Användare'), context);
  registerIntegrationToken(
    program.command('integration').description('Integrations (other systems) / Integrationer'),
    context,
  );
  registerImportCalls(program.command('import').description('Imports / Importer'), context);
  registerReportWeekly(program.command('report').description('Reports / Rapporter'), context);
  registerSignalsRun(program.command('signals').description('Signals / Signaler'), context);
  registerCommentsClassify(program.command('comments').description('Comments / Kommentarer'), context);
  registerModel(program.command('model').description('The comment model / Kommentarsmodellen'), context);
  return program;
}

/**
 * Runs one command line (process.argv form: node, script, args...) and resolves to the exit code.
 * `lots serve` resolves once the server listens; the process then lives on until a signal.
 */
export async function runCli(
  argv: readonly string[],
  context: CliContext = processContext(),
): Promise<number> {
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    // --help and --version arrive here too, as CommanderErrors with exit code 0.
    if (error instanceof CommanderError) return error.exitCode;
    return reportError(error, context.stderr, context.env);
  }
}

// Run directly (`tsx src/cli/main.ts serve`, used by scripts/dev.mjs); bin/lots.js calls runCli itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv);
}
