/**
 * The import page's "Förklara" view: a dry run's sample of calls (the first 20, then up to 5
 * abandoned and 5 transferred), each with its outcome, wait, talk and day and the file's lines
 * that made it, so an administrator can check a new platform's file by eye before importing.
 */
import { useTranslation } from 'react-i18next';
import { formatCount } from './report-format.js';
import type { CallFileExplanation } from './types.js';

export function CallExplanation({ explanation }: { explanation: CallFileExplanation }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="call-explanation-heading" className="call-explanation">
      <h3 id="call-explanation-heading">{t('telephony.import.explain.heading')}</h3>
      <p>
        {t('telephony.import.explain.intro', {
          calls: formatCount(explanation.summary.calls, i18n.language),
          shown: formatCount(explanation.calls.length, i18n.language),
        })}
      </p>
      {explanation.calls.length === 0 && <p>{t('telephony.import.explain.none')}</p>}
      <ol className="explain-calls">
        {explanation.calls.map((c, index) => (
          <li key={`${c.callId}-${c.queue}-${index}`}>
            <h4>{t('telephony.import.explain.call', { callId: c.callId, queue: c.queue, day: c.day })}</h4>
            <p>
              {t(`telephony.mappings.form.outcomeValues.${c.outcome}`)}
              {c.answeredEnd && ` (${t(`telephony.mappings.form.answeredEndValues.${c.answeredEnd}`)})`}
              {'. '}
              {t('telephony.import.explain.times', { wait: c.waitSeconds, talk: c.talkSeconds })}{' '}
              {t(`telephony.import.explain.samples.${c.sample}`)}
            </p>
            <ul className="explain-lines" aria-label={t('telephony.import.explain.linesLabel')}>
              {c.lines.map((l) => (
                <li key={l.line}>
                  {t('telephony.import.explain.line', { line: l.line })} <code>{l.text}</code>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
