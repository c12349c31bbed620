/**
 * An integration's API token on the API: what it opens, what it does not, and the ways it stops
 * working. The route /api/test-import stands in for a state-changing route with a permission
 * integrations hold (the bulk contact intake has contacts:import).
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { apiTokens, users } from '../../db/schema.js';
import { createTenant, createUnit, createUser } from '../../test/factories.js';
import { createIntegration, createToken } from '../../test/integrations.js';
import { testDatabase } from '../../test/database.js';
import { signedInAs, type TestServer } from '../../test/server.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { actorOf } from '../http/access.js';
import { authenticateToken } from './authenticate-token.js';

const db = await testDatabase();
const app = await buildApp({ db, config: { ...loadConfig({}), loginRateLimit: 10_000 }, logger: false });
app.post('/api/test-import', { config: { permission: 'contacts:import', integrations: true } }, async (request, reply) =>
  reply.status(201).send({ method: request.auth?.method, actor: actorOf(request) }),
);
afterAll(() => app.close());
const server: TestServer = { app, db };

async function integrationWithToken(options: Parameters<typeof createToken>[2] = {}) {
  const tenant = await createTenant(db);
  const integration = await createIntegration(db, tenant.id, { name: 'Telefoni' });
  const token = await createToken(db, integration, options);
  return { tenant, integration, token };
}

/** The SQLSTATE of a failed statement (Drizzle wraps the driver's error in `cause`). */
async function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
}

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

function expectInvalidToken(res: Awaited<ReturnType<typeof get>>): void {
  expect(res.statusCode).toBe(401);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  expect(res.json()).toEqual({
    type: 'https://lots.se/problems/invalid-token',
    title: 'Unauthorized',
    status: 401,
    code: 'invalid_token',
    detail: 'API-nyckeln är ogiltig, återkallad eller har gått ut.',
  });
}

