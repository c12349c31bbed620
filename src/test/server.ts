/** An in-process Lots server on the test file's database; requests go through app.inject. */
import type { FastifyInstance } from 'fastify';
import { afterAll, expect } from 'vitest';
import type { Database } from '../db/database.js';
import { buildApp } from '../server/app.js';
import { loadConfig, type Config } from '../server/config.js';
import type { Role, RoleGrant } from '../core/auth/roles.js';
import { createTenant, createUser, type TestTenant, type TestUser } from './factories.js';
import { testDatabase } from './database.js';

export interface TestServer {
  app: FastifyInstance;
  db: Database;
}

export async function testServer(options: Partial<Config> = {}): Promise<TestServer> {
  const db = await testDatabase();
  const config = loadConfig({});
  const app = await buildApp({
    db,
    config: { ...config, loginRateLimit: 10_000, ...options },
    logger: false,
  });
  afterAll(() => app.close());
  return { app, db };
}

export interface SignedIn {
  user: TestUser;
  tenant: TestTenant;
  /** Cookie and CSRF header for app.inject. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs in through the real login route and returns the headers later requests need. */
export async function signIn(app: FastifyInstance, user: TestUser): Promise<SignedIn['headers']> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: user.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'lots_session');
  if (!cookie) throw new Error('no session cookie');
  return {
    cookie: `lots_session=${cookie.value}`,
    'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
  };
}

/** A new tenant (unless given) with a signed-in user holding the given roles. */
export async function signedInAs(
  server: TestServer,
  roles: (Role | RoleGrant)[],
  options: { tenant?: TestTenant; isPlatformAdmin?: boolean } = {},
): Promise<SignedIn> {
  const tenant = options.tenant ?? (await createTenant(server.db));
  const user = await createUser(server.db, tenant.id, {
    roles,
    isPlatformAdmin: options.isPlatformAdmin ?? false,
  });
  return { user, tenant, headers: await signIn(server.app, user) };
}
