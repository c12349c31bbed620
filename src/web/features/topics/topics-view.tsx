import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../api/use-api-get.js';
import type { Unit } from '../../api/types.js';
import { CheckboxField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import { unitOptions } from '../units/unit-view-model.js';
import { TopicCreateForm } from './topic-create-form.js';
import { TopicImportForm } from './topic-import-form.js';
import { TopicTreeList } from './topic-tree-list.js';
import { parentOptions, unitPathsById, visibleTopicTree } from './topic-view-model.js';
import type { Topic } from './types.js';
import type { TopicActions } from './use-topics.js';

export interface TopicsViewProps {
  topics: readonly Topic[];
  units: readonly Unit[];
  canWrite: boolean;
  actions: TopicActions;
}

/** The service catalogue: the tree of topics, and for those who maintain it, every change. */
export function TopicsView({ topics, units, canWrite, actions }: TopicsViewProps) {
  const { t } = useTranslation();
  const [showRetired, setShowRetired] = useState(false);
  const [status, setStatus] = useStatus();
  const retiring = useSubmission();
  const tree = useMemo(() => visibleTopicTree(topics, showRetired), [topics, showRetired]);
  const parents = useMemo(() => parentOptions(topics), [topics]);
  const owners = useMemo(() => unitOptions(units), [units]);
  const unitPaths = useMemo(() => unitPathsById(units), [units]);
  const retire = async (topic: Topic, retired: boolean) => {
    setStatus(null);
    if (await retiring.run(() => actions.update(topic.id, { retired }))) {
      setStatus(t(retired ? 'topics.retiredDone' : 'topics.restoredDone', { name: topic.path }));
    }
  };
  return (
    <>
      <StatusMessage text={status} />
      {canWrite && (
        <section aria-labelledby="topics-create">
          <h2 id="topics-create">{t('topics.createHeading')}</h2>
          <TopicCreateForm
            parents={parents}
            owners={owners}
            create={actions.create}
            onDone={(topic) => setStatus(t('topics.created', { name: topic.path }))}
          />
        </section>
      )}
      <section aria-labelledby="topics-tree">
        <h2 id="topics-tree">{t('topics.treeHeading')}</h2>
        <CheckboxField
          name="showRetired"
          label={t('topics.showRetired')}
          checked={showRetired}
          onChange={setShowRetired}
        />
        <FormAlert error={retiring.error} />
        {tree.length === 0 ? (
          <p>{t('topics.empty')}</p>
        ) : (
          <TopicTreeList
            nodes={tree}
            topics={topics}
            owners={owners}
            unitPaths={unitPaths}
            canWrite={canWrite}
            actions={actions}
            onRetire={(topic, retired) => void retire(topic, retired)}
            onSaved={(topic) => setStatus(t('topics.saved', { name: topic.path }))}
          />
        )}
      </section>
      <section aria-labelledby="topics-file">
        <h2 id="topics-file">{t('topics.fileHeading')}</h2>
        <p>{t('topics.fileIntro')}</p>
        <p>
          <a href="/api/topics/export.csv" download="amneskatalog.csv">
            {t('topics.export')}
          </a>
        </p>
        {canWrite && (
          <TopicImportForm
            importCsv={actions.importCsv}
            onDone={(result) => setStatus(t('topics.import.done', { ...result }))}
          />
        )}
      </section>
    </>
  );
}
