/**
 * A survey's invitation rules (issue #15): which channels, needs and topics; the sampling share;
 * the quarantine; the daily cap; the delay after the contact; the send windows of e-mail and text
 * messages; the link's life and the reminder. Read-only for those who may not change surveys.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NEEDS } from '../../../core/contacts/taxonomy.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import type { Topic } from '../topics/types.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { CheckboxField, FieldGroup, SelectField, TextField } from '../../components/fields.js';
import { FormAlert, reportFailure } from '../../components/messages.js';
import { useCan } from '../../session/session.js';
import {
  parseRulesDraft,
  rulesDraft,
  type DraftError,
  type RulesDraft,
  type WindowDraft,
} from './rules-draft.js';
import type { Survey } from './types.js';

const FIELDS = [
  'rules.channels',
  'rules.needs',
  'rules.topics',
  'rules.samplingShare',
  'rules.quarantineDays',
  'rules.dailyCap',
  'rules.delayMinutes',
  'rules.windows.email',
  'rules.windows.sms',
  'linkValidDays',
  'reminderAfterDays',
];

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function SurveyRulesForm({ survey, onSaved }: { survey: Survey; onSaved: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics');
  const [draft, setDraft] = useState<RulesDraft>(() =>
    rulesDraft(survey.rules, survey.linkValidDays, survey.reminderAfterDays),
  );
  const [local, setLocal] = useState<Map<string, DraftError>>(new Map());
  const submission = useSubmission();
  const server = formErrorsOf(submission.error, FIELDS);
  const error = (key: string) => {
    const own = local.get(key);
    return own ? t(`surveys.rules.errors.${own}`) : server.byField.get(key);
  };
  const set = (patch: Partial<RulesDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseRulesDraft(draft);
    if (!parsed.ok) {
      setLocal(parsed.errors);
      submission.reset();
      reportFailure();
      return;
    }
    setLocal(new Map());
    if (await submission.run(() => api.patch(`/api/surveys/${survey.id}`, parsed.change))) onSaved();
  };
  if (survey.audience === 'departments') return null;
  const readOnly = !can('surveys:write');
  const window = (medium: 'email' | 'sms', w: WindowDraft) => (
    <FieldGroup legend={t(`surveys.rules.window.${medium}`)} error={error(`rules.windows.${medium}`)}>
      <div className="inline-fields">
        <TextField
          name={`${medium}-from`}
          label={t('surveys.rules.window.from')}
          inputMode="numeric"
          value={w.from}
          onChange={(v) => set({ [medium]: { ...w, from: v } })}
        />
        <TextField
          name={`${medium}-to`}
          label={t('surveys.rules.window.to')}
          inputMode="numeric"
          value={w.to}
          onChange={(v) => set({ [medium]: { ...w, to: v } })}
        />
        <SelectField
          name={`${medium}-days`}
          label={t('surveys.rules.window.days')}
          value={w.days}
          onChange={(v) => set({ [medium]: { ...w, days: v as WindowDraft['days'] } })}
          options={(['every_day', 'not_sundays_or_holidays'] as const).map((d) => ({
            value: d,
            label: t(`surveys.rules.window.dayOptions.${d}`),
          }))}
        />
      </div>
    </FieldGroup>
  );
  const topicList =
    topics.resource.status === 'ready' ? topics.resource.data.topics.filter((x) => !x.retiredAt) : [];
  return (
    <section aria-labelledby="survey-rules-heading">
      <h2 id="survey-rules-heading">{t('surveys.rules.heading')}</h2>
      <p>{t('surveys.rules.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} className="stacked-form">
        <fieldset disabled={readOnly} className="plain-fieldset">
          <legend className="visually-hidden">{t('surveys.rules.heading')}</legend>
          <FormAlert error={submission.error} other={server.other} />
          <FieldGroup legend={t('surveys.rules.channels')} error={error('rules.channels')}>
            {CHANNELS.map((c) => (
              <CheckboxField
                key={c}
                name="channels"
                value={c}
                label={t(`contacts.channels.${c}`)}
                checked={draft.channels.includes(c)}
                onChange={(on) => set({ channels: toggle(draft.channels, c, on) })}
              />
            ))}
          </FieldGroup>
          <FieldGroup legend={t('surveys.rules.needs')} error={error('rules.needs')}>
            <CheckboxField
              name="allNeeds"
              label={t('surveys.rules.allNeeds')}
              checked={draft.needs === null}
              onChange={(on) => set({ needs: on ? null : [] })}
            />
            {draft.needs !== null &&
              NEEDS.map((n) => (
                <CheckboxField
                  key={n}
                  name="needs"
                  value={n}
                  label={t(`contacts.needs.${n}`)}
                  checked={draft.needs?.includes(n) ?? false}
                  onChange={(on) => set({ needs: toggle(draft.needs ?? [], n, on) })}
                />
              ))}
          </FieldGroup>
          <FieldGroup legend={t('surveys.rules.topics')} error={error('rules.topics')}>
            <CheckboxField
              name="allTopics"
              label={t('surveys.rules.allTopics')}
              checked={draft.topics === null}
              onChange={(on) => set({ topics: on ? null : [] })}
            />
            {draft.topics !== null && (
              <div className="topic-checklist">
                {topicList.map((topic) => (
                  <CheckboxField
                    key={topic.id}
                    name="topics"
                    value={topic.id}
                    label={topic.name}
                    checked={draft.topics?.includes(topic.id) ?? false}
                    onChange={(on) => set({ topics: toggle(draft.topics ?? [], topic.id, on) })}
                  />
                ))}
              </div>
            )}
          </FieldGroup>
          <div className="inline-fields">
            <TextField
              name="samplingPercent"
              label={t('surveys.rules.sampling')}
              hint={t('surveys.rules.samplingHint')}
              inputMode="decimal"
              value={draft.samplingPercent}
              onChange={(v) => set({ samplingPercent: v })}
              error={error('rules.samplingShare')}
            />
            <TextField
              name="quarantineDays"
              label={t('surveys.rules.quarantine')}
              hint={t('surveys.rules.quarantineHint')}
              inputMode="numeric"
              value={draft.quarantineDays}
              onChange={(v) => set({ quarantineDays: v })}
              error={error('rules.quarantineDays')}
            />
            <TextField
              name="dailyCap"
              label={t('surveys.rules.cap')}
              hint={t('surveys.rules.capHint')}
              inputMode="numeric"
              value={draft.dailyCap}
              onChange={(v) => set({ dailyCap: v })}
              error={error('rules.dailyCap')}
            />
            <TextField
              name="delayMinutes"
              label={t('surveys.rules.delay')}
              hint={t('surveys.rules.delayHint')}
              inputMode="numeric"
              value={draft.delayMinutes}
              onChange={(v) => set({ delayMinutes: v })}
              error={error('rules.delayMinutes')}
            />
          </div>
          {window('email', draft.email)}
          {window('sms', draft.sms)}
          <div className="inline-fields">
            <TextField
              name="linkValidDays"
              label={t('surveys.rules.expiry')}
              hint={t('surveys.rules.expiryHint')}
              inputMode="numeric"
              value={draft.linkValidDays}
              onChange={(v) => set({ linkValidDays: v })}
              error={error('linkValidDays')}
            />
            <TextField
              name="reminderAfterDays"
              label={t('surveys.rules.reminder')}
              hint={t('surveys.rules.reminderHint')}
              inputMode="numeric"
              value={draft.reminderAfterDays}
              onChange={(v) => set({ reminderAfterDays: v })}
              error={error('reminderAfterDays')}
            />
          </div>
          {!readOnly && (
            <button type="submit" className="button-primary" disabled={submission.pending}>
              {t('surveys.rules.save')}
            </button>
          )}
        </fieldset>
      </form>
    </section>
  );
}
