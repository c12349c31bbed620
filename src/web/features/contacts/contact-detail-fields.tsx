/**
 * The rest of a contact: channel and timing (with, for an e-mail, when it came in), the existing
 * case, the summary (with the personal-data warning) and the optional, coarse citizen profile.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRICT_MAX_LENGTH } from '../../../core/contacts/citizen-profile.js';
import { CASE_REFERENCE_MAX_LENGTH, SUMMARY_MAX_LENGTH } from '../../../core/contacts/contact-rules.js';
import { AGE_BANDS, CHANNELS, GENDERS } from '../../../core/contacts/taxonomy.js';
import { CheckboxField, SelectField } from '../../components/fields.js';
import type { ContactDraft } from './contact-draft.js';
import type { ContactFormErrors } from './contact-errors.js';
import { TextArea, TextInput } from './contact-inputs.js';
import type { AgeBand, Channel, Gender } from './contact-types.js';
import { PersonalDataWarning } from './personal-data-warning.js';

interface Props {
  draft: ContactDraft;
  change: (changes: Partial<ContactDraft>) => void;
  errors: ContactFormErrors;
}

/**
 * Channel, start time and duration, side by side; for an e-mail contact, when the e-mail came
 * in below them (not rendered for other channels, so it costs their keyboard flow nothing).
 */
export function TimingFields({
  draft,
  change,
  errors,
  onChannel,
  durationHint,
}: Props & { onChannel?: (channel: Channel) => void; durationHint: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-row">
        <SelectField
          name="channel"
          label={t('contacts.fields.channel')}
          value={draft.channel}
          onChange={(value) => {
            const channel = value as Channel;
            change({ channel });
            onChannel?.(channel);
          }}
          options={CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))}
          error={errors.byField.get('channel')}
        />
        <TextInput
          name="startTime"
          className="field-short"
          label={t('contacts.fields.startTime')}
          hint={t('contacts.fields.startTimeHint')}
          inputMode="numeric"
          maxLength={5}
          value={draft.startTime}
          onChange={(startTime) => change({ startTime })}
          error={errors.byField.get('startTime')}
        />
        <TextInput
          name="duration"
          className="field-short"
          label={t('contacts.fields.duration')}
          hint={durationHint}
          inputMode="numeric"
          maxLength={8}
          value={draft.duration}
          onChange={(duration) => change({ duration })}
          error={errors.byField.get('duration')}
        />
      </div>
      {draft.channel === 'email' && (
        <ReceivedAtFields draft={draft} change={change} error={errors.byField.get('receivedAt')} />
      )}
    </>
  );
}

/**
 * When the e-mail came in: a date and a time typed in fixed formats (like the start time), so
 * that they read the same whatever the browser's own language; one error for the pair, which
 * marks both fields and is read with each.
 */
function ReceivedAtFields({
  draft,
  change,
  error,
}: {
  draft: ContactDraft;
  change: Props['change'];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const describe = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const input = (name: 'receivedDate' | 'receivedTime', label: string, hint: string, maxLength: number) => (
    <div className={`field ${name === 'receivedTime' ? 'field-short' : 'field-date'}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <p className="field-hint" id={`${id}-${name}-hint`}>
        {hint}
      </p>
      <input
        id={`${id}-${name}`}
        type="text"
        name={name}
        value={draft[name]}
        inputMode={name === 'receivedTime' ? 'numeric' : undefined}
        maxLength={maxLength}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describe(`${id}-${name}-hint`, errorId)}
        onChange={(e) => change({ [name]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset
      className="field-group received-at"
      aria-describedby={describe(`${id}-hint`, errorId)}
      data-invalid={error ? 'true' : undefined}
    >
      <legend>{t('contacts.fields.receivedAt')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('contacts.fields.receivedAtHint')}
      </p>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div className="field-row">
        {input('receivedDate', t('contacts.fields.receivedDate'), t('contacts.fields.receivedDateHint'), 10)}
        {input('receivedTime', t('contacts.fields.receivedTime'), t('contacts.fields.startTimeHint'), 5)}
      </div>
    </fieldset>
  );
}

export function DetailFields({ draft, change, errors }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => errors.byField.get(field);
  const profileInUse =
    draft.citizenGender !== '' ||
    draft.citizenAgeBand !== '' ||
    draft.citizenDistrict !== '' ||
    ['citizenGender', 'citizenAgeBand', 'citizenDistrict'].some((f) => errors.byField.has(f));
  const [profileOpen, setProfileOpen] = useState(false);
  return (
    <>
      <div className="case-fields">
        <CheckboxField
          name="concernsExistingCase"
          label={t('contacts.fields.existingCase')}
          checked={draft.concernsExistingCase}
          onChange={(concernsExistingCase) => change({ concernsExistingCase })}
        />
        {draft.concernsExistingCase && (
          <TextInput
            name="caseReference"
            label={t('contacts.fields.caseReference')}
            hint={t('contacts.fields.caseReferenceHint')}
            maxLength={CASE_REFERENCE_MAX_LENGTH}
            value={draft.caseReference}
            onChange={(caseReference) => change({ caseReference })}
            error={err('caseReference')}
          />
        )}
      </div>
      <TextArea
        name="summary"
        label={t('contacts.fields.summary')}
        hint={t('contacts.fields.summaryHint')}
        maxLength={SUMMARY_MAX_LENGTH}
        value={draft.summary}
        onChange={(summary) => change({ summary })}
        error={err('summary')}
        after={(id) => <PersonalDataWarning id={id} text={draft.summary} />}
      />
      <details
        className="profile"
        open={profileOpen || profileInUse}
        onToggle={(e) => setProfileOpen(e.currentTarget.open)}
      >
        <summary>{t('contacts.fields.profile')}</summary>
        <p className="field-hint">{t('contacts.fields.profileHint')}</p>
        <div className="field-row">
          <SelectField
            name="citizenGender"
            label={t('contacts.fields.gender')}
            value={draft.citizenGender}
            onChange={(v) => change({ citizenGender: v as Gender | '' })}
            options={[
              { value: '', label: t('contacts.fields.notGiven') },
              ...GENDERS.map((g) => ({ value: g, label: t(`contacts.genders.${g}`) })),
            ]}
            error={err('citizenGender')}
          />
          <SelectField
            name="citizenAgeBand"
            label={t('contacts.fields.ageBand')}
            value={draft.citizenAgeBand}
            onChange={(v) => change({ citizenAgeBand: v as AgeBand | '' })}
            options={[
              { value: '', label: t('contacts.fields.notGiven') },
              ...AGE_BANDS.map((band) => ({ value: band, label: band })),
            ]}
            error={err('citizenAgeBand')}
          />
          <TextInput
            name="citizenDistrict"
            label={t('contacts.fields.district')}
            hint={t('contacts.fields.districtHint')}
            maxLength={DISTRICT_MAX_LENGTH}
            value={draft.citizenDistrict}
            onChange={(citizenDistrict) => change({ citizenDistrict })}
            error={err('citizenDistrict')}
          />
        </div>
      </details>
    </>
  );
}
