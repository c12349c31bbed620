import { useTranslation } from 'react-i18next';
import type { Municipality, Tenant } from '../../api/types.js';
import { formatDate } from '../../i18n/format.js';
import { LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { sortTenants } from './municipality-options.js';
import { TenantCreateForm } from './tenant-create-form.js';
import { useTenants, type CreateTenant } from './use-tenants.js';
import { TableWrap } from '../../components/table-wrap.js';

export function MunicipalitiesView({
  tenants,
  municipalities,
  canCreate,
  create,
}: {
  tenants: readonly Tenant[];
  municipalities: readonly Municipality[];
  canCreate: boolean;
  create: CreateTenant;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useStatus();
  return (
    <>
      <StatusMessage text={status} />
      <section aria-labelledby="tenants-list">
        <h2 id="tenants-list">{t('municipalities.listHeading')}</h2>
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('municipalities.name')}</th>
                <th scope="col">{t('municipalities.code')}</th>
                <th scope="col">{t('municipalities.emailDomains')}</th>
                <th scope="col">{t('municipalities.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {sortTenants(tenants).map((tenant) => (
                <tr key={tenant.id}>
                  <th scope="row">{tenant.name}</th>
                  <td>{tenant.municipalityCode}</td>
                  <td>{tenant.emailDomains.join(', ')}</td>
                  <td>{formatDate(tenant.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      {canCreate && (
        <section aria-labelledby="tenants-create">
          <h2 id="tenants-create">{t('municipalities.createHeading')}</h2>
          <TenantCreateForm
            municipalities={municipalities}
            tenants={tenants}
            create={create}
            onDone={({ tenant, admin }) =>
              setStatus(t('municipalities.created', { name: tenant.name, email: admin.email }))
            }
          />
        </section>
      )}
    </>
  );
}

/** /admin/municipalities (platform administrators) */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { tenants, municipalities, create } = useTenants();
  const failed =
    tenants.status === 'error'
      ? tenants.error
      : municipalities.status === 'error'
        ? municipalities.error
        : null;
  return (
    <Page title={t('admin.sections.municipalities.title')}>
      <p className="lead">{t('municipalities.intro')}</p>
      {failed && <LoadError error={failed} />}
      {!failed && (tenants.status === 'loading' || municipalities.status === 'loading') && <Loading />}
      {tenants.status === 'ready' && municipalities.status === 'ready' && (
        <MunicipalitiesView
          tenants={tenants.data.tenants}
          municipalities={municipalities.data.municipalities}
          canCreate={can('tenants:create')}
          create={create}
        />
      )}
    </Page>
  );
}
