/**
 * "Mina kontakter idag": the guide's own contacts of the day, latest first, each correctable
 * and deletable with a reason while the day lasts (the API says which: canCorrect).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import type { Resource } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { ContactCorrectionForm } from './contact-correction-form.js';
import { ContactCells, ContactColumnHeads, ContactDeletePanel, RowToggle } from './contact-row-parts.js';
import { clockTimeOf } from './contact-draft.js';
import type { Contact, ContactsPage, Topic } from './contact-types.js';
import type { ContactActions } from './use-contact-logging.js';
import { TableWrap } from '../../components/table-wrap.js';

export interface TodaysContactsProps {
  contacts: Resource<ContactsPage>;
  topics: readonly Topic[];
  units: readonly Unit[];
  actions: ContactActions;
  onStatus: (text: string) => void;
}

type Open = { id: string; action: 'correct' | 'delete' } | null;

export function TodaysContacts({ contacts, topics, units, actions, onStatus }: TodaysContactsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const topicPath = new Map(topics.map((topic) => [topic.id, topic.path]));
  const list = contacts.status === 'ready' ? contacts.data.contacts : [];
  const opened = open ? list.find((c) => c.id === open.id) : undefined;
  const timeOf = (c: Contact) => clockTimeOf(new Date(c.startedAt));
  const done = (text: string) => {
    setOpen(null);
    onStatus(text);
    headingRef.current?.focus();
  };
  const toggle = (id: string, action: 'correct' | 'delete') =>
    setOpen(open?.id === id && open.action === action ? null : { id, action });
  return (
    <section aria-labelledby="todays-contacts" className="todays-contacts">
      <h2 id="todays-contacts" ref={headingRef} tabIndex={-1}>
        {t('contacts.today.heading')}
      </h2>
      {contacts.status === 'loading' && <Loading />}
      {contacts.status === 'error' && <LoadError error={contacts.error} />}
      {contacts.status === 'ready' && list.length === 0 && <p>{t('contacts.today.empty')}</p>}
      {list.length > 0 && (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('contacts.today.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.fields.time')}</th>
                <ContactColumnHeads />
                <th scope="col">
                  <span className="visually-hidden">{t('contacts.today.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{timeOf(c)}</th>
                  <ContactCells contact={c} topicPath={topicPath} />
                  <td>
                    {c.canCorrect && (
                      <span className="row-actions">
                        <RowToggle
                          label={t('contacts.today.correct')}
                          time={timeOf(c)}
                          expanded={open?.id === c.id && open.action === 'correct'}
                          onClick={() => toggle(c.id, 'correct')}
                        />
                        <RowToggle
                          label={t('contacts.today.delete')}
                          time={timeOf(c)}
                          expanded={open?.id === c.id && open.action === 'delete'}
                          onClick={() => toggle(c.id, 'delete')}
                        />
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {opened && open?.action === 'correct' && (
        <section className="panel" aria-labelledby="contact-correct-heading">
          <h3 id="contact-correct-heading">{t('contacts.today.correctHeading', { time: timeOf(opened) })}</h3>
          <ContactCorrectionForm
            key={opened.id}
            contact={opened}
            topics={topics}
            units={units}
            correct={actions.correct}
            onCancel={() => setOpen(null)}
            onDone={(c) => done(t('contacts.today.corrected', { time: timeOf(c) }))}
          />
        </section>
      )}
      {opened && open?.action === 'delete' && (
        <ContactDeletePanel
          contact={opened}
          time={timeOf(opened)}
          remove={actions.remove}
          onCancel={() => setOpen(null)}
          onDone={() => done(t('contacts.today.deleted', { time: timeOf(opened) }))}
        />
      )}
    </section>
  );
}
