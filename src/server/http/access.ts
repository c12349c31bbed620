/**
 * Who may call a route, checked before the body is parsed: 401 without a valid session or API
 * token, 403 without the route's permission or without a matching CSRF token on a
 * state-changing request. Every API route declares `config: { access: 'public' }`,
 * `config: { access: 'session' }` (any signed-in person) or `config: { permission: '...' }`; a
 * route that declares none is refused when it is registered, so no route is opened by omission.
 *
 * Two ways in:
 * - A person's session cookie. State-changing requests need the session's CSRF token.
 * - An integration's API token, `Authorization: Bearer lots_...` (RFC 6750). A browser never adds
 *   that header on its own, so a bearer request cannot be forged cross-site: no CSRF token and no
 *   Origin check. Tokens work only on the few routes that declare `integrations: true` beside a
 *   permission (submitting data and reading back what was submitted, the catalogue and units to
 *   map it): a route is for people unless it says otherwise, so a route added later is closed to
 *   tokens until someone decides an integration needs it (issue #11: with the permission alone, a
 *   token could replace and delete the saved column mappings, which are configuration). A request carrying both a cookie and a bearer token is refused
 *   (400): it is unclear who is acting, and guessing would make the audit trail guess too.
 *   Authorization headers of other schemes (a proxy's Basic) are not ours and are ignored.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.js';
import { can, type Actor, type Permission } from '../../core/auth/roles.js';
import { resumeSession, type Authenticated } from '../auth/sessions.js';
import type { SessionActorRow } from '../auth/queries/find-session-actor.js';
import { SESSION_COOKIE, safeEqual } from '../auth/session-token.js';
import { bearerCredentials } from '../integrations/api-token.js';
import { authenticateToken, type TokenAuthenticated } from '../integrations/authenticate-token.js';
import { Problem } from './problem.js';

/** A person signed in with a session, or an integration with an API token. */
export type RequestAuth = (Authenticated & { method: 'session' }) | TokenAuthenticated;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: 'public' | 'session';
    permission?: Permission;
    /** Integrations may call this route with an API token (it must declare a permission too). */
    integrations?: true;
    /** Public state-changing routes that need no CSRF token (sign-in: no session exists yet). */
    skipCsrf?: boolean;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyInstance {
    /** Every API route with who may call it, as declared (for the role-by-route tests and docs). */
    routeAccess: RouteAccess[];
  }
}

/** Who may call one API route, as its config declares it. */
export interface RouteAccess {
  method: string;
  url: string;
  access: 'public' | 'session' | 'permission';
  permission: Permission | null;
  integrations: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in actor; only call from routes that are not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new Problem(401, 'unauthenticated');
  return request.auth.actor;
}

/** The person's session; for routes without a permission, which API tokens never reach. */
export function sessionOf(request: FastifyRequest): SessionActorRow {
  if (request.auth?.method !== 'session') throw new Problem(401, 'unauthenticated');
  return request.auth.session;
}

export function registerAccessControl(app: FastifyInstance, db: Database): void {
  app.decorateRequest('auth', null);
  const routeAccess: RouteAccess[] = [];
  app.decorate('routeAccess', routeAccess);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config ?? {};
    const name = `${String(route.method)} ${route.url}`;
    if (!config.permission && !config.access)
      throw new Error(`${name} declares neither a permission nor access 'public' or 'session'`);
    if (config.permission && config.access)
      throw new Error(`${name} declares both a permission and access '${config.access}'`);
    if (config.integrations && !config.permission)
      throw new Error(`${name} accepts integrations but declares no permission`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeAccess.push({
        method,
        url: route.url,
        access: config.permission ? 'permission' : (config.access ?? 'session'),
        permission: config.permission ?? null,
        integrations: config.integrations === true,
      });
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    const route = request.routeOptions.url;
    // The API documentation (OpenAPI document and its viewer) describes the API; it holds no data.
    if (!route?.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const cookie = request.cookies[SESSION_COOKIE];
    if (config.access === 'public') {
      // Cross-site requests cannot send JSON without a CORS preflight, which we never grant;
      // the Origin check also covers browsers that send simple requests.
      if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
      request.auth = await sessionAuth(db, cookie);
      return;
    }
    const bearer = bearerCredentials(request.headers.authorization);
    if (bearer !== null) {
      await authenticateBearer(db, request, reply, bearer, cookie !== undefined);
      return;
    }
    const auth = await sessionAuth(db, cookie);
    request.auth = auth;
    if (!auth) throw new Problem(401, 'unauthenticated');
    if (!SAFE_METHODS.has(request.method) && !config.skipCsrf) {
      const token = request.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !safeEqual(token, auth.session.csrfToken)) {
        throw new Problem(403, 'csrf_failed');
      }
    }
    if (config.permission && !can(auth.actor, config.permission)) throw new Problem(403, 'forbidden');
  });
}

async function sessionAuth(
  db: Database,
  cookie: string | undefined,
): Promise<(Authenticated & { method: 'session' }) | null> {
  const session = cookie ? await resumeSession(db, cookie) : null;
  return session ? { method: 'session', ...session } : null;
}

async function authenticateBearer(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  hasCookie: boolean,
): Promise<void> {
  if (hasCookie) throw new Problem(400, 'credentials_ambiguous');
  const auth = await authenticateToken(db, token);
  if (!auth) {
    // RFC 6750 section 3: the challenge names the scheme and the error; never which check failed.
    void reply.header('www-authenticate', 'Bearer error="invalid_token"');
    throw new Problem(401, 'invalid_token');
  }
  request.auth = auth;
  const { permission, integrations } = request.routeOptions.config;
  if (!permission || integrations !== true) throw new Problem(403, 'token_not_accepted');
  if (!can(auth.actor, permission)) throw new Problem(403, 'forbidden');
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
