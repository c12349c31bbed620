// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  apiDownload,
  apiRequest,
  apiUpload,
  fileNameOf,
  onUnauthenticated,
  prefetchGet,
  setApiLanguage,
  setCsrfToken,
} from './client.js';
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

describe('apiDownload', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('answers the file and the name the server gave it', async () => {
    answerWith(
      () =>
        new Response('tid;ämne\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv',
            'content-disposition': `attachment; filename="kontakter_2026.csv"; filename*=UTF-8''kontakter%C3%A5_2026.csv`,
          },
        }),
    );
    const file = await apiDownload('/api/contacts/export.csv');
    expect(file.fileName).toBe('kontakterå_2026.csv');
    expect(await file.blob.text()).toBe('tid;ämne\n');
  });

  it('a refusal is an ApiError, not a file', async () => {
    answerWith(() =>
      json(
        400,
        { status: 400, code: 'contact_export_too_large', detail: 'För många.' },
        'application/problem+json',
      ),
    );
    await expect(apiDownload('/api/contacts/export.xlsx')).rejects.toMatchObject({
      status: 400,
      code: 'contact_export_too_large',
    });
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, falls back to the plain one, and is null without a header', () => {
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''%C3%A4.csv`)).toBe('ä.csv');
    expect(fileNameOf('attachment; filename="a b.csv"')).toBe('a b.csv');
    expect(fileNameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameOf(null)).toBeNull();
  });
});

/** Stands in for the browser's XMLHttpRequest: records the request and answers as told. */
class FakeXhr {
  static last: FakeXhr | null = null;
  static answer: { status: number; type: string; body: string } = {
    status: 200,
    type: 'application/json',
    body: '{}',
  };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name === 'content-type' ? FakeXhr.answer.type : null;
  }
  send(body: unknown) {
    this.sent = body;
    this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
    this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
    this.status = FakeXhr.answer.status;
    this.responseText = FakeXhr.answer.body;
    this.onload?.();
  }
  abort() {
    this.onabort?.();
  }
}

describe('apiUpload', () => {
  beforeEach(() => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setCsrfToken('token-1');
    setApiLanguage('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    setApiLanguage('sv');
  });

  it('sends the file as it is, with the CSRF token and language, and reports progress', async () => {
    FakeXhr.answer = { status: 201, type: 'application/json', body: '{"imported":4}' };
    const file = new Blob(['1|a|q|NONE|ENTERQUEUE||x|1\n']);
    const progress: [number, number][] = [];
    const result = await apiUpload('POST', '/api/telephony/imports?format=csv', file, {
      onProgress: (sent, total) => progress.push([sent, total]),
    });
    expect(result).toEqual({ status: 201, body: { imported: 4 } });
    expect(FakeXhr.last?.sent).toBe(file);
    expect(FakeXhr.last?.headers).toEqual({
      accept: 'application/json',
      'accept-language': 'en',
      'content-type': 'application/octet-stream',
      'x-csrf-token': 'token-1',
    });
    expect(progress).toEqual([
      [50, 100],
      [100, 100],
    ]);
  });

  it('a refusal is the problem as an ApiError, field errors and all', async () => {
    FakeXhr.answer = {
      status: 422,
      type: 'application/problem+json',
      body: JSON.stringify({
        status: 422,
        code: 'call_import_invalid',
        detail: 'Nothing was imported.',
        errors: [{ pointer: '/file/line/3', code: 'line_rejected', detail: 'The line cannot be read: x' }],
      }),
    };
    const error = await apiUpload('POST', '/api/telephony/imports', new Blob(['x'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'call_import_invalid' });
    expect((error as ApiError).fieldErrors).toHaveLength(1);
  });
});

describe('prefetchGet', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('the first GET of exactly that path takes the early answer; the next asks again', async () => {
    let n = 0;
    const calls = answerWith(() => json(200, { n: ++n }));
    prefetchGet('/api/analysis/when?from=2026-01-01');
    prefetchGet('/api/analysis/when?from=2026-01-01'); // asked once
    expect(calls).toHaveLength(1);
    await expect(apiRequest('GET', '/api/analysis/when?from=2026-01-01')).resolves.toEqual({ n: 1 });
    await expect(apiRequest('GET', '/api/analysis/when?from=2026-01-01')).resolves.toEqual({ n: 2 });
    // Another path is not served from it.
    prefetchGet('/api/analysis/who');
    await expect(apiRequest('GET', '/api/analysis/why')).resolves.toEqual({ n: 4 });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/analysis/when?from=2026-01-01',
      '/api/analysis/when?from=2026-01-01',
      '/api/analysis/who',
      '/api/analysis/why',
    ]);
  });

  it('a failed early answer is dropped: the page asks the ordinary way and gets its problem', async () => {
    let first = true;
    const calls = answerWith(() => {
      const status = first ? 401 : 403;
      first = false;
      return json(
        status,
        { type: 'about:blank', title: 'x', status, code: status === 401 ? 'unauthenticated' : 'forbidden' },
        'application/problem+json',
      );
    });
    prefetchGet('/api/analysis/outcome');
    await expect(apiRequest('GET', '/api/analysis/outcome')).rejects.toMatchObject({ status: 403 });
    expect(calls).toHaveLength(2);
  });

  it('an early answer older than 15 s is not used', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let n = 0;
    answerWith(() => json(200, { n: ++n }));
    prefetchGet('/api/topics');
    vi.setSystemTime(Date.now() + 16_000);
    await expect(apiRequest('GET', '/api/topics')).resolves.toEqual({ n: 2 });
  });
});
