/**
 * Turns every error into application/problem+json (RFC 9457). Clients never see a stack trace or
 * a database message; the log gets the error's type, SQL state and stack without the message
 * text, since database messages can quote the values a user entered.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader, type Locale } from './locale.js';
import {
  fieldText,
  problemText,
  FIELD_MESSAGES,
  type FieldMessageCode,
  type ProblemCode,
} from './messages.js';
import { Problem, type FieldError } from './problem.js';
import { fieldErrorFromZodIssue, RequestValidationError } from './zod-field-error.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  errors?: { pointer: string; code: string; detail: string }[];
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function isFieldMessageCode(code: string): code is FieldMessageCode {
  return code in FIELD_MESSAGES;
}

export function problemBody(problem: Problem, locale: Locale): ProblemBody {
  const body: ProblemBody = {
    type: `https://lots.se/problems/${problem.code.replaceAll('_', '-')}`,
    title: STATUS_TITLES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problemText(problem.code, locale),
    code: problem.code,
  };
  if (problem.fieldErrors.length > 0) {
    body.errors = problem.fieldErrors.map((e) => ({
      pointer: e.pointer,
      code: e.code,
      detail: isFieldMessageCode(e.code) ? fieldText(e.code, locale, e.params) : e.code,
    }));
  }
  return body;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const locale = localeFromHeader(request.headers['accept-language']);
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send(problemBody(problem, locale));
}

/** Maps framework and library errors onto problems; unknown errors become 500. */
export function toProblem(error: unknown): Problem | undefined {
  if (error instanceof Problem) return error;
  if (error instanceof RequestValidationError) {
    const context = error.validationContext ?? 'body';
    const fieldErrors: FieldError[] = error.issues.map((issue) => fieldErrorFromZodIssue(context, issue));
    return new Problem(400, 'validation_failed', fieldErrors);
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem(400, 'malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, 'body_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem(415, 'unsupported_media_type');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new Problem(400, 'malformed_json');
    // A path that climbs out of a static folder (the API documentation's assets): nothing there.
    case 'FST_STATIC_FORBIDDEN_PATH':
      return new Problem(404, 'not_found');
    default:
      break;
  }
  if (fastifyError.statusCode === 429) return new Problem(429, 'rate_limited');
  if (error instanceof SyntaxError && fastifyError.statusCode === 400)
    return new Problem(400, 'malformed_json');
  if (fastifyError.validation) return new Problem(400, 'validation_failed');
  // Any other error a framework or plugin raises about the request (a 4xx status of its own) stays
  // a 4xx problem: a client's mistake is never reported as our failure (issue #11).
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return clientProblem(status);
  return undefined;
}

/** A problem for a 4xx status raised outside our code, with the nearest code we have. */
function clientProblem(status: number): Problem {
  switch (status) {
    case 401:
      return new Problem(401, 'unauthenticated');
    case 403:
      return new Problem(403, 'forbidden');
    case 404:
      return new Problem(404, 'not_found');
    case 405:
      return new Problem(405, 'method_not_allowed');
    case 413:
      return new Problem(413, 'body_too_large');
    case 415:
      return new Problem(415, 'unsupported_media_type');
    default:
      return new Problem(400, 'bad_request');
  }
}

/** What may be logged of an unexpected error: no message text, which can hold user input. */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  return {
    type: e.name,
    code: typeof e.code === 'string' ? e.code : undefined,
    constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    table: typeof e.table === 'string' ? e.table : undefined,
    stack: e.stack?.split('\n').slice(1).join('\n'),
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem) return sendProblem(request, reply, problem);
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return sendProblem(request, reply, new Problem(500, 'internal_error'));
  });
}
