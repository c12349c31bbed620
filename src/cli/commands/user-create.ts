import type { Command } from 'commander';
import { createUser } from '../../server/users/create-user.js';
import type { CliContext } from '../context.js';
import { CliError } from '../messages.js';
import { collect, parseLocale, parseRoles, parseUuid } from '../options.js';
import { resolvePassword } from '../password.js';
import { tenantIdByCode } from '../tenant-by-code.js';
import { withDatabase } from '../with-database.js';
import { COMMAND_LINE } from '../../server/users/authority.js';

interface UserCreateOptions {
  tenant: string;
  email: string;
  name: string;
  role: string[];
  unit?: string;
  platformAdmin?: boolean;
  password?: string;
  locale?: string;
}

/** `lots user create`: add a user with roles to a municipality. */
export function registerUserCreate(user: Command, context: CliContext): void {
  user
    .command('create')
    .description('Add a user with one or more roles / Lägg till en användare')
    .requiredOption('--tenant <code>', 'municipality code of the tenant, e.g. 0123')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption(
      '--role <role>',
      'guide, quality_developer, manager, department_contact or administrator; repeat for several',
      collect,
    )
    .option('--unit <unit id>', 'the unit a department_contact speaks for')
    .option('--platform-admin', 'may also add municipalities (runs the installation)')
    .option('--password <password>', 'the password (else LOTS_USER_PASSWORD, else asked on the terminal)')
    .option('--locale <sv|en>', "the user's language", 'sv')
    .action(async (options: UserCreateOptions) => {
      const roles = parseRoles(options.role);
      const unitId = parseUuid('--unit', options.unit) ?? null;
      if (unitId && !roles.includes('department_contact'))
        throw new CliError('unit_only_for_department_contact');
      const locale = parseLocale(options.locale);
      const password = await resolvePassword(context, {
        option: options.password,
        optionName: '--password',
        envName: 'LOTS_USER_PASSWORD',
      });
      const created = await withDatabase(context, async (db) =>
        createUser({
          db,
          tenantId: await tenantIdByCode(db, options.tenant),
          actor: COMMAND_LINE,
          email: options.email,
          displayName: options.name,
          password,
          roles: roles.map((role) => ({ role, unitId: role === 'department_contact' ? unitId : null })),
          ...(locale ? { locale } : {}),
          isPlatformAdmin: options.platformAdmin ?? false,
        }),
      );
      context.stdout(`Användaren skapades, id ${created.id}. / The user was created, id ${created.id}.\n`);
    });
}
