import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert } from '../../components/messages.js';
import { joinSearchWords, splitSearchWords } from '../../../core/topics/search-words.js';
import { TOPIC_FIELDS, TopicFields, type TopicFieldValues } from './topic-fields.js';
import type { Option } from './topic-view-model.js';
import type { Topic, TopicChanges } from './types.js';
import type { TopicActions } from './use-topics.js';

/** Only what differs from the topic, so the audit trail names exactly what was changed. */
export function changesOf(topic: Topic, values: TopicFieldValues): TopicChanges {
  const changes: TopicChanges = {};
  const name = values.name.trim();
  if (name !== topic.name) changes.name = name;
  const parentId = values.parentId || null;
  if (parentId !== topic.parentId) changes.parentId = parentId;
  if (values.ownerUnitId !== topic.ownerUnitId) changes.ownerUnitId = values.ownerUnitId;
  const reason = values.defaultFailureReason || null;
  if (reason !== topic.defaultFailureReason) changes.defaultFailureReason = reason;
  const words = splitSearchWords(values.searchWords);
  if (words.join('\n') !== topic.searchWords.join('\n')) changes.searchWords = words;
  return changes;
}

/** Rename, move, re-own or change the default failure reason of one topic, in place in the tree. */
export function TopicEditForm({
  topic,
  parents,
  owners,
  update,
  onDone,
  onCancel,
}: {
  topic: Topic;
  parents: readonly Option[];
  owners: readonly Option[];
  update: TopicActions['update'];
  onDone: (topic: Topic | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TopicFieldValues>({
    name: topic.name,
    parentId: topic.parentId ?? '',
    ownerUnitId: topic.ownerUnitId,
    defaultFailureReason: topic.defaultFailureReason ?? '',
    searchWords: joinSearchWords(topic.searchWords),
  });
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, TOPIC_FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const changes = changesOf(topic, values);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    let saved: Topic | undefined;
    if ((await run(async () => (saved = await update(topic.id, changes)))) && saved) onDone(saved);
  };
  return (
    <form
      className="form form-inline"
      noValidate
      aria-label={t('topics.editHeading', { name: topic.name })}
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert error={error} other={errors.other} />
      <TopicFields values={values} onChange={setValues} parents={parents} owners={owners} errors={errors} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
