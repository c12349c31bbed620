import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { useUsers } from './use-users.js';
import { UsersView } from './users-view.js';

/** /admin/users */
export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { users, units, actions } = useUsers();
  const failed = users.status === 'error' ? users.error : units.status === 'error' ? units.error : null;
  return (
    <Page title={t('admin.sections.users.title')}>
      <p className="lead">{t('users.intro')}</p>
      {failed && <LoadError error={failed} />}
      {!failed && (users.status === 'loading' || units.status === 'loading') && <Loading />}
      {users.status === 'ready' && units.status === 'ready' && (
        <UsersView
          users={users.data.users}
          units={units.data.units}
          canWrite={can('users:write')}
          actions={actions}
        />
      )}
    </Page>
  );
}
