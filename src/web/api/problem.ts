/**
 * Errors from the API. The server answers every error with application/problem+json (RFC 9457):
 * `{ status, code, detail, errors?: [{ pointer: '/body/email', code, detail }] }`, where `detail`
 * is already in the language the request asked for (Accept-Language).
 */

export interface FieldProblem {
  /** JSON Pointer into the request (RFC 6901), for example "/body/email". */
  pointer: string;
  code: string;
  detail: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** A sentence for a person, in the interface language; empty when the server sent none. */
    readonly detail: string,
    readonly fieldErrors: readonly FieldProblem[] = [],
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }
}

/** A failure before any HTTP answer arrived (offline, server down). */
export const NETWORK_ERROR = 'network_error';
/** An HTTP error whose body was not a problem document (a proxy's HTML page, for example). */
export const HTTP_ERROR = 'http_error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldProblemsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldProblem[] => {
    if (!isRecord(item) || typeof item['pointer'] !== 'string') return [];
    return [
      {
        pointer: item['pointer'],
        code: typeof item['code'] === 'string' ? item['code'] : 'invalid',
        detail: typeof item['detail'] === 'string' ? item['detail'] : '',
      },
    ];
  });
}

/** Reads an error response into an ApiError, whatever its body turns out to be. */
export async function parseProblem(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  if (!isRecord(body)) return new ApiError(response.status, HTTP_ERROR, '');
  return new ApiError(
    typeof body['status'] === 'number' ? body['status'] : response.status,
    typeof body['code'] === 'string' ? body['code'] : HTTP_ERROR,
    typeof body['detail'] === 'string' ? body['detail'] : '',
    fieldProblemsOf(body['errors']),
  );
}

/**
 * The form field a pointer names: the path below /body with array indexes left out and the rest
 * joined by dots. '/body/email' -> 'email', '/body/admin/email' -> 'admin.email',
 * '/body/roles/0/unitId' -> 'roles.unitId'. Pointers outside the body (or the body itself) name
 * no field.
 */
export function fieldKeyOf(pointer: string): string | null {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments[0] !== 'body') return null;
  const rest = segments.slice(1).filter((s) => !/^\d+$/.test(s));
  return rest.length > 0 ? rest.join('.') : null;
}

export interface FormErrors {
  /** The first message for each field the form shows. */
  byField: ReadonlyMap<string, string>;
  /** Messages the form has no field for; shown with the summary at the top. */
  other: readonly string[];
}

/** Splits an error's field problems between the form's own fields and the rest. */
export function formErrorsOf(error: ApiError | null, fields: readonly string[]): FormErrors {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const problem of error?.fieldErrors ?? []) {
    const key = fieldKeyOf(problem.pointer);
    const text = problem.detail || problem.code;
    if (key && fields.includes(key)) {
      if (!byField.has(key)) byField.set(key, text);
    } else {
      other.push(text);
    }
  }
  return { byField, other };
}
