/**
 * Request validation with zod, and field errors worded for a person rather than a programmer
 * ("Måste vara minst 12 tecken" rather than "Too small: expected string to have >=12 characters").
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, core } from 'zod';
import type { FieldError } from './problem.js';

export class RequestValidationError extends Error {
  validationContext?: string;
  constructor(readonly issues: core.$ZodIssue[]) {
    super('request validation failed');
    this.name = 'RequestValidationError';
  }
}

/** Like fastify-type-provider-zod's compiler, but keeps zod's issues (with input presence). */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const nul = pathsWithNul(data);
    if (nul.length > 0)
      return {
        error: new RequestValidationError(
          nul.map((path) => ({ code: 'custom', path, message: 'NUL', input: undefined, params: { code: 'invalid_character' } })),
        ),
      };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };

/**
 * Paths of the strings (and keys) that hold a NUL character, which no PostgreSQL text can store:
 * refused with a field error before anything reaches the database (issue #11: it gave a 500).
 */
export function pathsWithNul(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === 'string') return data.includes('\u0000') ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => pathsWithNul(item, [...path, i]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) =>
      key.includes('\u0000') ? [[...path, key]] : pathsWithNul(value, [...path, key]),
    );
  return [];
}

function pointerOf(context: string, path: readonly PropertyKey[]): string {
  const escaped = path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1'));
  return ['', context, ...escaped].join('/');
}

export function fieldErrorFromZodIssue(context: string, issue: core.$ZodIssue): FieldError {
  const pointer = pointerOf(context, issue.path);
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { code?: string; min?: number; max?: number } | undefined;
      if (params?.code) {
        const rest: Record<string, number> = {};
        if (params.min !== undefined) rest['min'] = params.min;
        if (params.max !== undefined) rest['max'] = params.max;
        return { pointer, code: params.code, params: rest };
      }
      return { pointer, code: 'invalid_format' };
    }
    case 'invalid_type':
      return { pointer, code: issue.input === undefined ? 'required' : 'invalid_type' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return { pointer, code: min <= 1 ? 'required' : 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { pointer, code: 'too_few_items', params: { min } };
      return { pointer, code: 'too_small_number', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { pointer, code: 'too_long', params: { max } };
      return { pointer, code: 'too_big_number', params: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { pointer, code: 'invalid_email' };
      if (issue.format === 'uuid' || issue.format === 'guid') return { pointer, code: 'invalid_uuid' };
      return { pointer, code: 'invalid_format' };
    case 'invalid_value':
      return { pointer, code: 'invalid_choice', params: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { pointer, code: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    default:
      return { pointer, code: 'invalid_format' };
  }
}
