/**
 * The open signals, each with its figures, a way to acknowledge it (what was done, or why nothing
 * is needed) for those who lead the improvement work, and a way to start an improvement from it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { FieldGroup } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import { useCan } from '../../session/session.js';
import { formatDay } from '../telephony/report-format.js';
import { unitOf } from './measure-units.js';
import { signalDetail, signalTitle } from './signal-text.js';
import type { Signal } from './types.js';

export function SignalList({ signals, onChange }: { signals: readonly Signal[]; onChange: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useStatus();
  return (
    <>
      <StatusMessage text={status} />
      {signals.length === 0 ? (
        <p>{t('goals.signals.none')}</p>
      ) : (
        <ul className="signal-list">
          {signals.map((s) => (
            <SignalItem
              key={s.id}
              signal={s}
              onAcknowledged={() => {
                setStatus(t('goals.signals.acknowledged'));
                onChange();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function SignalItem({ signal, onAcknowledged }: { signal: Signal; onAcknowledged: () => void }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [isOpen, setOpen] = useState(false);
  const [action, setAction] = useState<'acted' | 'no_action_needed'>('acted');
  const [text, setText] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['action', 'text']);
  const title = signalTitle(signal, t);
  const textId = `signal-${signal.id}-text`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setLocal(t('goals.signals.textRequired'));
      return;
    }
    setLocal(null);
    if (
      await submission.run(() =>
        api.post(`/api/signals/${signal.id}/acknowledgement`, { action, text: text.trim() }),
      )
    )
      onAcknowledged();
  };

  return (
    <li className="signal">
      <h3>{title}</h3>
      <p>
        {t('goals.signals.raised', { day: formatDay(signal.day, i18n.language) })}.{' '}
        {signalDetail(signal, unitOf(signal.measure), t, i18n.language)}
      </p>
      <div className="signal-actions">
        {can('goals:write') && !isOpen && (
          <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
            {t('goals.signals.acknowledge')}
            <span className="visually-hidden">: {title}</span>
          </button>
        )}
        {can('improvements:write') && (
          <Link to={`/improvements/new?signalId=${signal.id}`}>
            {t('goals.signals.createImprovement')}
            <span className="visually-hidden">: {title}</span>
          </Link>
        )}
      </div>
      {isOpen && (
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <FormAlert error={submission.error} other={errors.other} />
          <FieldGroup legend={t('goals.signals.action')} error={errors.byField.get('action')}>
            {(['acted', 'no_action_needed'] as const).map((value) => (
              <div className="checkbox" key={value}>
                <input
                  type="radio"
                  id={`signal-${signal.id}-${value}`}
                  name={`signal-${signal.id}-action`}
                  checked={action === value}
                  onChange={() => setAction(value)}
                />
                <label htmlFor={`signal-${signal.id}-${value}`}>
                  {t(value === 'acted' ? 'goals.signals.acted' : 'goals.signals.noActionNeeded')}
                </label>
              </div>
            ))}
          </FieldGroup>
          <div className="field">
            <label htmlFor={textId}>{t('goals.signals.text')}</label>
            {(local ?? errors.byField.get('text')) && (
              <p className="field-error" id={`${textId}-error`}>
                {local ?? errors.byField.get('text')}
              </p>
            )}
            <textarea
              id={textId}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={local || errors.byField.get('text') ? true : undefined}
              aria-describedby={local || errors.byField.get('text') ? `${textId}-error` : undefined}
            />
          </div>
          <button type="submit" className="button-primary" disabled={submission.pending}>
            {t('goals.signals.acknowledge')}
          </button>
        </form>
      )}
    </li>
  );
}
