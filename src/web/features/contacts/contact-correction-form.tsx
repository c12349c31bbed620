/**
 * Correcting or deleting one of today's contacts. A correction uses the same fields as logging
 * (without the timer and the single keys) and sends only what changed, with the reason; the API
 * keeps the before and after in the contact's audit trail.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { FormAlert, reportFailure } from '../../components/messages.js';
import { ContactCoreFields, FailureDemandFields } from './contact-core-fields.js';
import { DetailFields, TimingFields } from './contact-detail-fields.js';
import { correctionOf, draftOfContact, draftProblems, type ContactDraft } from './contact-draft.js';
import { apiErrors, draftErrors, NO_ERRORS, type ContactFormErrors } from './contact-errors.js';
import { TextArea } from './contact-inputs.js';
import type { Contact, SavedContact, Topic } from './contact-types.js';
import { NO_USAGE } from './topic-search.js';
import type { ContactActions } from './use-contact-logging.js';

const REASON_MAX_LENGTH = 500;

function withReasonError(errors: ContactFormErrors, message: string | null): ContactFormErrors {
  if (!message) return errors;
  return { byField: new Map([...errors.byField, ['reason', message]]), other: errors.other };
}

export function ContactCorrectionForm({
  contact,
  topics,
  units,
  correct,
  onCancel,
  onDone,
}: {
  contact: Contact;
  topics: readonly Topic[];
  units: readonly Unit[];
  correct: ContactActions['correct'];
  onCancel: () => void;
  onDone: (contact: SavedContact) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ContactDraft>(() => draftOfContact(contact));
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<ContactFormErrors>(NO_ERRORS);
  const [unchanged, setUnchanged] = useState(false);
  const { pending, error, run } = useSubmission();
  const change = (changes: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const start = new Date(contact.startedAt);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = draftProblems(draft, start, true);
    const found = withReasonError(
      draftErrors(problems, (field) => t(`contacts.errors.${field}`)),
      reason.trim() === '' ? t('contacts.errors.reason') : null,
    );
    setChecked(found);
    const changes = found.byField.size === 0 ? correctionOf(contact, draft, reason) : null;
    setUnchanged(found.byField.size === 0 && changes === null);
    if (!changes) {
      reportFailure();
      return;
    }
    let saved: SavedContact | undefined;
    if ((await run(async () => (saved = await correct(contact.id, changes)))) && saved) onDone(saved);
  };
  const errors = checked.byField.size > 0 ? checked : apiErrors(error, (key) => t(`contacts.errors.${key}`));
  const fieldProps = { draft, change, topics, units, errors };
  return (
    <form className="form contact-form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <div
        role="alert"
        className={checked.byField.size > 0 || unchanged ? 'alert alert-error' : 'alert-empty'}
      >
        {checked.byField.size > 0 && <p>{t('contacts.log.fixFields')}</p>}
        {unchanged && <p>{t('contacts.today.nothingChanged')}</p>}
      </div>
      <TimingFields {...fieldProps} durationHint={t('contacts.fields.durationCorrectionHint')} />
      <ContactCoreFields
        {...fieldProps}
        usage={NO_USAGE}
        showShortcuts={false}
        onTopicPicked={() => undefined}
      />
      <FailureDemandFields {...fieldProps} canReset={false} />
      <DetailFields {...fieldProps} />
      <TextArea
        name="reason"
        label={t('contacts.today.reason')}
        value={reason}
        onChange={setReason}
        maxLength={REASON_MAX_LENGTH}
        required
        rows={2}
        error={errors.byField.get('reason')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('contacts.today.saveCorrection')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ContactDeleteForm({
  contact,
  remove,
  onCancel,
  onDone,
}: {
  contact: Contact;
  remove: ContactActions['remove'];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { pending, error, run } = useSubmission();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(reason.trim() === '');
    if (reason.trim() === '') return;
    if (await run(() => remove(contact.id, reason.trim()))) onDone();
  };
  const errors = apiErrors(error);
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <p>{t('contacts.today.deleteIntro')}</p>
      <TextArea
        name="reason"
        label={t('contacts.today.deleteReason')}
        value={reason}
        onChange={setReason}
        maxLength={REASON_MAX_LENGTH}
        required
        rows={2}
        error={missing ? t('contacts.errors.reason') : errors.byField.get('reason')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('contacts.today.confirmDelete')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
