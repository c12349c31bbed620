/**
 * Every API route as every kind of caller, against the permission table (core/auth/roles.ts):
 * the routes come from the app itself (app.routeAccess, filled as routes are registered), so a
 * route added later is walked here without anyone remembering to add it (issue #11).
 *
 * Expected: nobody gets 401 on a route that is not public; an integration's token gets 403 unless
 * the route accepts integrations and the integration role holds its permission; a person gets
 * 403 exactly when the route needs a permission their roles do not give. "Let through" means
 * neither of those refusals; the route may still answer 400, 404 or 409 for the empty request.
 */
import { describe, expect, it } from 'vitest';
import { can } from '../core/auth/roles.js';
import type { RouteAccess } from './http/access.js';
import { principalWorld, type Principal } from '../test/principals.js';
import { testServer } from '../test/server.js';

const server = await testServer({ chromiumPath: '/nonexistent/chromium' });
const { app } = server;
const world = await principalWorld(server);

type Verdict = 'unauthenticated' | 'forbidden' | 'let through';

function expected(route: RouteAccess, who: Principal): Verdict {
  if (route.access === 'public') return 'let through';
  if (who.kind === 'anonymous') return 'unauthenticated';
  if (who.kind === 'token') {
    if (!route.integrations || route.permission === null) return 'forbidden';
    return can(
      { roles: who.roles.map((role) => ({ role, unitId: null })), isPlatformAdmin: false },
      route.permission,
    )
      ? 'let through'
      : 'forbidden';
  }
  if (route.permission === null) return 'let through';
  const roles = who.roles.map((role) => ({ role, unitId: null }));
  return can({ roles, isPlatformAdmin: who.isPlatformAdmin }, route.permission) ? 'let through' : 'forbidden';
}

/** The refusal the access layer gave, if any. */
function observed(status: number, code: string | undefined): Verdict {
  if (status === 401) return 'unauthenticated';
  if (status === 403 && (code === 'forbidden' || code === 'token_not_accepted')) return 'forbidden';
  return 'let through';
}

/** A concrete URL for a route pattern: ids as a uuid no row has, days as a day. */
function urlOf(pattern: string): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
    /day$/i.test(name) ? '2026-03-02' : '00000000-0000-4000-8000-000000000000',
  );
}

// Signing out ends the caller's session: walked last.
const routes = [...app.routeAccess].sort(
  (a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'),
);

describe('every route as every caller, against the permission table', () => {
  it('every API route declares who may call it, and the matrix holds for each', async () => {
    expect(routes.length).toBeGreaterThan(90);
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const who of world.principals) {
        const isWrite = route.method !== 'GET' && route.method !== 'DELETE';
        const res = await app.inject({
          method: route.method as 'GET',
          url: urlOf(route.url),
          headers: { ...who.headers, ...(isWrite ? { 'content-type': 'application/json' } : {}) },
          ...(isWrite ? { payload: '{}' } : {}),
        });
        const body = res.headers['content-type']?.toString().includes('json')
          ? (res.json<{ code?: string }>() ?? {})
          : {};
        const want = expected(route, who);
        const got = observed(res.statusCode, body.code);
        checked += 1;
        if (want !== got)
          mismatches.push(
            `${route.method} ${route.url} as ${who.name}: expected ${want}, got ${res.statusCode} ${body.code ?? ''}`,
          );
        expect(res.statusCode, `${route.method} ${route.url} as ${who.name}`).toBeLessThan(500);
      }
    }
    console.log(
      `route access matrix: ${routes.length} routes x ${world.principals.length} callers = ${checked} requests`,
    );
    expect(mismatches).toEqual([]);
  });
});
