/**
 * Who may call a route, checked before the body is parsed: 401 without a valid session, 403
 * without the route's permission or without a matching CSRF token on a state-changing request.
 * Routes declare `config: { access: 'public' }` or `config: { permission: '...' }`; the default is
 * "any signed-in user".
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.js';
import { can, type Actor, type Permission } from '../../core/auth/roles.js';
import { resumeSession, type Authenticated } from '../auth/sessions.js';
import { SESSION_COOKIE, safeEqual } from '../auth/session-token.js';
import { Problem } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: 'public' | 'session';
    permission?: Permission;
    /** Public state-changing routes that need no CSRF token (sign-in: no session exists yet). */
    skipCsrf?: boolean;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in actor; only call from routes that are not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new Problem(401, 'unauthenticated');
  return request.auth.actor;
}

export function registerAccessControl(app: FastifyInstance, db: Database): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    const route = request.routeOptions.url;
    // The API documentation (OpenAPI document and its viewer) describes the API; it holds no data.
    if (!route?.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const cookie = request.cookies[SESSION_COOKIE];
    if (config.access === 'public') {
      // Cross-site requests cannot send JSON without a CORS preflight, which we never grant;
      // the Origin check also covers browsers that send simple requests.
      if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
      request.auth = cookie ? await resumeSession(db, cookie) : null;
      return;
    }
    request.auth = cookie ? await resumeSession(db, cookie) : null;
    if (!request.auth) throw new Problem(401, 'unauthenticated');
    if (!SAFE_METHODS.has(request.method) && !config.skipCsrf) {
      const token = request.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !safeEqual(token, request.auth.session.csrfToken)) {
        throw new Problem(403, 'csrf_failed');
      }
    }
    if (config.permission && !can(request.auth.actor, config.permission)) throw new Problem(403, 'forbidden');
  });
}

function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new Problem(403, 'csrf_failed');
  }
  if (host !== request.headers.host) throw new Problem(403, 'csrf_failed');
}
