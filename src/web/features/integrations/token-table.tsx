import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert } from '../../components/messages.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { orderTokens, tokenState } from './integration-view-model.js';
import type { ApiToken, Integration } from './types.js';
import type { IntegrationActions } from './use-integrations.js';
import { TableWrap } from '../../components/table-wrap.js';

/** The integration's tokens: working ones first, then the record of expired and revoked ones. */
export function TokenTable({
  integration,
  revoke,
  onRevoked,
}: {
  integration: Integration;
  revoke: IntegrationActions['revokeToken'];
  onRevoked: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoking = useSubmission();
  const now = new Date();
  if (integration.tokens.length === 0) return <p>{t('integrations.token.none')}</p>;
  const confirmRevoke = async (token: ApiToken) => {
    if (await revoking.run(() => revoke(integration.id, token.id))) {
      setConfirming(null);
      onRevoked(t('integrations.token.revoked', { name: token.name }));
    }
  };
  return (
    <>
      <FormAlert error={revoking.error} />
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('integrations.token.name')}</th>
              <th scope="col">{t('integrations.token.state')}</th>
              <th scope="col">{t('integrations.token.createdAt')}</th>
              <th scope="col">{t('integrations.token.expiresAt')}</th>
              <th scope="col">{t('integrations.token.lastUsedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('integrations.token.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orderTokens(integration.tokens, now).map((token) => {
              const state = tokenState(token, now);
              const live = state === 'active' || state === 'expiresSoon';
              return (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>
                    {t(`integrations.token.states.${state}`)}
                    {token.revokedAt && ` ${formatDate(token.revokedAt, i18n.language)}`}
                  </td>
                  <td>
                    {formatDate(token.createdAt, i18n.language)}
                    {token.createdBy && ` (${token.createdBy.displayName})`}
                  </td>
                  <td>{formatDate(token.expiresAt, i18n.language)}</td>
                  <td>
                    {token.lastUsedAt
                      ? formatDateTime(token.lastUsedAt, i18n.language)
                      : t('integrations.token.neverUsed')}
                  </td>
                  <td>
                    {live && confirming !== token.id && (
                      <button type="button" className="button-link" onClick={() => setConfirming(token.id)}>
                        {t('integrations.token.revoke')}
                        <span className="visually-hidden"> {token.name}</span>
                      </button>
                    )}
                    {live && confirming === token.id && (
                      <div
                        role="group"
                        aria-label={t('integrations.token.confirmLabel', { name: token.name })}
                      >
                        <p>
                          {t('integrations.token.confirmText', {
                            name: token.name,
                            integration: integration.name,
                          })}
                        </p>
                        <div className="actions">
                          <button
                            type="button"
                            className="button-primary"
                            disabled={revoking.pending}
                            onClick={() => void confirmRevoke(token)}
                          >
                            {t('integrations.token.confirmRevoke')}
                          </button>
                          <button
                            type="button"
                            className="button-secondary"
                            onClick={() => {
                              revoking.reset();
                              setConfirming(null);
                            }}
                          >
                            {t('common.cancel')}
                          </button>
                        </div>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
