/**
 * Checks of integration and token input shared by the API (after zod) and the command-line tool
 * (which calls the services directly), and the translation of the name's unique index into a
 * field error.
 */
import { uniqueViolation } from '../../db/errors.js';
import { Problem, type FieldError } from '../http/problem.js';
import { throwIfInvalid } from '../users/user-input.js';
import { INTEGRATION_NAME_MAX, TOKEN_DAYS_MAX, TOKEN_NAME_MAX } from './schema.js';

function nameErrors(name: string, max: number, pointer: string): FieldError[] {
  if (name.length === 0) return [{ pointer, code: 'required' }];
  return name.length > max ? [{ pointer, code: 'too_long', params: { max } }] : [];
}

/** The integration's name as stored (trimmed), or a 400 naming the field. */
export function cleanIntegrationName(name: string, pointer = '/body/name'): string {
  const clean = name.trim();
  throwIfInvalid(nameErrors(clean, INTEGRATION_NAME_MAX, pointer));
  return clean;
}

/** The token's name (trimmed) and lifetime, or a 400 naming each field at fault. */
export function cleanTokenInput(name: string, expiresInDays: number, base = '/body'): string {
  const clean = name.trim();
  const errors = nameErrors(clean, TOKEN_NAME_MAX, `${base}/name`);
  if (!Number.isInteger(expiresInDays))
    errors.push({ pointer: `${base}/expiresInDays`, code: 'invalid_type' });
  else if (expiresInDays < 1)
    errors.push({ pointer: `${base}/expiresInDays`, code: 'too_small_number', params: { min: 1 } });
  else if (expiresInDays > TOKEN_DAYS_MAX)
    errors.push({
      pointer: `${base}/expiresInDays`,
      code: 'too_big_number',
      params: { max: TOKEN_DAYS_MAX },
    });
  throwIfInvalid(errors);
  return clean;
}

export function integrationNameTaken(pointer = '/body/name'): Problem {
  return new Problem(409, 'integration_name_taken', [{ pointer, code: 'integration_name_taken' }]);
}

/** Another integration of the tenant has the name, ignoring case (possibly written a moment ago). */
export function integrationNameConflict(error: unknown): Problem | null {
  return uniqueViolation(error) === 'users_integration_name_key' ? integrationNameTaken() : null;
}
