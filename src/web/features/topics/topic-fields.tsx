/** The fields a topic is created or changed with, shared by the create and edit forms. */
import { useTranslation } from 'react-i18next';
import { FAILURE_REASONS, type FailureReason } from '../../../core/contacts/taxonomy.js';
import type { FormErrors } from '../../api/problem.js';
import { SelectField, TextField } from '../../components/fields.js';
import type { Option } from './topic-view-model.js';

export const TOPIC_FIELDS = [
  'name',
  'parentId',
  'ownerUnitId',
  'defaultFailureReason',
  'searchWords',
] as const;

export interface TopicFieldValues {
  name: string;
  /** '' for the top of the catalogue. */
  parentId: string;
  ownerUnitId: string;
  /** '' for none. */
  defaultFailureReason: FailureReason | '';
  /** The search words as typed: comma-separated. */
  searchWords: string;
}

export function TopicFields({
  values,
  onChange,
  parents,
  owners,
  errors,
}: {
  values: TopicFieldValues;
  onChange: (values: TopicFieldValues) => void;
  parents: readonly Option[];
  owners: readonly Option[];
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof TopicFieldValues>(key: K) =>
    (value: string) =>
      onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        name="name"
        label={t('topics.name')}
        hint={t('topics.nameHint')}
        value={values.name}
        onChange={set('name')}
        required
        error={errors.byField.get('name')}
      />
      <SelectField
        name="parentId"
        label={t('topics.parent')}
        value={values.parentId}
        onChange={set('parentId')}
        options={[{ value: '', label: t('topics.noParent') }, ...parents]}
        error={errors.byField.get('parentId')}
      />
      <SelectField
        name="ownerUnitId"
        label={t('topics.owner')}
        hint={t('topics.ownerHint')}
        value={values.ownerUnitId}
        onChange={set('ownerUnitId')}
        options={[{ value: '', label: t('topics.chooseOwner'), disabled: true }, ...owners]}
        required
        error={errors.byField.get('ownerUnitId')}
      />
      <SelectField
        name="defaultFailureReason"
        label={t('topics.defaultFailureReason')}
        hint={t('topics.defaultFailureReasonHint')}
        value={values.defaultFailureReason}
        onChange={set('defaultFailureReason')}
        options={[
          { value: '', label: t('topics.noFailureReason') },
          ...FAILURE_REASONS.map((r) => ({ value: r, label: t(`topics.failureReasons.${r}`) })),
        ]}
        error={errors.byField.get('defaultFailureReason')}
      />
      <TextField
        name="searchWords"
        label={t('topics.searchWords')}
        hint={t('topics.searchWordsHint')}
        value={values.searchWords}
        onChange={set('searchWords')}
        error={errors.byField.get('searchWords')}
      />
    </>
  );
}
