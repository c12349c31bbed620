import { describe, expect, it } from 'vitest';
import { createTenant, createUser } from '../../test/factories.js';
import { signIn, signedInAs, testServer, type TestServer } from '../../test/server.js';

const server = await testServer({ loginRateLimit: 10_000 });
const { app, db } = server;

describe('POST /api/auth/login', () => {
  it('signs in, sets an HttpOnly SameSite=Strict cookie and returns the session', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['guide'] });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lots_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.value.startsWith(`${tenant.id}.`)).toBe(true);
    const body = res.json();
    expect(body.user).toMatchObject({
      id: user.id,
      email: user.email,
      roles: [{ role: 'guide', unitId: null }],
      permissions: [
        'complaints:read',
        'complaints:register',
        'contacts:log',
        'contacts:read',
        'goals:read',
        'improvements:read',
        'reports:read',
        'topics:read',
        'units:read',
        'visitors:write',
      ],
    });
    expect(body.tenant).toEqual({
      id: tenant.id,
      name: tenant.name,
      municipalityCode: tenant.municipalityCode,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a wrong password and an unknown address alike, in Swedish by default', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['guide'] });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'fel-lösenord-123' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.example', password: 'fel-lösenord-123' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 401,
        code: 'invalid_credentials',
        detail: 'Fel e-postadress eller lösenord.',
      });
    }
    const english = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: user.email, password: 'fel-lösenord-123' },
    });
    expect(english.json().detail).toBe('Wrong e-mail address or password.');
  });

  it('locks the account after five failures in a row, even for the right password', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['guide'] });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: `fel-${i}-lösenord` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
  });

  it('refuses a disabled account', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['guide'], isActive: false });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('account_inactive');
  });

  it('400: names the missing and unknown fields', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.se', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/password', code: 'required', detail: 'Obligatoriskt fält.' },
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
  });

  it('400: malformed JSON is a problem, not a stack trace', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'malformed_json',
      detail: 'Förfrågan innehåller ogiltig JSON.',
    });
    expect(res.body).not.toContain('at ');
  });

  it('413 for an oversized body and 415 for a form post', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.se', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('body_too_large');
    const form = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a&password=b',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().code).toBe('unsupported_media_type');
  });

  it('403: a cross-site Origin is refused', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'lots.test' },
      payload: { email: 'a@b.se', password: 'whatever-password' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });
});

describe('login rate limit', () => {
  it('429 after the per-address limit', async () => {
    const limited = await testServer({ loginRateLimit: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@test.example', password: 'whatever-password' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  const login = (target: TestServer, email: string, forwardedFor?: string) =>
    target.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.0.0.5',
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      payload: { email, password: 'whatever-password' },
    });

  it('behind one trusted proxy, a client cannot pick its address: X-Forwarded-For spoofing still gets 429 (issue #11)', async () => {
    const proxied = await testServer({ loginRateLimit: 3, trustProxy: 1 });
    const codes: number[] = [];
    // The client writes a new address each time; the proxy appends the one it saw (203.0.113.9).
    for (let i = 0; i < 5; i++)
      codes.push(
        (await login(proxied, `nobody${i}@test.example`, `198.51.100.${i}, 203.0.113.9`)).statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    // Another client behind the same proxy has its own limit.
    expect((await login(proxied, 'nobody@test.example', '203.0.113.10')).statusCode).toBe(401);
  });

  it('per account: after 4 failures for one address from many client addresses, 429 for that address only', async () => {
    const limited = await testServer({ loginAccountFailureLimit: 4, trustProxy: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await login(limited, 'Target@Test.example', `203.0.113.${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    expect((await login(limited, 'someone.else@test.example', '203.0.113.50')).statusCode).toBe(401);
  });

  it('per account, a correct password is refused too once the limit is reached, and a success clears the count', async () => {
    const limited = await testServer({ loginAccountFailureLimit: 2 });
    const tenant = await createTenant(limited.db);
    const user = await createUser(limited.db, tenant.id, { roles: ['guide'] });
    const right = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: user.password },
      });
    expect((await login(limited, user.email)).statusCode).toBe(401);
    expect((await right()).statusCode).toBe(200);
    expect((await login(limited, user.email)).statusCode).toBe(401);
    expect((await login(limited, user.email)).statusCode).toBe(401);
    expect((await right()).statusCode).toBe(429);
  });

  it('globally: after 5 failures to any addresses within a minute, every sign-in gets 429', async () => {
    const limited = await testServer({ loginGlobalFailureLimit: 5, trustProxy: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await login(limited, `n${i}@test.example`, `203.0.113.${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('GET /api/auth/session', () => {
  it('401 without a session, and with a forged tenant in the cookie', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const a = await signedInAs(server, ['guide']);
    const other = await createTenant(db);
    const forged = a.headers.cookie.replace(a.tenant.id, other.id);
    const res = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: forged } });
    expect(res.statusCode).toBe(401);
  });

  it('returns the signed-in user', async () => {
    const a = await signedInAs(server, ['manager', 'quality_developer']);
    const res = await app.inject({ method: 'GET', url: '/api/auth/session', headers: a.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.permissions).toEqual([
      'analysis:read',
      'complaints:configure',
      'complaints:handle',
      'complaints:read',
      'complaints:read_all',
      'complaints:register',
      'contacts:delete_any',
      'contacts:read',
      'contacts:read_all',
      'department_surveys:read',
      'goals:read',
      'goals:write',
      'improvements:read',
      'improvements:write',
      'reports:read',
      'surveys:read',
      'surveys:write',
      'telephony:import',
      'topics:read',
      'topics:write',
      'units:read',
      'users:read',
      'visitors:write',
    ]);
  });
});

describe('POST /api/auth/logout', () => {
  it('401 without a session; 403 without the CSRF token; 204 ends the session', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(401);
    const a = await signedInAs(server, ['guide']);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.headers.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const res = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: a.headers });
    expect(res.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: a.headers })).statusCode,
    ).toBe(401);
  });
});

describe('PUT /api/auth/locale', () => {
  it('401, 400, 403 (CSRF), then saves the language', async () => {
    expect(
      (await app.inject({ method: 'PUT', url: '/api/auth/locale', payload: { locale: 'en' } })).statusCode,
    ).toBe(401);
    const a = await signedInAs(server, ['guide']);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: a.headers,
      payload: { locale: 'de' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/body/locale', code: 'invalid_choice' });
    const csrf = await app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { cookie: a.headers.cookie, 'x-csrf-token': 'x' },
      payload: { locale: 'en' },
    });
    expect(csrf.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: a.headers,
      payload: { locale: 'en' },
    });
    expect(ok.statusCode).toBe(204);
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: a.headers });
    expect(session.json().user.locale).toBe('en');
  });
});

describe('signIn helper', () => {
  it('works for a fresh user', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['administrator'] });
    const headers = await signIn(app, user);
    expect(headers.cookie).toContain(tenant.id);
  });
});