describe('a valid token', () => {
  it('reads what the integration may read, in its own tenant only', async () => {
    const { tenant, token } = await integrationWithToken();
    const unit = await createUnit(db, tenant.id, { name: 'Socialtjänst' });
    const other = await createTenant(db);
    await createUnit(db, other.id, { name: 'Annan kommuns enhet' });
    const res = await get('/api/units', token.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().units).toEqual([expect.objectContaining({ id: unit.id, name: 'Socialtjänst' })]);
    expect((await get('/api/topics', token.headers)).statusCode).toBe(200);
  });

  it('changes state without a CSRF token, acting as the integration', async () => {
    const { tenant, integration, token } = await integrationWithToken();
    const res = await app.inject({
      method: 'POST',
      url: '/api/test-import',
      headers: token.headers,
      payload: {},
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      method: 'token',
      actor: {
        tenantId: tenant.id,
        userId: integration.id,
        roles: [{ role: 'integration', unitId: null }],
        isPlatformAdmin: false,
      },
    });
  });

  it('needs no Origin check: a foreign Origin does not matter to a bearer request', async () => {
    const { token } = await integrationWithToken();
    const res = await app.inject({
      method: 'POST',
      url: '/api/test-import',
      headers: { ...token.headers, origin: 'https://elsewhere.example' },
      payload: {},
    });
    expect(res.statusCode).toBe(201);
  });

  it('403 on routes beyond the integration’s permissions: users, logging a contact, managing integrations', async () => {
    const { token } = await integrationWithToken();
    for (const [method, url] of [
      ['GET', '/api/users'],
      ['POST', '/api/contacts'],
      ['GET', '/api/integrations'],
      ['POST', '/api/units'],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: token.headers,
        payload: method === 'POST' ? {} : undefined,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code).toBe('token_not_accepted');
    }
  });

  it('403 token_not_accepted on routes for a signed-in person (no permission declared)', async () => {
    const { token } = await integrationWithToken();
    const res = await get('/api/auth/session', token.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'token_not_accepted' });
    const locale = await app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: token.headers,
      payload: { locale: 'en' },
    });
    expect(locale.statusCode).toBe(403);
  });

  it('403 token_not_accepted on configuration the integration role’s permission would cover (issue #11)', async () => {
    const { tenant, token } = await integrationWithToken();
    const admin = await signedInAs(server, ['administrator'], { tenant });
    const mapping = await app.inject({
      method: 'POST',
      url: '/api/contact-mappings',
      headers: admin.headers,
      payload: {
        name: 'E-tjänst',
        source: 'e-tjanst',
        mapping: { columns: { externalId: 'Id', startedAt: 'Start', channel: 'Kanal' } },
      },
    });
    const mappingId = mapping.statusCode === 201 ? mapping.json<{ id: string }>().id : randomUUID();
    for (const [method, url] of [
      ['GET', '/api/contact-mappings'],
      ['POST', '/api/contact-mappings'],
      ['PUT', `/api/contact-mappings/${mappingId}`],
      ['DELETE', `/api/contact-mappings/${mappingId}`],
      ['GET', '/api/telephony/call-mappings'],
      ['GET', '/api/topics/export.csv'],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: token.headers,
        payload: method === 'POST' || method === 'PUT' ? { name: 'Kapad' } : undefined,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code, `${method} ${url}`).toBe('token_not_accepted');
    }
    if (mapping.statusCode === 201) {
      const after = await app.inject({ method: 'GET', url: '/api/contact-mappings', headers: admin.headers });
      expect(after.json().mappings).toEqual([expect.objectContaining({ id: mappingId, name: 'E-tjänst' })]);
    }
  });

  it('reads back only the call imports it made itself, with no person’s name', async () => {
    const { tenant, token } = await integrationWithToken();
    const other = await createToken(db, await createIntegration(db, tenant.id, { name: 'E-post' }));
    const admin = await signedInAs(server, ['administrator'], { tenant });
    const file = (callId: string) =>
      `${Math.floor(Date.parse('2026-03-02T08:00:00Z') / 1000)}|${callId}|support|NONE|ENTERQUEUE||070|1\n` +
      `${Math.floor(Date.parse('2026-03-02T08:00:30Z') / 1000)}|${callId}|support|NONE|ABANDON|1|1|30\n`;
    const post = (headers: Record<string, string>, callId: string) =>
      app.inject({
        method: 'POST',
        url: '/api/telephony/imports?format=asterisk-queue-log',
        headers: { ...headers, 'content-type': 'text/plain' },
        payload: file(callId),
      });
    expect((await post(token.headers, '1700000000.1')).statusCode).toBe(201);
    expect((await post(admin.headers, '1700000000.2')).statusCode).toBe(201);
    expect((await post(other.headers, '1700000000.3')).statusCode).toBe(201);
    const mine = await get('/api/telephony/imports', token.headers);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().imports).toEqual([expect.objectContaining({ imported: 1, createdBy: null })]);
    const all = await get('/api/telephony/imports', admin.headers);
    expect(all.json().imports.map((i: { createdBy: string | null }) => i.createdBy).sort()).toEqual(
      ['E-post', 'Telefoni', admin.user.displayName].sort(),
    );
  });

  it('the scheme is case-insensitive (RFC 9110 section 11.1)', async () => {
    const { token } = await integrationWithToken();
    expect((await get('/api/units', { authorization: `bearer ${token.value}` })).statusCode).toBe(200);
  });

  it('a public route ignores it', async () => {
    const { token } = await integrationWithToken();
    expect((await get('/api/health', token.headers)).statusCode).toBe(200);
  });
});

describe('a token that does not work gets one answer: 401 invalid_token', () => {
  it('revoked', async () => {
    const { token } = await integrationWithToken({ revokedAt: new Date() });
    expectInvalidToken(await get('/api/units', token.headers));
  });

  it('expired: valid until the second before expires_at, refused from it', async () => {
    const createdAt = new Date('2026-01-10T08:00:00Z');
    const expiresAt = new Date('2026-02-09T08:00:00Z');
    const { token } = await integrationWithToken({ createdAt, expiresAt });
    expectInvalidToken(await get('/api/units', token.headers));
    expect(await authenticateToken(db, token.value, new Date('2026-02-09T07:59:59Z'))).not.toBeNull();
    expect(await authenticateToken(db, token.value, expiresAt)).toBeNull();
  });

  it('unknown secret, malformed token, empty Bearer header', async () => {
    const { tenant } = await integrationWithToken();
    const unknown = `lots_${tenant.id}.${'A'.repeat(43)}`;
    for (const authorization of [
      `Bearer ${unknown}`,
      'Bearer abc',
      'Bearer',
      `Bearer ${tenant.id}.${'A'.repeat(43)}`,
    ]) {
      expectInvalidToken(await get('/api/units', { authorization }));
    }
  });

  it('of a disabled integration (and working again once enabled)', async () => {
    const { tenant, integration, token } = await integrationWithToken();
    await db.orm
      .update(users)
      .set({ isActive: false })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, integration.id)));
    expectInvalidToken(await get('/api/units', token.headers));
    await db.orm
      .update(users)
      .set({ isActive: true })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, integration.id)));
    expect((await get('/api/units', token.headers)).statusCode).toBe(200);
  });

  it('with another tenant’s id put in front of the secret (a forged tenant finds nothing)', async () => {
    const { tenant, token } = await integrationWithToken();
    const other = await createTenant(db);
    await createIntegration(db, other.id);
    const forged = token.value.replace(tenant.id, other.id);
    expect(forged).not.toBe(token.value);
    expectInvalidToken(await get('/api/units', { authorization: `Bearer ${forged}` }));
  });

  it('in English when asked', async () => {
    const res = await get('/api/units', { authorization: 'Bearer nope', 'accept-language': 'en' });
    expect(res.json().detail).toBe('The API token is invalid, revoked or expired.');
  });
});

