/**
 * The rest of a contact: channel and timing, the existing case, the summary (with the
 * personal-data warning) and the optional, coarse citizen profile.
 */
import { useState } from 'react';
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

/** Channel, start time and duration, side by side. */
export function TimingFields({
  draft,
  change,
  errors,
  onChannel,
  durationHint,
}: Props & { onChannel?: (channel: Channel) => void; durationHint: string }) {
  const { t } = useTranslation();
  return (
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
