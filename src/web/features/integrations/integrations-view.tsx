import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage, useStatus } from '../../components/messages.js';
import { IntegrationCreateForm } from './integration-create-form.js';
import { IntegrationSection } from './integration-section.js';
import { NewTokenPanel } from './new-token-panel.js';
import type { CreatedToken, Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';

export interface IntegrationsViewProps {
  integrations: readonly Integration[];
  actions: IntegrationActions;
}

/**
 * Integrations of the municipality (other systems calling the API) and their tokens. A new token
 * is shown once, at the top, until the administrator closes it.
 */
export function IntegrationsView({ integrations, actions }: IntegrationsViewProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useStatus();
  const [created, setCreated] = useState<{ integration: string; token: CreatedToken } | null>(null);
  return (
    <>
      <StatusMessage text={status} />
      {created && (
        <NewTokenPanel
          integrationName={created.integration}
          created={created.token}
          onClose={() => {
            setCreated(null);
            setStatus(t('integrations.token.closed'));
          }}
        />
      )}
      <section aria-labelledby="integrations-list">
        <h2 id="integrations-list">{t('integrations.listHeading')}</h2>
        {integrations.length === 0 ? (
          <p>{t('integrations.empty')}</p>
        ) : (
          integrations.map((integration) => (
            <IntegrationSection
              key={integration.id}
              integration={integration}
              actions={actions}
              onStatus={setStatus}
              onTokenCreated={(token) => {
                setStatus(null);
                setCreated({ integration: integration.name, token });
              }}
            />
          ))
        )}
      </section>
      <section aria-labelledby="integrations-create">
        <h2 id="integrations-create">{t('integrations.createHeading')}</h2>
        <IntegrationCreateForm
          create={actions.create}
          onDone={(i) => setStatus(t('integrations.created', { name: i.name }))}
        />
      </section>
    </>
  );
}
