import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { IntegrationsView } from './integrations-view.js';
import { useIntegrations } from './use-integrations.js';

/** /admin/integrations */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const { integrations, actions } = useIntegrations();
  return (
    <Page title={t('admin.sections.integrations.title')}>
      <p className="lead">{t('integrations.intro')}</p>
      {integrations.status === 'loading' && <Loading />}
      {integrations.status === 'error' && <LoadError error={integrations.error} />}
      {integrations.status === 'ready' && (
        <IntegrationsView integrations={integrations.data.integrations} actions={actions} />
      )}
    </Page>
  );
}
