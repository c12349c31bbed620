/**
 * Problem Details for HTTP APIs (RFC 9457). Every error response of the API is one of these,
 * with a stable `code`, a `detail` in the request's language and, for invalid input, `errors`
 * naming each field at fault (JSON Pointer into the request, RFC 6901).
 */
import type { ProblemCode } from './messages.js';

export interface FieldError {
  /** JSON Pointer to the field, for example "/body/email". */
  pointer: string;
  /** A FieldMessageCode when the field has a translated message; any other code is shown as is. */
  code: string;
  params?: Record<string, string | number>;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'Problem';
  }
}

export const badRequest = (code: ProblemCode, fieldErrors: FieldError[] = []) =>
  new Problem(400, code, fieldErrors);
export const unauthenticated = () => new Problem(401, 'unauthenticated');
export const forbidden = () => new Problem(403, 'forbidden');
export const notFound = () => new Problem(404, 'not_found');
export const conflict = (code: ProblemCode, fieldErrors: FieldError[] = []) =>
  new Problem(409, code, fieldErrors);
