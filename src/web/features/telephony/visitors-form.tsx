/**
 * "Besökare i servicecenter": the day's visitor count at the service office, entered by those who
 * work there (PUT /api/telephony/visitors). A count replaces the visits logged that day in the
 * report; an empty count clears the day again.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import { isCalendarDay } from './iso-week.js';
import { formatCount, formatDay } from './report-format.js';
import type { VisitorCount } from './types.js';

const FIELDS = ['counts.day', 'counts.visitors'];

/** What is saved for the day now (fetched again after each save), as a hint under the count. */
function useSavedCount(day: string, version: number): string | undefined {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<{ day: string; count: number | null } | null>(null);
  useEffect(() => {
    if (!isCalendarDay(day)) return undefined;
    const controller = new AbortController();
    api
      .get<{ counts: VisitorCount[] }>(`/api/telephony/visitors?from=${day}&to=${day}`, {
        signal: controller.signal,
      })
      .then(
        (answer) => setSaved({ day, count: answer.counts.find((c) => c.day === day)?.visitors ?? null }),
        () => undefined,
      );
    return () => controller.abort();
  }, [day, version]);
  if (!saved || saved.day !== day) return undefined;
  return saved.count === null
    ? t('telephony.visitors.nothingSaved')
    : t('telephony.visitors.savedNow', {
        count: saved.count,
        formatted: formatCount(saved.count, i18n.language),
      });
}

export function VisitorsForm({ today, onSaved }: { today: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState(today);
  const [visitors, setVisitors] = useState('');
  const [local, setLocal] = useState<{ day?: string; visitors?: string }>({});
  const [status, setStatus] = useStatus();
  const [version, setVersion] = useState(0);
  const { pending, error, run } = useSubmission();
  const saved = useSavedCount(day, version);
  const errors = formErrorsOf(error, FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const text = visitors.trim();
    const found: { day?: string; visitors?: string } = {};
    if (!isCalendarDay(day)) found.day = t('telephony.visitors.dayInvalid');
    if (text !== '' && !/^\d+$/.test(text)) found.visitors = t('telephony.visitors.countInvalid');
    setLocal(found);
    if (found.day || found.visitors) return;
    const count = text === '' ? null : Number(text);
    const ok = await run(() => api.put('/api/telephony/visitors', { counts: [{ day, visitors: count }] }));
    if (!ok) return;
    const when = formatDay(day, i18n.language);
    setStatus(
      count === null
        ? t('telephony.visitors.cleared', { day: when })
        : t('telephony.visitors.saved', { count, formatted: formatCount(count, i18n.language), day: when }),
    );
    setVisitors('');
    setVersion((v) => v + 1);
    onSaved();
  };

  return (
    <section aria-labelledby="visitors-heading" className="panel">
      <h2 id="visitors-heading" tabIndex={-1}>
        {t('telephony.visitors.heading')}
      </h2>
      <p>{t('telephony.visitors.intro')}</p>
      <StatusMessage text={status} />
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={error} other={errors.other} />
        <TextField
          type="date"
          name="day"
          label={t('telephony.visitors.day')}
          hint={t('telephony.visitors.dayHint')}
          value={day}
          onChange={(value) => {
            setDay(value);
            setStatus(null);
          }}
          required
          error={local.day ?? errors.byField.get('counts.day')}
        />
        <TextField
          name="visitors"
          inputMode="numeric"
          label={t('telephony.visitors.count')}
          hint={saved ?? t('telephony.visitors.countHint')}
          value={visitors}
          onChange={setVisitors}
          error={local.visitors ?? errors.byField.get('counts.visitors')}
        />
        <button type="submit" className="button-primary" disabled={pending}>
          {t('telephony.visitors.save')}
        </button>
      </form>
    </section>
  );
}
