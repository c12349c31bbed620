import type { Command } from 'commander';
import { createTenant } from '../../server/tenants/create-tenant.js';
import type { CliContext } from '../context.js';
import { parseLocale } from '../options.js';
import { resolvePassword } from '../password.js';
import { withDatabase } from '../with-database.js';

interface TenantCreateOptions {
  code: string;
  adminEmail: string;
  adminName: string;
  adminPassword?: string;
  locale?: string;
  platformAdmin?: boolean;
  emailDomain: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `lots tenant create`: add a municipality with its first administrator. */
export function registerTenantCreate(tenant: Command, context: CliContext): void {
  tenant
    .command('create')
    .description('Add a municipality and its first administrator / Lägg till en kommun')
    .requiredOption('--code <code>', "the municipality's four-digit Statistics Sweden code, e.g. 0123")
    .requiredOption('--admin-email <email>', "the administrator's e-mail address (their sign-in name)")
    .requiredOption('--admin-name <name>', "the administrator's name")
    .option(
      '--admin-password <password>',
      'the password (else LOTS_ADMIN_PASSWORD, else asked on the terminal)',
    )
    .option('--locale <sv|en>', "the administrator's language", 'sv')
    .option('--platform-admin', 'also let the administrator add municipalities (run the installation)')
    .option(
      '--email-domain <domain>',
      "an e-mail domain of the municipality; its people's accounts must be at one (repeat for more; default: the administrator's)",
      collect,
      [],
    )
    .action(async (options: TenantCreateOptions) => {
      const locale = parseLocale(options.locale);
      const password = await resolvePassword(context, {
        option: options.adminPassword,
        optionName: '--admin-password',
        envName: 'LOTS_ADMIN_PASSWORD',
      });
      const { tenant: created } = await withDatabase(context, (db) =>
        createTenant({
          db,
          municipalityCode: options.code,
          ...(options.emailDomain.length > 0 ? { emailDomains: options.emailDomain } : {}),
          admin: {
            email: options.adminEmail,
            displayName: options.adminName,
            password,
            ...(locale ? { locale } : {}),
            isPlatformAdmin: options.platformAdmin ?? false,
          },
          actorUserId: null,
        }),
      );
      context.stdout(
        `Kommunen ${created.name} (${created.municipalityCode}) lades till, id ${created.id}.\n` +
          `Municipality ${created.name} (${created.municipalityCode}) added, id ${created.id}.\n`,
      );
    });
}
