/**
 * The one way the web app talks to the API: same-origin JSON with the session cookie, the CSRF
 * token on every state-changing request, and the interface language in Accept-Language so that
 * the server's error texts come back in the language the person reads.
 */
import { ApiError, NETWORK_ERROR, parseProblem } from './problem.js';

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

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Extra request headers, such as Idempotency-Key on a save that may be retried. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** Sends one request; resolves with the parsed JSON (undefined for 204), rejects with ApiError. */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': language,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
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
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => apiRequest<T>('DELETE', path, body),
};
