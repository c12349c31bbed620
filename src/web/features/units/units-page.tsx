import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { UnitsView } from './units-view.js';
import { useUnits } from './use-units.js';

/** /admin/units */
export function UnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { units, actions } = useUnits();
  return (
    <Page title={t('admin.sections.units.title')}>
      <p className="lead">{t('units.intro')}</p>
      {units.status === 'loading' && <Loading />}
      {units.status === 'error' && <LoadError error={units.error} />}
      {units.status === 'ready' && (
        <UnitsView units={units.data.units} canWrite={can('units:write')} actions={actions} />
      )}
    </Page>
  );
}
