/** Checks of option values that commander cannot express, shared by the commands. */
import { isPersonRole, PERSON_ROLES, type PersonRole } from '../core/auth/roles.js';
import { CliError } from './messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Commander collector for an option given several times (`--role guide --role manager`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Roles for a person: the integration role is given only by `lots integration token`. */
export function parseRoles(values: readonly string[]): PersonRole[] {
  return values.map((value) => {
    if (!isPersonRole(value))
      throw new CliError('unknown_role', { role: value, roles: PERSON_ROLES.join(', ') });
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
