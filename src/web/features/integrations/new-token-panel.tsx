import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.js';
import type { CreatedToken } from './types.js';
import './integrations.css';

/**
 * The new token, shown this once with a copy button. Focus moves to the panel's heading so a
 * screen reader user hears at once that a token was made and must be saved now.
 */
export function NewTokenPanel({
  integrationName,
  created,
  onClose,
}: {
  integrationName: string;
  created: CreatedToken;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), [created.secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('integrations.token.newHeading', { name: integrationName })}
      </h2>
      <div className="notice">
        <p>
          <strong>{t('integrations.token.onceTitle')}</strong> {t('integrations.token.onceText')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-secret`}>
          {t('integrations.token.secretLabel', { name: created.token.name })}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('integrations.token.secretHint', { date: formatDate(created.token.expiresAt, i18n.language) })}
        </p>
        <input
          className="token-secret"
          id={`${id}-secret`}
          type="text"
          readOnly
          value={created.secret}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => void copy()}>
          {t('integrations.token.copy')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('integrations.token.done')}
        </button>
      </div>
      <div role="status" className={copied ? 'alert alert-success' : 'alert-empty'}>
        {copied && (
          <p>{t(copied === 'yes' ? 'integrations.token.copied' : 'integrations.token.copyFailed')}</p>
        )}
      </div>
    </section>
  );
}
