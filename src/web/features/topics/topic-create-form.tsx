import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitSearchWords } from '../../../core/topics/search-words.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { FormAlert } from '../../components/messages.js';
import { TOPIC_FIELDS, TopicFields, type TopicFieldValues } from './topic-fields.js';
import type { Option } from './topic-view-model.js';
import type { Topic } from './types.js';
import type { TopicActions } from './use-topics.js';

const EMPTY: TopicFieldValues = {
  name: '',
  parentId: '',
  ownerUnitId: '',
  defaultFailureReason: '',
  searchWords: '',
};

/** Adds a topic at the top of the catalogue or below an existing one. */
export function TopicCreateForm({
  parents,
  owners,
  create,
  onDone,
}: {
  parents: readonly Option[];
  owners: readonly Option[];
  create: TopicActions['create'];
  onDone: (topic: Topic) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const { pending, error, run } = useSubmission();
  const errors = formErrorsOf(error, TOPIC_FIELDS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: Topic | undefined;
    const ok = await run(async () => {
      created = await create({
        name: values.name.trim(),
        parentId: values.parentId || null,
        ownerUnitId: values.ownerUnitId || undefined,
        defaultFailureReason: values.defaultFailureReason || null,
        searchWords: splitSearchWords(values.searchWords),
      });
    });
    if (ok && created) {
      // Keep parent and owner: topics are usually added several at a time under one parent.
      setValues({ ...values, name: '', defaultFailureReason: '', searchWords: '' });
      onDone(created);
    }
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert error={error} other={errors.other} />
      <TopicFields values={values} onChange={setValues} parents={parents} owners={owners} errors={errors} />
      <button type="submit" className="button-primary" disabled={pending}>
        {t('topics.create')}
      </button>
    </form>
  );
}