describe('cookies and bearer tokens', () => {
  it('a request with both is refused: 400 credentials_ambiguous', async () => {
    const { tenant, token } = await integrationWithToken();
    const admin = await signedInAs(server, ['administrator'], { tenant });
    const res = await get('/api/units', { ...admin.headers, ...token.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'credentials_ambiguous' });
  });

  it('a cookie session still needs the CSRF token on the same route, and a Basic header (a proxy’s) is ignored', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/test-import',
      headers: { cookie: admin.headers.cookie },
      payload: {},
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/test-import',
      headers: { ...admin.headers, authorization: 'Basic dXNlcjpwYXNz' },
      payload: {},
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ method: 'session', actor: { userId: admin.user.id } });
  });

  it('without either: 401 unauthenticated, as before', async () => {
    const res = await get('/api/units', {});
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});

describe('last_used_at', () => {
  it('is written on first use and then at most once a minute', async () => {
    const createdAt = new Date('2026-03-02T09:00:00Z');
    const { tenant, token } = await integrationWithToken({
      createdAt,
      expiresAt: new Date('2027-03-02T09:00:00Z'),
    });
    const lastUsed = async () =>
      (
        await db.orm
          .select()
          .from(apiTokens)
          .where(and(eq(apiTokens.tenantId, tenant.id), eq(apiTokens.id, token.id)))
      )[0]?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const t0 = new Date('2026-03-02T10:00:00Z');
    await authenticateToken(db, token.value, t0);
    expect(await lastUsed()).toEqual(t0);
    // 59 s later: the same minute as far as people care; no write.
    await authenticateToken(db, token.value, new Date('2026-03-02T10:00:59Z'));
    expect(await lastUsed()).toEqual(t0);
    // 60 s later: written.
    const t1 = new Date('2026-03-02T10:01:00Z');
    await authenticateToken(db, token.value, t1);
    expect(await lastUsed()).toEqual(t1);
  });
});

describe('the database keeps integrations and people apart', () => {
  it('a token cannot belong to a person (foreign key on the account kind)', async () => {
    const tenant = await createTenant(db);
    const person = await createUser(db, tenant.id, { roles: ['administrator'] });
    // 23503: foreign_key_violation
    expect(
      await sqlStateOf(createToken(db, { id: person.id, tenantId: tenant.id, name: person.displayName })),
    ).toBe('23503');
  });

  it('an integration cannot have a password or platform rights, and cannot sign in', async () => {
    const tenant = await createTenant(db);
    const integration = await createIntegration(db, tenant.id);
    const row = and(eq(users.tenantId, tenant.id), eq(users.id, integration.id));
    // 23514: check_violation (users_integration_cannot_sign_in)
    expect(await sqlStateOf(db.orm.update(users).set({ passwordHash: '$argon2id$x' }).where(row))).toBe(
      '23514',
    );
    expect(await sqlStateOf(db.orm.update(users).set({ isPlatformAdmin: true }).where(row))).toBe('23514');
    expect(await sqlStateOf(db.orm.update(users).set({ email: 'kontakt@kommun.example' }).where(row))).toBe(
      '23514',
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `integration-${integration.id}@lots.invalid`, password: 'vad-som-helst-lösenord' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().code).toBe('invalid_credentials');
  });
});
