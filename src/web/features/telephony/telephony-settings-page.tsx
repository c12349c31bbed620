/**
 * /telephony/settings (administrators): how the municipality measures, its queue groups, what
 * each queue is called and where it belongs, the municipality's own closed days, and the way to
 * the column mappings for CSV files of calls (their own page, /telephony/mappings).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { ClosedDaysSection } from './closed-days-section.js';
import { MeasuringSettingsForm } from './measuring-settings-form.js';
import { QueueGroupsSection } from './queue-groups-section.js';
import { QueuesSection } from './queues-section.js';
import { useTelephonySettings } from './use-telephony-settings.js';

export function TelephonySettingsPage() {
  const { t } = useTranslation();
  const { settings, scopes, closedDays, actions } = useTelephonySettings();
  return (
    <Page title={t('telephony.settings.title')}>
      <p className="lead">{t('telephony.settings.intro')}</p>
      <section aria-labelledby="measuring-heading">
        <h2 id="measuring-heading">{t('telephony.settings.measuring.heading')}</h2>
        {settings.status === 'loading' && <Loading />}
        {settings.status === 'error' && <LoadError error={settings.error} />}
        {settings.status === 'ready' && (
          <MeasuringSettingsForm initial={settings.data} save={actions.saveSettings} />
        )}
      </section>
      {scopes.status === 'loading' && <Loading />}
      {scopes.status === 'error' && <LoadError error={scopes.error} />}
      {scopes.status === 'ready' && (
        <>
          <QueueGroupsSection groups={scopes.data.groups} queues={scopes.data.queues} actions={actions} />
          <QueuesSection
            groups={scopes.data.groups}
            queues={scopes.data.queues}
            changeQueue={actions.changeQueue}
          />
        </>
      )}
      <section aria-labelledby="closed-days-heading">
        <h2 id="closed-days-heading">{t('telephony.settings.closedDays.heading')}</h2>
        {closedDays.status === 'loading' && <Loading />}
        {closedDays.status === 'error' && <LoadError error={closedDays.error} />}
        {closedDays.status === 'ready' && (
          <ClosedDaysSection closedDays={closedDays.data.closedDays} actions={actions} />
        )}
      </section>
      <section aria-labelledby="call-mappings-link-heading">
        <h2 id="call-mappings-link-heading">{t('telephony.settings.mappings.heading')}</h2>
        <p>{t('telephony.settings.mappings.intro')}</p>
        <p>
          <Link to="/telephony/mappings">{t('telephony.settings.mappings.link')}</Link>
        </p>
      </section>
    </Page>
  );
}
