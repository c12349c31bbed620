/**
 * The running clock of the contact being logged: when it started and how long it has lasted.
 * Re-renders only itself every second. Not a live region: a screen reader that announced every
 * second would drown the call; the time is read when the guide moves to it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTimeOf } from './contact-draft.js';
import { formatDuration } from './duration.js';

export function ContactTimer({ start }: { start: Date }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = Math.max(0, (now.getTime() - start.getTime()) / 1000);
  return (
    <p className="contact-timer">
      <span>{t('contacts.log.started', { time: clockTimeOf(start) })}</span>
      <span className="contact-timer-elapsed">
        <span className="visually-hidden">{t('contacts.log.elapsed')} </span>
        <time dateTime={`PT${Math.floor(elapsed)}S`} data-testid="contact-elapsed">
          {formatDuration(elapsed)}
        </time>
      </span>
    </p>
  );
}
