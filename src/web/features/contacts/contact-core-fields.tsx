/**
 * What every contact states: topic, need (and for a problem, its kind), how it ended (and for a
 * forwarded contact, to whom, what was done and what the receiver is to do), and whether it was
 * failure demand, defaulted by the core rule until the guide says otherwise.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FORWARD_TEXT_MAX_LENGTH } from '../../../core/contacts/contact-rules.js';
import { FAILURE_REASONS, NEEDS, PROBLEM_KINDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import type { Unit } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { unitNamesById, unitOptions } from '../units/unit-view-model.js';
import { ChoiceGroup } from './choice-group.js';
import { failureDemandShown, resolutionChange, type ContactDraft } from './contact-draft.js';
import type { ContactFormErrors } from './contact-errors.js';
import { TextArea } from './contact-inputs.js';
import type { FailureReason, Topic } from './contact-types.js';
import { PersonalDataWarning } from './personal-data-warning.js';
import { NEED_KEYS, PROBLEM_KIND_KEYS, RESOLUTION_KEYS } from './shortcuts.js';
import { TopicCombobox } from './topic-combobox.js';
import type { TopicUsage } from './topic-search.js';

export interface ContactFieldsProps {
  draft: ContactDraft;
  change: (changes: Partial<ContactDraft>) => void;
  topics: readonly Topic[];
  units: readonly Unit[];
  errors: ContactFormErrors;
}

export function ContactCoreFields({
  draft,
  change,
  topics,
  units,
  errors,
  usage,
  showShortcuts,
  onTopicPicked,
  topicInputRef,
}: ContactFieldsProps & {
  usage: TopicUsage;
  showShortcuts: boolean;
  onTopicPicked: () => void;
  topicInputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const topic = topics.find((x) => x.id === draft.topicId);
  const owner = topic ? unitNamesById(units).get(topic.ownerUnitId) : undefined;
  const err = (field: string) => errors.byField.get(field);
  return (
    <>
      <TopicCombobox
        topics={topics}
        usage={usage}
        value={draft.topicId}
        onChange={(topicId) => change({ topicId })}
        onPicked={onTopicPicked}
        error={err('topicId')}
        note={owner ? t('contacts.fields.topicOwner', { unit: owner }) : undefined}
        inputRef={topicInputRef}
      />
      <ChoiceGroup
        legend={t('contacts.fields.need')}
        name="need"
        className="choice-group-need"
        value={draft.need}
        onChange={(need) => change({ need })}
        error={err('need')}
        choices={NEEDS.map((need) => ({
          value: need,
          label: t(`contacts.needs.${need}`),
          shortcut: showShortcuts ? NEED_KEYS[need] : undefined,
        }))}
      />
      {draft.need === 'problem' && (
        <ChoiceGroup
          legend={t('contacts.fields.problemKind')}
          name="problemKind"
          value={draft.problemKind}
          onChange={(problemKind) => change({ problemKind })}
          error={err('problemKind')}
          choices={PROBLEM_KINDS.map((kind) => ({
            value: kind,
            label: t(`contacts.problemKinds.${kind}`),
            shortcut: showShortcuts ? PROBLEM_KIND_KEYS[kind] : undefined,
          }))}
        />
      )}
      <ChoiceGroup
        legend={t('contacts.fields.resolution')}
        name="resolution"
        className="choice-group-resolution"
        value={draft.resolution}
        onChange={(resolution) => change(resolutionChange(draft, resolution, topic, units))}
        error={err('resolution')}
        choices={RESOLUTIONS.map((resolution) => ({
          value: resolution,
          label: t(`contacts.resolutions.${resolution}`),
          shortcut: showShortcuts ? RESOLUTION_KEYS[resolution] : undefined,
        }))}
      />
      {draft.resolution === 'forwarded' && (
        <div className="conditional">
          <SelectField
            name="forwardedToUnitId"
            label={t('contacts.fields.forwardedTo')}
            value={draft.forwardedToUnitId}
            onChange={(forwardedToUnitId) => change({ forwardedToUnitId })}
            options={[{ value: '', label: t('contacts.fields.chooseUnit') }, ...unitOptions(units)]}
            error={err('forwardedToUnitId')}
            required
          />
          <TextArea
            name="forwardDone"
            label={t('contacts.fields.forwardDone')}
            value={draft.forwardDone}
            onChange={(forwardDone) => change({ forwardDone })}
            error={err('forwardDone')}
            maxLength={FORWARD_TEXT_MAX_LENGTH}
            required
            after={(id) => <PersonalDataWarning id={id} text={draft.forwardDone} />}
          />
          <TextArea
            name="forwardExpected"
            label={t('contacts.fields.forwardExpected')}
            value={draft.forwardExpected}
            onChange={(forwardExpected) => change({ forwardExpected })}
            error={err('forwardExpected')}
            maxLength={FORWARD_TEXT_MAX_LENGTH}
            required
            after={(id) => <PersonalDataWarning id={id} text={draft.forwardExpected} />}
          />
        </div>
      )}
    </>
  );
}

/**
 * Failure demand: yes or no, with a reason for yes. Until the guide answers, it shows the
 * default of the core rule (the one the server applies) and why; `canReset` offers to go back
 * to the default (a new contact; a correction cannot un-choose).
 */
export function FailureDemandFields({
  draft,
  change,
  topics,
  errors,
  canReset,
}: Omit<ContactFieldsProps, 'units'> & { canReset: boolean }) {
  const { t } = useTranslation();
  const topic = topics.find((x) => x.id === draft.topicId);
  const shown = failureDemandShown(draft, topic);
  const hint = shown.overridden
    ? t('contacts.fields.failureOverridden')
    : shown.basis
      ? t('contacts.fields.failureDefault', { basis: t(`contacts.failureBasis.${shown.basis}`) })
      : t('contacts.fields.failureNoNeed');
  const choose = (isFailureDemand: boolean, reason: FailureReason | '' = shown.reason) =>
    change({ failureDemand: { overridden: true, isFailureDemand, reason: isFailureDemand ? reason : '' } });
  return (
    <div className="failure-demand">
      <ChoiceGroup
        legend={t('contacts.fields.failureDemand')}
        name="isFailureDemand"
        hint={hint}
        value={draft.need === null && !shown.overridden ? null : shown.isFailureDemand ? 'yes' : 'no'}
        onChange={(answer) => choose(answer === 'yes')}
        choices={[
          { value: 'yes', label: t('contacts.fields.failureYes') },
          { value: 'no', label: t('contacts.fields.failureNo') },
        ]}
      />
      {shown.isFailureDemand && (
        <SelectField
          name="failureReason"
          label={t('contacts.fields.failureReason')}
          value={shown.reason}
          onChange={(reason) => choose(true, reason as FailureReason | '')}
          options={[
            { value: '', label: t('contacts.fields.chooseReason') },
            ...FAILURE_REASONS.map((r) => ({ value: r, label: t(`contacts.failureReasons.${r}`) })),
          ]}
          error={errors.byField.get('failureReason')}
        />
      )}
      {canReset && shown.overridden && (
        <button
          type="button"
          className="button-link"
          onClick={() => change({ failureDemand: { overridden: false } })}
        >
          {t('contacts.fields.useDefault')}
        </button>
      )}
    </div>
  );
}
