import { useCallback, useEffect, useState } from 'react';
import { api } from './client.js';
import { ApiError, HTTP_ERROR } from './problem.js';

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, HTTP_ERROR, '');
}

/**
 * Loads `path` with GET and keeps the answer. `reload()` fetches again while the old data stays
 * on screen, so a list does not flicker after every change.
 */
export function useApiGet<T>(path: string): { resource: Resource<T>; reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.get<T>(path, { signal: controller.signal }).then(
      (data) => setResource({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'error', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { resource, reload };
}

export interface Submission {
  pending: boolean;
  error: ApiError | null;
  /** Runs one request; resolves true when it succeeded, false when it failed (error is then set). */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
}

/** State of one form's request: pending while it runs, the ApiError when it failed. */
export function useSubmission(): Submission {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const reset = useCallback(() => setError(null), []);
  return { pending, error, run, reset };
}
