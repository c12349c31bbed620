// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, onUnauthenticated, setApiLanguage, setCsrfToken } from './client.js';
import { ApiError, NETWORK_ERROR } from './problem.js';

/** Records what the client hands to the browser's fetch and answers with a fixed response. */
function answerWith(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  });
  return calls;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('apiRequest', () => {
  beforeEach(() => {
    setCsrfToken(null);
    setApiLanguage('sv');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('GET: same-origin credentials, the interface language, no CSRF header', async () => {
    setCsrfToken('token-1');
    setApiLanguage('en');
    const calls = answerWith(() => json(200, { units: [] }));
    await expect(apiRequest('GET', '/api/units')).resolves.toEqual({ units: [] });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(headers['accept-language']).toBe('en');
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('POST: JSON body and the session CSRF token', async () => {
    setCsrfToken('token-1');
    const calls = answerWith(() => json(201, { id: 'u1' }));
    await apiRequest('POST', '/api/units', { name: 'Socialförvaltningen', parentId: null });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('token-1');
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"name":"Socialförvaltningen","parentId":null}');
  });

  it('204 resolves with nothing', async () => {
    answerWith(() => new Response(null, { status: 204 }));
    await expect(apiRequest('PUT', '/api/auth/locale', { locale: 'en' })).resolves.toBeUndefined();
  });

  it('rejects with the problem as an ApiError', async () => {
    answerWith(() =>
      json(
        409,
        { status: 409, code: 'email_taken', detail: 'E-postadressen används redan av en annan användare.' },
        'application/problem+json',
      ),
    );
    const error = await apiRequest('POST', '/api/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'email_taken',
      detail: 'E-postadressen används redan av en annan användare.',
    });
  });

  it('a lost session (401 with a session) is reported; a failed sign-in is not', async () => {
    const lost = vi.fn();
    const stop = onUnauthenticated(lost);
    answerWith(() =>
      json(
        401,
        { status: 401, code: 'unauthenticated', detail: 'Du behöver logga in.' },
        'application/problem+json',
      ),
    );
    setCsrfToken('token-1');
    await apiRequest('POST', '/api/auth/login', {}).catch(() => undefined);
    expect(lost).not.toHaveBeenCalled();
    await apiRequest('GET', '/api/users').catch(() => undefined);
    expect(lost).toHaveBeenCalledTimes(1);
    stop();
  });

  it('no answer at all is a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('GET', '/api/units')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});
