/**
 * The signed-in session for the whole app: loaded once from GET /api/auth/session, replaced on
 * sign-in, cleared on sign-out or when the API says the session has ended.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthenticated, setCsrfToken } from '../api/client.js';
import type { Permission, Session } from '../api/types.js';
import { applyLanguage, currentLanguage, storedLanguage } from '../i18n/i18n.js';

export type SessionState =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; session: Session };

export interface SessionContextValue {
  state: SessionState;
  /** Starts using a session the login route returned. */
  signIn: (session: Session) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Chooses the language once a session exists: a choice made in this browser wins (and is saved
 * on the account, so it follows the person); without one, the account's language is used.
 */
function settleLanguage(session: Session): void {
  const chosenHere = storedLanguage();
  if (chosenHere === null) {
    if (session.user.locale !== currentLanguage())
      void applyLanguage(session.user.locale, { remember: false });
  } else if (chosenHere !== session.user.locale) {
    void api.put('/api/auth/locale', { locale: chosenHere }).catch(() => undefined);
  }
}

export function SessionProvider({ children, initial }: { children: ReactNode; initial?: SessionState }) {
  const [state, setState] = useState<SessionState>(initial ?? { status: 'loading' });

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', session });
    settleLanguage(session);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setState({ status: 'signedOut' });
    }
  }, []);

  useEffect(() => {
    if (initial) return undefined;
    const controller = new AbortController();
    api.get<Session>('/api/auth/session', { signal: controller.signal }).then(signIn, () => {
      if (!controller.signal.aborted) setState({ status: 'signedOut' });
    });
    return () => controller.abort();
  }, [initial, signIn]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        setState({ status: 'signedOut' });
      }),
    [],
  );

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The session of a signed-in page (only used below RequireSession). */
export function useSignedIn(): Session {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedIn on a page that is not behind RequireSession');
  return state.session;
}

/** Whether the signed-in person holds a permission (what the UI shows; the API decides). */
export function useCan(): (permission: Permission) => boolean {
  const session = useSignedIn();
  return useCallback((permission: Permission) => session.user.permissions.includes(permission), [session]);
}
