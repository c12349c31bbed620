/** Checks of option values that commander cannot express, shared by the commands. */
import { isRole, ROLES, type Role } from '../core/auth/roles.js';
import { CliError } from './messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Commander collector for an option given several times (`--role guide --role manager`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseRoles(values: readonly string[]): Role[] {
  return values.map((value) => {
    if (!isRole(value)) throw new CliError('unknown_role', { role: value, roles: ROLES.join(', ') });
    return value;
  });
}

export function parseLocale(value: string | undefined): 'sv' | 'en' | undefined {
  if (value === undefined || value === 'sv' || value === 'en') return value;
  throw new CliError('unknown_locale');
}

export function parseUuid(option: string, value: string | undefined): string | undefined {
  if (value === undefined || UUID.test(value)) return value?.toLowerCase();
  throw new CliError('invalid_uuid', { option, value });
}
