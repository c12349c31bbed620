import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TopicEditForm } from './topic-edit-form.js';
import { parentOptions, type Option, type TopicNode } from './topic-view-model.js';
import type { Topic } from './types.js';
import type { TopicActions } from './use-topics.js';

export interface TopicTreeListProps {
  nodes: readonly TopicNode[];
  /** Every topic, for the parent picker of the edit form. */
  topics: readonly Topic[];
  owners: readonly Option[];
  unitPaths: ReadonlyMap<string, string>;
  canWrite: boolean;
  actions: TopicActions;
  /** Retire and restore go through the page's shared submission, so their errors show in one place. */
  onRetire: (topic: Topic, retired: boolean) => void;
  onSaved: (topic: Topic) => void;
}

/** The catalogue as a nested list: each topic with its owner, its default and its actions. */
export function TopicTreeList(props: TopicTreeListProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { nodes, topics, owners, unitPaths, canWrite, actions, onRetire, onSaved } = props;
  return (
    <ul className="unit-tree">
      {nodes.map(({ topic, children }) => {
        const retired = topic.retiredAt !== null;
        return (
          <li key={topic.id}>
            <div className={retired ? 'unit-row unit-archived' : 'unit-row'}>
              <span className="unit-name">{topic.name}</span>
              <span className="tag">
                <span className="visually-hidden">{t('topics.owner')}: </span>
                {unitPaths.get(topic.ownerUnitId) ?? t('topics.unknownUnit')}
              </span>
              {topic.defaultFailureReason && (
                <span className="tag tag-muted">
                  {t('topics.failureDemandTag', {
                    reason: t(`topics.failureReasons.${topic.defaultFailureReason}`),
                  })}
                </span>
              )}
              {retired && <span className="tag tag-muted">{t('topics.retired')}</span>}
              {canWrite && editing !== topic.id && (
                <span className="row-actions">
                  {!retired && (
                    <button type="button" className="button-link" onClick={() => setEditing(topic.id)}>
                      {t('topics.edit')}
                      <span className="visually-hidden"> {topic.path}</span>
                    </button>
                  )}
                  <button type="button" className="button-link" onClick={() => onRetire(topic, !retired)}>
                    {retired ? t('topics.restore') : t('topics.retire')}
                    <span className="visually-hidden"> {topic.path}</span>
                  </button>
                </span>
              )}
            </div>
            {editing === topic.id && (
              <TopicEditForm
                topic={topic}
                parents={parentOptions(topics, topic.id)}
                owners={
                  owners.some((o) => o.value === topic.ownerUnitId)
                    ? owners
                    : [
                        // An archived owner stays selectable for the topic it already owns.
                        {
                          value: topic.ownerUnitId,
                          label: t('topics.archivedOwner', { unit: unitPaths.get(topic.ownerUnitId) ?? '' }),
                        },
                        ...owners,
                      ]
                }
                update={actions.update}
                onCancel={() => setEditing(null)}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) onSaved(saved);
                }}
              />
            )}
            {children.length > 0 && <TopicTreeList {...props} nodes={children} />}
          </li>
        );
      })}
    </ul>
  );
}
