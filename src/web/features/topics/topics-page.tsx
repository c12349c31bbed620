import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { TopicsView } from './topics-view.js';
import { useTopics } from './use-topics.js';

/** /admin/topics */
export function TopicsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { topics, units, actions } = useTopics();
  const failed = topics.status === 'error' ? topics.error : units.status === 'error' ? units.error : null;
  return (
    <Page title={t('admin.sections.topics.title')}>
      <p className="lead">{t('topics.intro')}</p>
      {failed && <LoadError error={failed} />}
      {!failed && (topics.status === 'loading' || units.status === 'loading') && <Loading />}
      {topics.status === 'ready' && units.status === 'ready' && (
        <TopicsView
          topics={topics.data.topics}
          units={units.data.units}
          canWrite={can('topics:write')}
          actions={actions}
        />
      )}
    </Page>
  );
}
