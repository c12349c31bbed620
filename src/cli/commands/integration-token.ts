import type { Command } from 'commander';
import { issueIntegrationToken } from '../../server/integrations/issue-integration-token.js';
import { TOKEN_DAYS_DEFAULT, TOKEN_DAYS_MAX } from '../../server/integrations/schema.js';
import type { CliContext } from '../context.js';
import { tenantIdByCode } from '../tenant-by-code.js';
import { withDatabase } from '../with-database.js';

interface IntegrationTokenOptions {
  tenant: string;
  name: string;
  tokenName?: string;
  expiresInDays: string;
}

/** Whole days as given; anything else becomes NaN, which the service reports as --expires-in-days. */
function parseDays(value: string): number {
  return /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

/**
 * `lots integration token`: for scripted installations. Creates the integration when the
 * municipality has none by that name, makes a token for it and prints the token alone on
 * stdout (TOKEN=$(lots integration token ...)); what happened goes to stderr.
 */
export function registerIntegrationToken(integration: Command, context: CliContext): void {
  integration
    .command('token')
    .description(
      'Make an API token for an integration, creating it if missing / Skapa en API-nyckel för en integration',
    )
    .requiredOption('--tenant <code>', 'municipality code of the tenant, e.g. 0123')
    .requiredOption('--name <name>', 'the integration, e.g. "Telefoni" (found ignoring case, else created)')
    .option(
      '--token-name <name>',
      'what the token is for, e.g. "Produktion" (default: "Kommandoraden <date>")',
    )
    .option(
      '--expires-in-days <days>',
      `days until the token expires, 1 to ${TOKEN_DAYS_MAX}`,
      String(TOKEN_DAYS_DEFAULT),
    )
    .addHelpText(
      'after',
      '\nThe token is printed alone on stdout and is never shown again; only its hash is kept.\n' +
        'Nyckeln skrivs ensam på stdout och visas aldrig igen; bara dess hash sparas.',
    )
    .action(async (options: IntegrationTokenOptions) => {
      const now = new Date();
      const issued = await withDatabase(context, async (db) =>
        issueIntegrationToken({
          db,
          tenantId: await tenantIdByCode(db, options.tenant),
          actorUserId: null,
          integrationName: options.name,
          tokenName: options.tokenName ?? `Kommandoraden ${now.toISOString().slice(0, 10)}`,
          expiresInDays: parseDays(options.expiresInDays),
          now,
        }),
      );
      const name = options.name.trim();
      const expires = issued.token.expiresAt.toISOString().slice(0, 10);
      context.stderr(
        issued.integrationCreated
          ? `Integrationen "${name}" skapades. / The integration "${name}" was created.\n`
          : `Integrationen "${name}" fanns redan. / The integration "${name}" already existed.\n`,
      );
      context.stderr(
        `Ny API-nyckel, giltig till ${expires}. Spara den nu: den visas inte igen.\n` +
          `New API token, valid until ${expires}. Store it now: it will not be shown again.\n`,
      );
      context.stdout(`${issued.secret}\n`);
    });
}
