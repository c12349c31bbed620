/**
 * The logging screen: the keyboard help, the form of the contact being logged, and the guide's
 * contacts of the day. A saved contact gives a new form (new key, timer from zero).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import type { Resource } from '../../api/use-api-get.js';
import { StatusMessage, useErrorText, useStatus } from '../../components/messages.js';
import type { ContactDraft } from './contact-draft.js';
import { ContactLogForm } from './contact-log-form.js';
import { contactOutbox, type AddressOutcome } from './contact-outbox.js';
import type { ContactsPage, SavedContact, Topic } from './contact-types.js';
import { newIdempotencyKey } from './save-retry.js';
import { TodaysContacts } from './todays-contacts.js';
import type { TopicUsage } from './topic-search.js';
import type { ContactActions } from './use-contact-logging.js';

export interface ContactLoggingViewProps {
  topics: readonly Topic[];
  units: readonly Unit[];
  usage: TopicUsage;
  userId: string;
  today: Resource<ContactsPage>;
  actions: ContactActions;
  onSaved: () => void;
}

function KeyboardHelp() {
  const { t } = useTranslation();
  return (
    <aside className="key-help" aria-labelledby="key-help-heading">
      <h2 id="key-help-heading">{t('contacts.log.keysHeading')}</h2>
      <ol>
        <li>{t('contacts.log.keysTopic')}</li>
        <li>{t('contacts.log.keysNeed')}</li>
        <li>{t('contacts.log.keysResolution')}</li>
        <li>{t('contacts.log.keysAddress')}</li>
        <li>{t('contacts.log.keysSave')}</li>
      </ol>
      <p>{t('contacts.log.keysNote')}</p>
    </aside>
  );
}

export function ContactLoggingView({
  topics,
  units,
  usage,
  userId,
  today,
  actions,
  onSaved,
}: ContactLoggingViewProps) {
  const { t } = useTranslation();
  // A contact still in the outbox (saving, waiting for the network or refused while the guide
  // was on another page) comes back as the guide left it.
  const [contact, setContact] = useState<{
    key: string;
    start: Date;
    draft?: ContactDraft;
    surveyAddress?: string | undefined;
  }>(() => {
    const held = contactOutbox.snapshot().contact;
    return held
      ? { key: held.key, start: held.timerStart, draft: held.draft, surveyAddress: held.surveyAddress }
      : { key: newIdempotencyKey(), start: new Date() };
  });
  const errorText = useErrorText();
  const [addressRefused, setAddressRefused] = useState<string | null>(null);
  const [status, setStatus] = useStatus();
  const next = () => {
    contactOutbox.release(contact.key);
    setContact({ key: newIdempotencyKey(), start: new Date() });
  };
  const saved = (c: SavedContact, address: AddressOutcome) => {
    const topic = topics.find((x) => x.id === c.topicId);
    const text = t('contacts.log.saved', {
      topic: topic?.path ?? '',
      need: t(`contacts.needs.${c.need}`),
      resolution: t(`contacts.resolutions.${c.resolution}`),
    });
    const masked = c.maskedPersonalData.length > 0 ? ` ${t('contacts.log.savedMasked')}` : '';
    const addressText = address.kind === 'saved' ? ` ${t('contacts.surveyAddress.saved')}` : '';
    setStatus(`${text}${masked}${addressText}`);
    setAddressRefused(
      address.kind === 'refused'
        ? t('contacts.surveyAddress.refused', { reason: errorText(address.error) })
        : null,
    );
    onSaved();
    next();
  };
  return (
    <>
      <div className="logging-layout">
        <div className="logging-main">
          <StatusMessage text={status} />
          <div role="alert" className={addressRefused ? 'alert alert-error' : 'alert-empty'}>
            {addressRefused && <p>{addressRefused}</p>}
          </div>
          {!topics.some((topic) => topic.retiredAt === null) && (
            <p className="notice">{t('contacts.topicPicker.empty')}</p>
          )}
          <ContactLogForm
            key={contact.key}
            topics={topics}
            units={units}
            usage={usage}
            userId={userId}
            timerStart={contact.start}
            idempotencyKey={contact.key}
            initialDraft={contact.draft}
            initialSurveyAddress={contact.surveyAddress}
            onSaved={saved}
            onNew={() => {
              setStatus(null);
              setAddressRefused(null);
              next();
            }}
          />
        </div>
        <KeyboardHelp />
      </div>
      <TodaysContacts contacts={today} topics={topics} units={units} actions={actions} onStatus={setStatus} />
    </>
  );
}
