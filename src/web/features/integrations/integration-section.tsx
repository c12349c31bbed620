import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert } from '../../components/messages.js';
import { IntegrationRenameForm } from './integration-rename-form.js';
import { liveTokenCount } from './integration-view-model.js';
import { TokenCreateForm } from './token-create-form.js';
import { TokenTable } from './token-table.js';
import type { CreatedToken, Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';
import './integrations.css';

/** One integration: its name and state, its tokens, and making a new token. */
export function IntegrationSection({
  integration,
  actions,
  onStatus,
  onTokenCreated,
}: {
  integration: Integration;
  actions: IntegrationActions;
  onStatus: (text: string) => void;
  onTokenCreated: (created: CreatedToken) => void;
}) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const toggling = useSubmission();
  const headingId = `integration-${integration.id}`;
  const live = liveTokenCount(integration, new Date());
  const setActive = async (isActive: boolean) => {
    if (await toggling.run(() => actions.update(integration.id, { isActive }))) {
      onStatus(t(isActive ? 'integrations.enabled' : 'integrations.disabled', { name: integration.name }));
    }
  };
  return (
    <section aria-labelledby={headingId} className="integration">
      <div className="integration-heading">
        <h3 id={headingId}>{integration.name}</h3>
        <span className={integration.isActive ? 'tag' : 'tag tag-muted'}>
          {integration.isActive ? t('integrations.active') : t('integrations.inactive')}
        </span>
        <span className="tag tag-muted">{t('integrations.liveTokens', { count: live })}</span>
      </div>
      {!integration.isActive && <p>{t('integrations.inactiveNote')}</p>}
      <FormAlert error={toggling.error} />
      {renaming ? (
        <IntegrationRenameForm
          integration={integration}
          update={actions.update}
          onCancel={() => setRenaming(false)}
          onDone={(renamed) => {
            setRenaming(false);
            onStatus(t('integrations.renamed', { name: renamed.name }));
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => setRenaming(true)}>
            {t('integrations.rename')}
            <span className="visually-hidden"> {integration.name}</span>
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={toggling.pending}
            onClick={() => void setActive(!integration.isActive)}
          >
            {integration.isActive ? t('integrations.disable') : t('integrations.enable')}
            <span className="visually-hidden"> {integration.name}</span>
          </button>
        </div>
      )}
      <h4>{t('integrations.tokensHeading', { name: integration.name })}</h4>
      <TokenTable integration={integration} revoke={actions.revokeToken} onRevoked={onStatus} />
      {integration.isActive && (
        <TokenCreateForm
          integration={integration}
          createToken={actions.createToken}
          onDone={onTokenCreated}
        />
      )}
    </section>
  );
}
