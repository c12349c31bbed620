/**
 * Recognising constraint violations in errors from either driver. Drizzle wraps the driver's
 * error in a DrizzleQueryError whose `cause` is the error node-postgres or PGlite raised; both
 * carry PostgreSQL's SQLSTATE in `code` and the constraint (or unique index) in `constraint`.
 */

const UNIQUE_VIOLATION = '23505';

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The name of the unique constraint or index the error violated, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  // The chain is short (at most the Drizzle wrapper and the driver error); the bound guards cycles.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const fields = current as PgErrorFields;
    if (fields.code === UNIQUE_VIOLATION)
      return typeof fields.constraint === 'string' ? fields.constraint : '';
    current = fields.cause;
  }
  return null;
}
