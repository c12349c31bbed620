/**
 * /improvements/new: a new improvement. Started from the "fix first" list (?topicId=&unitId=)
 * or from a signal (?signalId=), the form comes filled in from there. Its before is measured by
 * the API when it is created.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FAILURE_REASONS, NEEDS, type FailureReason, type Need } from '../../../core/contacts/taxonomy.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { CheckboxField, FieldGroup, SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { ForbiddenPage } from '../not-found/not-found-page.js';
import type { Topic } from '../topics/types.js';
import { ChosenTargets } from './chosen-targets.js';
import { CycleFields, cycleOf, type CycleInput } from './cycle-fields.js';
import type { Improvement } from './types.js';

const FIELDS = [
  'title',
  'problem',
  'ownerUnitId',
  'targets',
  'targets.topicIds',
  'dueOn',
  'notes',
  'baselineWeeks',
  'cycle.weeks',
  'cycle.startsOn',
];

export function ImprovementFormPage() {
  const { t } = useTranslation();
  const can = useCan();
  const units = useApiGet<{ units: Unit[] }>('/api/units');
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics');
  if (!can('improvements:write')) return <ForbiddenPage />;
  return (
    <Page title={t('improvements.form.heading')}>
      {(units.resource.status === 'loading' || topics.resource.status === 'loading') && <Loading />}
      {units.resource.status === 'error' && <LoadError error={units.resource.error} />}
      {topics.resource.status === 'error' && <LoadError error={topics.resource.error} />}
      {units.resource.status === 'ready' && topics.resource.status === 'ready' && (
        <ImprovementForm units={units.resource.data.units} topics={topics.resource.data.topics} />
      )}
    </Page>
  );
}

function ImprovementForm({ units, topics }: { units: readonly Unit[]; topics: readonly Topic[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signalId = params.get('signalId');
  const fromFixFirst = params.get('source') === 'fix_first';
  const presetTopic = topics.find((x) => x.id === params.get('topicId'));
  const [title, setTitle] = useState(presetTopic ? presetTopic.path : '');
  const [problem, setProblem] = useState('');
  const [ownerUnitId, setOwnerUnitId] = useState(params.get('unitId') ?? presetTopic?.ownerUnitId ?? '');
  const [topicIds, setTopicIds] = useState<string[]>(presetTopic ? [presetTopic.id] : []);
  const [needs, setNeeds] = useState<Need[]>([]);
  const [reasons, setReasons] = useState<FailureReason[]>([]);
  const [filter, setFilter] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [notes, setNotes] = useState('');
  const [baselineWeeks, setBaselineWeeks] = useState('12');
  const [cycle, setCycle] = useState<CycleInput>({ weeks: '', startsOn: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, FIELDS);
  const liveTopics = useMemo(
    () =>
      topics
        .filter((x) => x.retiredAt === null)
        .filter(
          (x) =>
            !filter.trim() || x.path.toLocaleLowerCase('sv').includes(filter.trim().toLocaleLowerCase('sv')),
        )
        .sort((a, b) => a.path.localeCompare(b.path, 'sv')),
    [topics, filter],
  );
  const activeUnits = units.filter((u) => u.archivedAt === null);
  const toggle = <T,>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found['title'] = t('improvements.form.titleRequired');
    if (!problem.trim()) found['problem'] = t('improvements.form.problemRequired');
    if (!ownerUnitId) found['ownerUnitId'] = t('improvements.form.ownerRequired');
    if (topicIds.length + needs.length + reasons.length === 0)
      found['targets'] = t('improvements.form.targetsRequired');
    const cycleBody = cycleOf(cycle);
    if (cycleBody === 'incomplete')
      found[cycle.weeks.trim() ? 'cycle.startsOn' : 'cycle.weeks'] = t('improvements.form.cycleBoth');
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    await submission.run(async () => {
      const created = await api.post<Improvement>('/api/improvements', {
        title: title.trim(),
        problem: problem.trim(),
        ownerUnitId,
        targets: { topicIds, needs, failureReasons: reasons },
        ...(dueOn ? { dueOn } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        baselineWeeks: Number(baselineWeeks) || 12,
        ...(cycleBody && cycleBody !== 'incomplete' ? { cycle: cycleBody } : {}),
        ...(signalId ? { sourceSignalId: signalId } : fromFixFirst ? { source: 'fix_first' } : {}),
      });
      void navigate(`/improvements/${created.id}`, { state: { created: true } });
    });
  };

  const error = (field: string) => local[field] ?? errors.byField.get(field);
  return (
    <form className="form improvement-form" noValidate onSubmit={(e) => void submit(e)}>
      {signalId && (
        <p className="notice">{t('improvements.form.fromSignal', { signal: signalId.slice(0, 8) })}</p>
      )}
      {fromFixFirst && <p className="notice">{t('improvements.form.fromFixFirst')}</p>}
      <FormAlert error={submission.error} other={errors.other} />
      <TextField
        name="title"
        label={t('improvements.form.title')}
        value={title}
        onChange={setTitle}
        required
        error={error('title')}
      />
      <div className="field">
        <label htmlFor="improvement-problem">{t('improvements.form.problem')}</label>
        <p className="field-hint" id="improvement-problem-hint">
          {t('improvements.form.problemHint')}
        </p>
        {error('problem') && (
          <p className="field-error" id="improvement-problem-error">
            {error('problem')}
          </p>
        )}
        <textarea
          id="improvement-problem"
          rows={4}
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          aria-invalid={error('problem') ? true : undefined}
          aria-describedby={`improvement-problem-hint${error('problem') ? ' improvement-problem-error' : ''}`}
        />
      </div>
      <SelectField
        name="ownerUnitId"
        label={t('improvements.form.owner')}
        value={ownerUnitId}
        onChange={setOwnerUnitId}
        options={[{ value: '', label: '–' }, ...activeUnits.map((u) => ({ value: u.id, label: u.name }))]}
        required
        error={error('ownerUnitId')}
      />
      <FieldGroup
        legend={t('improvements.form.targets')}
        error={error('targets') ?? errors.byField.get('targets.topicIds')}
      >
        <p className="field-hint">{t('improvements.form.targetsHint')}</p>
        <ChosenTargets
          targets={[
            ...topicIds.map((id) => ({
              key: `topic-${id}`,
              kind: t('improvements.form.topic'),
              label: topics.find((x) => x.id === id)?.path ?? id,
              onRemove: () => setTopicIds(topicIds.filter((v) => v !== id)),
            })),
            ...needs.map((n) => ({
              key: `need-${n}`,
              kind: t('improvements.form.need'),
              label: t(`contacts.needs.${n}`),
              onRemove: () => setNeeds(needs.filter((v) => v !== n)),
            })),
            ...reasons.map((r) => ({
              key: `reason-${r}`,
              kind: t('improvements.form.reason'),
              label: t(`contacts.failureReasons.${r}`),
              onRemove: () => setReasons(reasons.filter((v) => v !== r)),
            })),
          ]}
        />
        <fieldset className="field-group">
          <legend>{t('improvements.form.topics')}</legend>
          <p className="field-hint">{t('improvements.form.topicsHint')}</p>
          <TextField
            name="topicFilter"
            label={t('improvements.form.topicFilter')}
            value={filter}
            onChange={setFilter}
          />
          <div className="checkbox-scroll">
            {liveTopics.map((x) => (
              <CheckboxField
                key={x.id}
                name="topicIds"
                value={x.id}
                label={x.path}
                checked={topicIds.includes(x.id)}
                onChange={(on) => setTopicIds(toggle(topicIds, x.id, on))}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="field-group">
          <legend>{t('improvements.form.needs')}</legend>
          {NEEDS.map((n) => (
            <CheckboxField
              key={n}
              name="needs"
              value={n}
              label={t(`contacts.needs.${n}`)}
              checked={needs.includes(n)}
              onChange={(on) => setNeeds(toggle(needs, n, on))}
            />
          ))}
        </fieldset>
        <fieldset className="field-group">
          <legend>{t('improvements.form.reasons')}</legend>
          {FAILURE_REASONS.map((r) => (
            <CheckboxField
              key={r}
              name="failureReasons"
              value={r}
              label={t(`contacts.failureReasons.${r}`)}
              checked={reasons.includes(r)}
              onChange={(on) => setReasons(toggle(reasons, r, on))}
            />
          ))}
        </fieldset>
      </FieldGroup>
      <TextField
        type="date"
        name="dueOn"
        label={t('improvements.form.due')}
        value={dueOn}
        onChange={setDueOn}
        error={error('dueOn')}
      />
      <div className="field">
        <label htmlFor="improvement-notes">{t('improvements.form.notes')}</label>
        <textarea id="improvement-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <TextField
        name="baselineWeeks"
        inputMode="numeric"
        label={t('improvements.form.baselineWeeks')}
        hint={t('improvements.form.baselineWeeksHint')}
        value={baselineWeeks}
        onChange={setBaselineWeeks}
        error={error('baselineWeeks')}
      />
      <CycleFields
        value={cycle}
        onChange={setCycle}
        errors={{ weeks: error('cycle.weeks'), startsOn: error('cycle.startsOn') }}
      />
      <button type="submit" className="button-primary" disabled={submission.pending}>
        {t('improvements.form.submit')}
      </button>
    </form>
  );
}
