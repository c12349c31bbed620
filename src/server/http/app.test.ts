import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTenant, createUser } from '../../test/factories.js';
import { createIntegration, createToken } from '../../test/integrations.js';
import { testDatabase } from '../../test/database.js';
import { testServer } from '../../test/server.js';

const { app, db } = await testServer();

describe('security headers', () => {
  it('sends a strict CSP without unsafe-inline scripts, no framing, nosniff and a referrer policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('OpenAPI', () => {
  it('serves the document at /api/docs/json with the API routes and the UI at /api/docs', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    const doc = json.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/auth/session', '/api/health']),
    );
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(
      ['email', 'password'],
    );
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    // The viewer may style inline, but never run inline scripts or be framed.
    const csp = String(ui.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('errors', () => {
  it('404 for an unknown API path is problem+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Not Found' });
  });

  it('an unexpected error is a 500 problem with no stack trace or database message', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write: (chunk, _enc, cb) => {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const local = await buildApp({ db: await testDatabase(), config: loadConfig({}), logger });
    local.get('/api/test-boom', { config: { access: 'public' } }, async () => {
      await db.orm.execute('SELECT * FROM no_such_table_with_secret_anna@example.se');
      return {};
    });
    const res = await local.inject({ method: 'GET', url: '/api/test-boom' });
    await local.close();
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      type: 'https://lots.se/problems/internal-error',
      title: 'Internal Server Error',
      status: 500,
      code: 'internal_error',
      detail: 'Något gick fel hos oss. Försök igen om en stund.',
    });
    expect(res.body).not.toMatch(/no_such_table|at .*\.js/);
    expect(lines.join('')).not.toContain('anna@example.se');
    expect(lines.join('')).toContain('unhandled error');
  });
});

describe('logs', () => {
  it('hold no e-mail address, password, session secret or API token through a sign-in and requests', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write: (chunk, _enc, cb) => {
          lines.push(String(chunk));
          cb();
        },
      }),
    );
    const local = await buildApp({ db, config: { ...loadConfig({}), loginRateLimit: 100 }, logger });
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id, { roles: ['guide'] });
    const login = await local.inject({
      method: 'POST',
      url: '/api/auth/login?email=' + encodeURIComponent(user.email),
      payload: { email: user.email, password: user.password },
    });
    expect(login.statusCode).toBe(200);
    const secret = login.cookies.find((c) => c.name === 'lots_session')!.value;
    await local.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `lots_session=${secret}` },
    });
    await local.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'fel-lösenord-xyz' },
    });
    // An integration's bearer token (accepted) and a wrong one (refused): neither may reach the log.
    const token = await createToken(db, await createIntegration(db, tenant.id));
    const bearer = await local.inject({ method: 'GET', url: '/api/units', headers: token.headers });
    expect(bearer.statusCode).toBe(200);
    const wrongSecret = `${token.value.slice(0, -4)}AAAA`;
    const refused = await local.inject({
      method: 'GET',
      url: '/api/units',
      headers: { authorization: `Bearer ${wrongSecret}` },
    });
    expect(refused.statusCode).toBe(401);
    await local.close();
    const log = lines.join('');
    expect(log).toContain('"route":"/api/auth/login"');
    for (const needle of [
      user.email,
      user.password,
      'fel-lösenord-xyz',
      secret.split('.')[1]!,
      login.json().csrfToken as string,
      token.value.split('.')[1]!,
      wrongSecret.split('.')[1]!,
    ]) {
      expect(log).not.toContain(needle);
    }
  });
});
