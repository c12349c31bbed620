/**
 * Checks of user input that do not need the database, shared by the API and the command-line
 * tool (which calls the services directly). Each failure names the field by JSON Pointer into
 * the API's request body, so the web form can mark it.
 */
import { z } from 'zod';
import { normalizeEmail } from '../../core/auth/email.js';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from '../../core/auth/password-policy.js';
import { checkRoleGrants } from '../../core/auth/role-grants.js';
import type { RoleGrant } from '../../core/auth/roles.js';
import { Problem, type FieldError } from '../http/problem.js';
import type { FieldMessageCode, ProblemCode } from '../http/messages.js';

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 200;

const emailFormat = z.email();

export function emailErrors(email: string, pointer: string): FieldError[] {
  if (email.length === 0) return [{ pointer, code: 'required' }];
  if (email.length > EMAIL_MAX) return [{ pointer, code: 'too_long', params: { max: EMAIL_MAX } }];
  return emailFormat.safeParse(email).success ? [] : [{ pointer, code: 'invalid_email' }];
}

export function displayNameErrors(displayName: string, pointer: string): FieldError[] {
  if (displayName.length === 0) return [{ pointer, code: 'required' }];
  if (displayName.length > DISPLAY_NAME_MAX)
    return [{ pointer, code: 'too_long', params: { max: DISPLAY_NAME_MAX } }];
  return [];
}

const PASSWORD_FIELD_ERRORS: Record<
  PasswordProblem,
  { code: FieldMessageCode; params?: Record<string, number> }
> = {
  too_short: { code: 'password_too_short', params: { min: PASSWORD_MIN_LENGTH } },
  too_long: { code: 'password_too_long', params: { max: PASSWORD_MAX_LENGTH } },
  common: { code: 'password_common' },
  contains_email: { code: 'password_contains_email' },
};

/** The password policy (core/auth/password-policy.ts) as field errors. */
export function passwordErrors(password: string, email: string, pointer: string): FieldError[] {
  return checkPassword(password, { email }).map((p) => ({ pointer, ...PASSWORD_FIELD_ERRORS[p] }));
}

export function roleGrantErrors(grants: readonly RoleGrant[], pointer: string): FieldError[] {
  if (grants.length === 0) return [{ pointer, code: 'too_few_items', params: { min: 1 } }];
  return checkRoleGrants(grants).map((issue) => ({
    pointer: `${pointer}/${issue.index}/${issue.field}`,
    code: issue.code satisfies FieldMessageCode,
  }));
}

/**
 * Throws one problem carrying every field error, so a person sees all mistakes at once. The
 * problem's code is the most specific one that covers them all.
 */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length === 0) return;
  let code: ProblemCode = 'validation_failed';
  if (errors.every((e) => String(e.code).startsWith('password_'))) code = 'password_weak';
  else if (errors.every((e) => e.code === 'unit_required')) code = 'unit_required_for_role';
  throw new Problem(400, code, [...errors]);
}

export interface NewUserInput {
  email: string;
  displayName: string;
  password: string;
}

/** The address and name as stored (address lower-case and trimmed), after checking all three fields. */
export function prepareNewUser(
  input: NewUserInput,
  base: string,
  extraErrors: FieldError[] = [],
): { email: string; displayName: string } {
  const email = normalizeEmail(input.email);
  const displayName = input.displayName.trim();
  throwIfInvalid([
    ...emailErrors(email, `${base}/email`),
    ...displayNameErrors(displayName, `${base}/displayName`),
    ...passwordErrors(input.password, email, `${base}/password`),
    ...extraErrors,
  ]);
  return { email, displayName };
}
