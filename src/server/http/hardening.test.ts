/**
 * Findings 5, 6 and 8 of the security review (issue #11): no input gives a 5xx, every error from
 * any plugin is problem+json with the security headers, HSTS only over HTTPS, and the logout
 * cookie matches the session cookie.
 */
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';

const server = await testServer();
const { app } = server;
const address = await app.listen({ host: '127.0.0.1', port: 0 });
afterAll(() => app.close());

/** Sends a request line exactly as given (no client normalises the path) and returns the raw answer. */
function rawGet(path: string): Promise<string> {
  const { hostname, port } = new URL(address);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
}

describe('dates are bounded to 2000-01-01..2099-12-31 (no 5xx)', () => {
  it.each([
    ['/api/contacts?from=2026-01-01&to=9999-12-31', '/querystring/to'],
    ['/api/contacts/export.csv?from=0000-01-01&to=2026-01-01', '/querystring/from'],
    ['/api/analysis/when?from=2026-01-01&to=9999-12-31', '/querystring/to'],
    [
      '/api/analysis/change?from=2026-01-01&to=2026-02-01&baseFrom=1899-01-01&baseTo=1899-02-01',
      '/querystring/baseFrom',
    ],
    ['/api/telephony/visitors?from=2026-10-01&to=0000-01-01', '/querystring/to'],
  ])('GET %s -> 400 date_out_of_range at %s', async (url, pointer) => {
    const who = await signedInAs(server, ['administrator']);
    const res = await app.inject({ method: 'GET', url, headers: who.headers });
    expectProblem(res, 400);
    expect(res.json().errors, res.body).toContainEqual(
      expect.objectContaining({ pointer, code: 'date_out_of_range' }),
    );
  });

  it('the weekly report refuses a week a year does not have, or year 9999', async () => {
    const who = await signedInAs(server, ['manager']);
    for (const [from, to] of [
      ['2026-W01', '2026-W54'],
      ['2026-W00', '2026-W02'],
      ['2026-W01', '9999-W01'],
    ]) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/reports/weekly?from=${from}&to=${to}`,
        headers: who.headers,
      });
      expectProblem(res, 400);
      expect(res.json().errors[0]).toMatchObject({ code: 'invalid_week' });
    }
  });
});

describe('bodies', () => {
  it('PUT /api/telephony/visitors with the same day twice -> 400 duplicate at the second, nothing saved', async () => {
    const who = await signedInAs(server, ['administrator']);
    const res = await app.inject({
      method: 'PUT',
      url: '/api/telephony/visitors',
      headers: who.headers,
      payload: {
        counts: [
          { day: '2026-10-05', visitors: 10 },
          { day: '2026-10-05', visitors: 12 },
        ],
      },
    });
    expectProblem(res, 400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/counts/1/day', code: 'duplicate_day' }),
    ]);
    const after = await app.inject({
      method: 'GET',
      url: '/api/telephony/visitors?from=2026-10-01&to=2026-10-31',
      headers: who.headers,
    });
    expect(after.json().counts.filter((c: { source: string }) => c.source === 'entered')).toEqual([]);
  });

  it.each([
    '/api/telephony/visitors.csv',
    '/api/telephony/emails.csv',
    '/api/telephony/imports?format=asterisk-queue-log',
    '/api/contacts/bulk.csv?mapping=x',
  ])('POST %s with Content-Type application/json -> 415, nothing read', async (url) => {
    const who = await signedInAs(server, ['administrator']);
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { ...who.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ rows: [] }),
    });
    expectProblem(res, 415);
    expect(res.json().code).toBe('unsupported_media_type');
  });
});

describe('paths', () => {
  it('sent raw over a socket, ../ paths and overlong UTF-8 get a 4xx problem with the headers, never a 5xx', async () => {
    for (const path of [
      '/api/docs/static/../../../../etc/passwd',
      '/api/docs/static/..%2f..%2f..%2fpackage.json',
      '/api/docs/static/%c0%ae%c0%ae/package.json',
      '/api/../../etc/passwd',
    ]) {
      const answer = await rawGet(path);
      const status = Number(answer.slice(9, 12));
      expect(status, `${path}: ${answer.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
      expect(answer.toLowerCase(), path).toContain('content-type: application/problem+json');
      expect(answer.toLowerCase(), path).toContain('x-content-type-options: nosniff');
      expect(answer, path).not.toContain('root:');
      expect(answer, path).not.toContain('"name": "lots"');
    }
  });

  it('an overlong UTF-8 encoded path -> 400 problem+json with the headers, not echoing the URL', async () => {
    const url = '/api/docs/static/%c0%ae%c0%ae/package.json';
    const res = await app.inject({ method: 'GET', url });
    expectProblem(res, 400);
    expect(res.body).not.toContain('%c0');
    expect(res.body).not.toContain('package.json');
  });
});

describe('HSTS and cookies', () => {
  it('no Strict-Transport-Security over plain HTTP; sent over HTTPS (behind a trusted proxy)', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const behindProxy = await testServer({ trustProxy: 1 });
    const secure = await behindProxy.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '127.0.0.1',
    });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('the logout cookie has the session cookie’s attributes (SameSite=Strict, HttpOnly, Path=/)', async () => {
    const who = await signedInAs(server, ['guide']);
    const res = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: who.headers });
    expect(res.statusCode).toBe(204);
    const cookie = res.cookies.find((c) => c.name === 'lots_session');
    expect(cookie).toMatchObject({ sameSite: 'Strict', httpOnly: true, path: '/', value: '' });
  });
});
