/** Messages about the outcome of a request: errors (role="alert") and confirmations (role="status"). */
import { useEffect, useRef } from 'react';
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

/**
 * The summary at the top of a form. The live region is always in the page so that the message
 * is announced when it appears; focus moves to it so the person can read on to the fields.
 */
export function FormAlert({ error, other = [] }: { error: ApiError | null; other?: readonly string[] }) {
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
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

/** A confirmation that something was done, announced politely. */
export function StatusMessage({ text }: { text: string | null }) {
  return (
    <div role="status" className={text ? 'alert alert-success' : 'alert-empty'}>
      {text && <p>{text}</p>}
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
