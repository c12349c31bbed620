/** Parts shared by the tables of contacts (the guide's day, the manager's list). */
import { useTranslation } from 'react-i18next';
import { ContactDeleteForm } from './contact-correction-form.js';
import type { Contact } from './contact-types.js';
import { formatDuration } from './duration.js';
import type { ContactActions } from './use-contact-logging.js';

/** A row's action button: the action in view, and which contact it acts on for screen readers. */
export function RowToggle({
  label,
  time,
  expanded,
  onClick,
}: {
  label: string;
  time: string;
  expanded: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button-link" aria-expanded={expanded} onClick={onClick}>
      {label}
      <span className="visually-hidden"> {t('contacts.today.contactAt', { time })}</span>
    </button>
  );
}

/** The panel that deletes a contact, with the reason the trail keeps. */
export function ContactDeletePanel({
  contact,
  time,
  remove,
  onCancel,
  onDone,
}: {
  contact: Contact;
  time: string;
  remove: ContactActions['remove'];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="contact-delete-heading">
      <h3 id="contact-delete-heading">{t('contacts.today.deleteHeading', { time })}</h3>
      <ContactDeleteForm
        key={contact.id}
        contact={contact}
        remove={remove}
        onCancel={onCancel}
        onDone={onDone}
      />
    </section>
  );
}

/** The column heads of a contact's classification, after the time column. */
export function ContactColumnHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('contacts.fields.topic')}</th>
      <th scope="col">{t('contacts.fields.channel')}</th>
      <th scope="col">{t('contacts.fields.need')}</th>
      <th scope="col">{t('contacts.fields.resolution')}</th>
      <th scope="col">{t('contacts.fields.failureDemand')}</th>
      <th scope="col">{t('contacts.fields.duration')}</th>
    </>
  );
}

/** A contact's classification in words, under ContactColumnHeads. */
export function ContactCells({
  contact: c,
  topicPath,
}: {
  contact: Contact;
  topicPath: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <td>{topicPath.get(c.topicId) ?? ''}</td>
      <td>{t(`contacts.channels.${c.channel}`)}</td>
      <td>{t(`contacts.needs.${c.need}`)}</td>
      <td>{t(`contacts.resolutions.${c.resolution}`)}</td>
      <td>
        {c.isFailureDemand
          ? `${t('contacts.today.yes')}${c.failureReason ? `: ${t(`contacts.failureReasons.${c.failureReason}`)}` : ''}`
          : t('contacts.today.no')}
      </td>
      <td>{formatDuration(c.durationSeconds)}</td>
    </>
  );
}
