import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useSignedIn } from '../../session/session.js';
import { ContactLoggingView } from './contact-logging-view.js';
import { useContactLogging } from './use-contact-logging.js';

/** /contacts for a guide: log a contact, see and correct the day's. */
export function ContactLoggingPage() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { topics, units, usage, today, refresh, actions } = useContactLogging();
  return (
    <Page title={t('contacts.log.title')}>
      {(topics.status === 'loading' || units.status === 'loading') && <Loading />}
      {topics.status === 'error' && <LoadError error={topics.error} />}
      {topics.status !== 'error' && units.status === 'error' && <LoadError error={units.error} />}
      {topics.status === 'ready' && units.status === 'ready' && (
        <ContactLoggingView
          topics={topics.data.topics}
          units={units.data.units}
          usage={usage}
          userId={session.user.id}
          today={today}
          actions={actions}
          onSaved={refresh}
        />
      )}
    </Page>
  );
}
