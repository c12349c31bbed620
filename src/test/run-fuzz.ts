/**
 * Runs requests generated from the OpenAPI document (openapi-fuzz.ts) against an app and checks
 * the property: no 5xx (but the PDF printer's 503 when no Chromium is configured), and every
 * error answer is problem+json whose status matches. Shared by the integration test and the
 * longer bench run.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { operationsOf, requestFor, type FuzzRequest, type OpenApiDocument } from './openapi-fuzz.js';
import type { Principal } from './principals.js';

export interface FuzzResult {
  requests: number;
  /** Count of answers per status code. */
  histogram: Record<number, number>;
  /** Requests that broke the property, described for a person. */
  failures: string[];
  operations: number;
}

/** Routes left out: signing in or out changes who the principals are. */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/login']);

export async function runApiFuzz(
  app: FastifyInstance,
  principals: readonly Principal[],
  ids: string[],
  options: { seed: number; requests: number },
): Promise<FuzzResult> {
  const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<OpenApiDocument>();
  const operations = operationsOf(doc).filter((op) => !SKIPPED.has(`${op.method} ${op.path}`));
  // Those who may do most are drawn most often, so that more requests get past the access checks.
  const weight = (p: Principal) => (p.roles.includes('administrator') ? 4 : p.roles.length > 0 ? 2 : 1);
  const context = { ids, principals: principals.flatMap((p, i) => Array<number>(weight(p)).fill(i)) };
  const arbitrary = fc.oneof(...operations.map((op) => requestFor(op, context)));
  const requests = fc.sample(arbitrary, { seed: options.seed, numRuns: options.requests });
  const histogram: Record<number, number> = {};
  const failures: string[] = [];
  for (const request of requests) {
    const problem = await check(app, principals, request);
    const status = problem.status;
    histogram[status] = (histogram[status] ?? 0) + 1;
    if (problem.failure) failures.push(problem.failure);
  }
  return { requests: requests.length, histogram, failures, operations: operations.length };
}

async function check(
  app: FastifyInstance,
  principals: readonly Principal[],
  request: FuzzRequest,
): Promise<{ status: number; failure?: string }> {
  const who = principals[request.principal];
  const headers: Record<string, string> = { ...who?.headers };
  if (request.contentType) headers['content-type'] = request.contentType;
  const res = await app.inject({
    method: request.method,
    url: request.url,
    headers,
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  });
  const sent =
    request.payload === undefined
      ? ''
      : ` with ${request.contentType ?? ''} ${request.payload.slice(0, 300)}`;
  const where = `${request.method} ${request.url.slice(0, 200)} as ${who?.name ?? '?'}${sent}`;
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 500) {
    const isPdfUnavailable = res.statusCode === 503 && res.body.includes('report_pdf_unavailable');
    if (!isPdfUnavailable)
      return { status: res.statusCode, failure: `${where}: ${res.statusCode} ${res.body.slice(0, 200)}` };
  }
  if (res.statusCode >= 400) {
    if (!type.startsWith('application/problem+json'))
      return { status: res.statusCode, failure: `${where}: ${res.statusCode} as ${type}, not problem+json` };
    const body = res.json<{ status?: number; code?: string; title?: string; detail?: string }>();
    if (body.status !== res.statusCode || !body.code || !body.title || !body.detail)
      return { status: res.statusCode, failure: `${where}: problem body ${res.body.slice(0, 200)}` };
  }
  return { status: res.statusCode };
}
