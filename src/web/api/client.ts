/**
 * The one way the web app talks to the API: same-origin JSON with the session cookie, the CSRF
 * token on every state-changing request, and the interface language in Accept-Language so that
 * the server's error texts come back in the language the person reads.
 */
import { ApiError, HTTP_ERROR, NETWORK_ERROR, parseProblem } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

let csrfToken: string | null = null;
let language = 'sv';
const unauthenticatedListeners = new Set<() => void>();

/** The token from the current session (null when signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The interface language, sent as Accept-Language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/**
 * Called when a request made with a session gets 401: the session has ended (expired, signed out
 * elsewhere). Returns a function that removes the listener.
 */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request body sent as it is rather than as JSON: a CSV file for an import. */
export class RawBody {
  constructor(
    readonly text: string,
    readonly contentType: string,
  ) {}
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Extra request headers, such as Idempotency-Key on a save that may be retried. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** Sends one request; resolves with the parsed JSON (undefined for 204), rejects with ApiError. */
/** Sends the request; answers the response when it is a success, throws the problem otherwise. */
async function send(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions,
  accept: string,
): Promise<Response> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept,
    'accept-language': language,
  };
  const raw = body instanceof RawBody ? body : null;
  if (body !== undefined) headers['content-type'] = raw ? raw.contentType : 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: raw ? raw.text : JSON.stringify(body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) {
    const problem = await parseProblem(response);
    // Sign-in itself answers 401 for a wrong password; that is not a lost session.
    if (problem.status === 401 && csrfToken && !path.startsWith('/api/auth/login')) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw problem;
  }
  return response;
}

/**
 * GETs asked for before the page that needs them has loaded (prefetchGet), by path. Each is used
 * once, by the first apiRequest for exactly that path within EARLY_MAX_AGE_MS; a failed or late
 * one is dropped and the page asks again the ordinary way (with its error handling).
 */
const early = new Map<string, { at: number; response: Promise<Response | null> }>();
const EARLY_MAX_AGE_MS = 15_000;

/** Starts a GET now, for a page whose code is still loading (see main.tsx). */
export function prefetchGet(path: string): void {
  if (early.has(path)) return;
  const response = fetch(path, {
    headers: { accept: 'application/json', 'accept-language': language },
    credentials: 'same-origin',
  }).then(
    (r) => (r.ok ? r : null),
    () => null,
  );
  early.set(path, { at: Date.now(), response });
}

async function takeEarly(path: string): Promise<Response | null> {
  const found = early.get(path);
  if (!found) return null;
  early.delete(path);
  return Date.now() - found.at < EARLY_MAX_AGE_MS ? found.response : null;
}

export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  if (method === 'GET' && body === undefined) {
    const prefetched = await takeEarly(path);
    if (prefetched && !options.signal?.aborted) return (await prefetched.json()) as T;
  }
  const response = await send(method, path, body, options, 'application/json');
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A file from the API (an export), with the name from its Content-Disposition. A refusal comes
 * as an ApiError like any other, so the page can say what went wrong instead of the browser
 * saving the error as a file.
 */
export async function apiDownload(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send('GET', path, undefined, options, '*/*');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

export interface UploadOptions {
  /** Bytes sent so far and the file's size, as the browser reports them. */
  onProgress?: ((sent: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sends a file as the raw request body (application/octet-stream) with the session's CSRF token
 * and the interface language, and reports the upload's progress: XMLHttpRequest, since fetch
 * cannot tell how much of a body has been sent. Resolves with the status and the parsed JSON;
 * rejects with the problem as an ApiError, like apiRequest.
 */
export function apiUpload<T>(
  method: 'POST' | 'PUT',
  path: string,
  file: Blob,
  options: UploadOptions = {},
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', language);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    const hadSession = csrfToken !== null;
    xhr.upload.onprogress = (event) => {
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('content-type') ?? '';
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve({
            status: xhr.status,
            body: (xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T,
          });
        } catch {
          reject(new ApiError(xhr.status, HTTP_ERROR, ''));
        }
        return;
      }
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': contentType },
      });
      void parseProblem(response).then((problem) => {
        if (problem.status === 401 && hadSession) for (const listener of unauthenticatedListeners) listener();
        reject(problem);
      });
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, ''));
    xhr.onabort = () => reject(new DOMException('The upload was stopped.', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) return xhr.abort();
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** The file name of a Content-Disposition header (RFC 6266): filename* (UTF-8) before filename. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  return (plain?.[1] ?? plain?.[2]?.trim()) || null;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => apiRequest<T>('DELETE', path, body),
};
