/**
 * How the municipality measures: time zone, the short-abandon and answered-within thresholds, and
 * the working day and limit for e-mail. Times are shown as HH:MM (the API keeps minutes after
 * midnight). Changing a threshold or the time zone recomputes every stored day.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import {
  draftOf,
  parseSettingsDraft,
  SETTINGS_FIELDS,
  type SettingsDraft,
  type SettingsField,
  type SettingsProblem,
} from './settings-draft.js';
import type { TelephonySettings } from './types.js';

export function MeasuringSettingsForm({
  initial,
  save,
}: {
  initial: TelephonySettings;
  save: (settings: TelephonySettings) => Promise<TelephonySettings>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(initial));
  const [local, setLocal] = useState<Partial<Record<SettingsField, SettingsProblem>>>({});
  const [status, setStatus] = useStatus();
  const { pending, error, run } = useSubmission();
  const server = formErrorsOf(error, SETTINGS_FIELDS);
  const set = (field: SettingsField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const errorOf = (field: SettingsField) => {
    const problem = local[field];
    return problem ? t(`telephony.settings.measuring.errors.${problem}`) : server.byField.get(field);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = parseSettingsDraft(draft);
    setLocal(parsed.errors ?? {});
    if (!parsed.settings) return;
    const settings = parsed.settings;
    let saved: TelephonySettings | null = null;
    if (await run(async () => (saved = await save(settings)))) {
      if (saved) setDraft(draftOf(saved));
      setStatus(t('telephony.settings.measuring.saved'));
    }
  };
  const field = (name: SettingsField, hint: string, inputMode?: 'numeric' | 'decimal') => (
    <TextField
      name={name}
      label={t(`telephony.settings.measuring.fields.${name}`)}
      hint={hint}
      value={draft[name]}
      onChange={set(name)}
      inputMode={inputMode}
      required
      error={errorOf(name)}
    />
  );
  return (
    <>
      <p className="notice">{t('telephony.settings.measuring.recomputeNote')}</p>
      <StatusMessage text={status} />
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={error} other={server.other} />
        {field('timeZone', t('telephony.settings.measuring.hints.timeZone'))}
        {field('shortAbandonSeconds', t('telephony.settings.measuring.hints.shortAbandonSeconds'), 'numeric')}
        {field(
          'answeredWithinSeconds',
          t('telephony.settings.measuring.hints.answeredWithinSeconds'),
          'numeric',
        )}
        {field('emailDayStartMinute', t('telephony.settings.measuring.hints.dayStart'))}
        {field('emailDayEndMinute', t('telephony.settings.measuring.hints.dayEnd'))}
        {field('emailLimitHours', t('telephony.settings.measuring.hints.emailLimitHours'), 'decimal')}
        <button type="submit" className="button-primary" disabled={pending}>
          {t('telephony.settings.measuring.save')}
        </button>
      </form>
    </>
  );
}
