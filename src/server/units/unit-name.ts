import { Problem } from '../http/problem.js';
import { uniqueViolation } from '../../db/errors.js';
import { UNIT_NAME_MAX } from './schema.js';

/**
 * The name as stored: trimmed, 1 to 200 characters. Checked here as well as in the request
 * schema because the command-line tool calls the services directly.
 */
export function normalizeUnitName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0)
    throw new Problem(400, 'validation_failed', [{ pointer: '/body/name', code: 'required' }]);
  if (trimmed.length > UNIT_NAME_MAX) {
    throw new Problem(400, 'validation_failed', [
      { pointer: '/body/name', code: 'too_long', params: { max: UNIT_NAME_MAX } },
    ]);
  }
  return trimmed;
}

/** Turns the sibling-name unique index violation into the problem a person understands. */
export function unitNameConflict(error: unknown): Problem | null {
  return uniqueViolation(error) === 'units_sibling_name_key'
    ? new Problem(409, 'unit_name_taken', [{ pointer: '/body/name', code: 'unit_name_taken' }])
    : null;
}
