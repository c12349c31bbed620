/** Messages about the outcome of a request: errors (role="alert") and confirmations (role="status"). */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ERROR, type ApiError } from '../api/problem.js';

/** The text to show for an error: the server's own sentence when it sent one. */
export function useErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error.code === NETWORK_ERROR) return t('errors.network');
    if (error.detail) return error.detail;
    if (error.status === 403) return t('errors.forbidden');
    return t('errors.unexpected');
  };
}

/*
 * One status at a time (issue #13): a confirmation is shown until a later failure. Every
 * confirmation and every failed save takes the next number of one sequence; a StatusMessage
 * hides its text once a failure with a higher number has been reported, so the green "saved"
 * of the last save never stands beside the red error of the next.
 */
let sequence = 0;
let lastFailure = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const lastFailureNow = () => lastFailure;

/** Says that a save failed (refused by the server, or by the form's own checks). */
export function reportFailure(): void {
  lastFailure = ++sequence;
  for (const listener of listeners) listener();
}

/** A confirmation with its place in the sequence: shown until a later failure. */
export interface StatusNote {
  text: string;
  at: number;
}

/**
 * A page's confirmation, as useState would hold it; setting it (even to the same text again)
 * makes it the latest.
 */
export function useStatus(): [StatusNote | null, (text: string | null) => void] {
  const [note, setNote] = useState<StatusNote | null>(null);
  const set = useCallback(
    (text: string | null) => setNote(text === null ? null : { text, at: ++sequence }),
    [],
  );
  return [note, set];
}

/**
 * The summary at the top of a form. The live region is always in the page so that the message
 * is announced when it appears; focus moves to it so the person can read on to the fields.
 */
export function FormAlert({ error, other = [] }: { error: ApiError | null; other?: readonly string[] }) {
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error) return;
    reportFailure();
    ref.current?.focus();
  }, [error]);
  return (
    <div
      role="alert"
      className={error ? 'alert alert-error' : 'alert-empty'}
      ref={ref}
      tabIndex={error ? -1 : undefined}
    >
      {error && (
        <>
          <p>{errorText(error)}</p>
          {other.length > 0 && (
            <ul>
              {other.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/**
 * A confirmation that something was done, announced politely; gone once a later save fails. A
 * plain text counts from when the message was first shown.
 */
export function StatusMessage({ text }: { text: string | StatusNote | null }) {
  const [shownAt] = useState(() => sequence);
  const failedAt = useSyncExternalStore(subscribe, lastFailureNow, lastFailureNow);
  const note = typeof text === 'string' ? { text, at: shownAt } : text;
  const shown = note && note.at >= failedAt ? note.text : null;
  return (
    <div role="status" className={shown ? 'alert alert-success' : 'alert-empty'}>
      {shown && <p>{shown}</p>}
    </div>
  );
}

/** A list or page that could not be loaded; a 403 says plainly that access is missing. */
export function LoadError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div role="alert" className="alert alert-error">
      {error.status === 403 && <p className="alert-title">{t('errors.forbiddenTitle')}</p>}
      <p>{errorText(error)}</p>
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p className="loading">{t('common.loading')}</p>;
}
