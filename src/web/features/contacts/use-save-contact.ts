/**
 * Saving a new contact so that nothing is lost and nothing is saved twice. Every new contact has
 * its own Idempotency-Key (draft-ietf-httpapi-idempotency-key-header); a save that gets no answer
 * is sent again, unchanged and with the same key, until the server answers. The server answers
 * a repeat of a save that did arrive with the contact it already stored, so one contact is
 * created however many times the request went out.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { NewContact, SavedContact } from './contact-types.js';
import { isRetryable, retryDelay } from './save-retry.js';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  /** No answer yet; tried `retries` times more, trying again by itself. */
  | { phase: 'waiting'; retries: number; trying: boolean }
  /** The server said no (a field is wrong, say): the form is the guide's again. */
  | { phase: 'failed'; error: ApiError };

interface Pending {
  key: string;
  body: NewContact;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, HTTP_ERROR, '');
}

export function useSaveContact(onSaved: (contact: SavedContact) => void): {
  state: SaveState;
  /** Saves the body under the key; ignored while an earlier save is under way. */
  save: (key: string, body: NewContact) => void;
  retryNow: () => void;
} {
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const pending = useRef<Pending | null>(null);
  const timer = useRef<number | null>(null);
  const retries = useRef(0);
  const mounted = useRef(true);
  const savedRef = useRef(onSaved);
  useEffect(() => {
    savedRef.current = onSaved;
  }, [onSaved]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, []);

  // Closing or reloading the page would drop a save that is still waiting: the browser asks first.
  const unsaved = state.phase === 'saving' || state.phase === 'waiting';
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const attempt = useCallback(async function send(): Promise<void> {
    const p = pending.current;
    if (!p) return;
    timer.current = null;
    setState(
      retries.current === 0
        ? { phase: 'saving' }
        : { phase: 'waiting', retries: retries.current, trying: true },
    );
    try {
      const saved = await api.post<SavedContact>('/api/contacts', p.body, {
        headers: { 'Idempotency-Key': p.key },
      });
      pending.current = null;
      if (!mounted.current) return;
      setState({ phase: 'idle' });
      savedRef.current(saved);
    } catch (e) {
      const error = asApiError(e);
      if (!mounted.current) return;
      if (isRetryable(error)) {
        retries.current += 1;
        setState({ phase: 'waiting', retries: retries.current, trying: false });
        timer.current = window.setTimeout(() => void send(), retryDelay(retries.current));
      } else {
        pending.current = null;
        setState({ phase: 'failed', error });
      }
    }
  }, []);

  const save = useCallback(
    (key: string, body: NewContact) => {
      if (pending.current) return;
      pending.current = { key, body };
      retries.current = 0;
      void attempt();
    },
    [attempt],
  );

  const retryNow = useCallback(() => {
    if (!pending.current || timer.current === null) return;
    window.clearTimeout(timer.current);
    void attempt();
  }, [attempt]);

  return { state, save, retryNow };
}
