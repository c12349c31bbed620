/**
 * /goals/manage (Mål): the goals in force, and for those who lead the improvement work a form to
 * set a new one and a way to archive one. A capacity measure (a count or a time) can be a goal in
 * the area Tillgänglig only: the form offers only that area for it, and the API refuses the rest.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalArea, MeasureKey } from '../../../core/signals/measures.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { formatDay } from '../telephony/report-format.js';
import { formatGoalValue, parseTarget } from './goal-format.js';
import { isCapacity, isSurveyMeasure, MEASURE_KEYS, unitOf } from './measure-units.js';
import { SurveyScopeField } from './survey-scope-field.js';
import type { Goal, GoalDirection, GoalLevel } from './types.js';
import { TableWrap } from '../../components/table-wrap.js';

const AREAS: readonly GoalArea[] = ['accessible', 'pleasant', 'trustworthy'];
const LEVELS: readonly GoalLevel[] = ['day', 'week', 'month', 'tertial', 'year'];
const LOWER_IS_BETTER = new Set([
  'abandoned',
  'meanQueueSeconds',
  'answeredOver120',
  'forwardedShare',
  'unresolvedShare',
  'failure_demand_share',
  'existing_case_share',
  'forwarded_share',
]);

export function GoalsListPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { resource, reload } = useApiGet<{ goals: Goal[] }>('/api/goals');
  const archiving = useSubmission();
  const [status, setStatus] = useStatus();
  const archive = async (goal: Goal) => {
    setStatus(null);
    if (await archiving.run(() => api.delete(`/api/goals/${goal.id}`))) {
      setStatus(t('goals.list.archived'));
      reload();
    }
  };
  return (
    <Page title={t('goals.list.title')}>
      <p className="lead">{t('goals.list.intro')}</p>
      <StatusMessage text={status} />
      <FormAlert error={archiving.error} />
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' &&
        (resource.data.goals.length === 0 ? (
          <p>{t('goals.list.none')}</p>
        ) : (
          <TableWrap>
            <table>
              <caption className="visually-hidden">{t('goals.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('goals.list.measure')}</th>
                  <th scope="col">{t('goals.list.target')}</th>
                  <th scope="col">{t('goals.status.area')}</th>
                  <th scope="col">{t('goals.status.level')}</th>
                  <th scope="col">{t('goals.list.validity')}</th>
                  <th scope="col">{t('goals.list.owner')}</th>
                  {can('goals:write') && (
                    <th scope="col">
                      <span className="visually-hidden">{t('goals.list.archive')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {resource.data.goals.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">
                      {t(`goals.measures.${g.measure}`)}
                      {g.isCapacity && <span className="tag">{t('goals.capacity')}</span>}
                    </th>
                    <td>
                      {t(`goals.directions.${g.direction}`)}{' '}
                      {formatGoalValue(g.target, g.unit, i18n.language)}
                    </td>
                    <td>{t(`goals.areas.${g.area}`)}</td>
                    <td>{t(`goals.levels.${g.level}`)}</td>
                    <td>
                      {g.validTo
                        ? t('goals.list.fromTo', {
                            from: formatDay(g.validFrom, i18n.language),
                            to: formatDay(g.validTo, i18n.language),
                          })
                        : t('goals.list.from', { from: formatDay(g.validFrom, i18n.language) })}
                    </td>
                    <td>{g.owner.name}</td>
                    {can('goals:write') && (
                      <td>
                        <button type="button" className="button-link" onClick={() => void archive(g)}>
                          {t('goals.list.archive')}
                          <span className="visually-hidden"> {t(`goals.measures.${g.measure}`)}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
      {can('goals:write') && <GoalForm onCreated={reload} />}
    </Page>
  );
}

function GoalForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<MeasureKey>('availability');
  const [area, setArea] = useState<GoalArea>('accessible');
  const [level, setLevel] = useState<GoalLevel>('week');
  const [direction, setDirection] = useState<GoalDirection>('at_least');
  const [target, setTarget] = useState('');
  const [validFrom, setValidFrom] = useState(() => new Date().toISOString().slice(0, 10));
  const [validTo, setValidTo] = useState('');
  const [minimumN, setMinimumN] = useState('30');
  const [scope, setScope] = useState('');
  const [local, setLocal] = useState<{ target?: string }>({});
  const [status, setStatus] = useStatus();
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, [
    'measure',
    'scope',
    'area',
    'level',
    'direction',
    'target',
    'validFrom',
    'validTo',
    'minimumN',
  ]);
  const unit = unitOf(measure);
  const capacity = isCapacity(measure);

  const chooseMeasure = (value: string) => {
    const key = value as MeasureKey;
    setMeasure(key);
    if (isCapacity(key)) setArea('accessible');
    setDirection(LOWER_IS_BETTER.has(key) ? 'at_most' : 'at_least');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const value = parseTarget(target, unit);
    setLocal(value === null ? { target: t('goals.form.targetRequired') } : {});
    if (value === null) return;
    const ok = await submission.run(() =>
      api.post('/api/goals', {
        measure,
        ...(isSurveyMeasure(measure) ? { scope } : {}),
        area,
        level,
        direction,
        target: value,
        validFrom,
        validTo: validTo || null,
        minimumN: Number(minimumN) || 30,
      }),
    );
    if (ok) {
      setStatus(t('goals.form.created'));
      setTarget('');
      onCreated();
    }
  };

  return (
    <section aria-labelledby="goal-form">
      <h2 id="goal-form">{t('goals.form.heading')}</h2>
      <StatusMessage text={status} />
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={submission.error} other={errors.other} />
        <SelectField
          name="measure"
          label={t('goals.form.measure')}
          value={measure}
          onChange={chooseMeasure}
          options={MEASURE_KEYS.map((m) => ({
            value: m,
            label: `${t(`goals.measures.${m}`)}${isCapacity(m) ? ` (${t('goals.capacity')})` : ''}`,
          }))}
          error={errors.byField.get('measure')}
        />
        {isSurveyMeasure(measure) && (
          <SurveyScopeField value={scope} onChange={setScope} error={errors.byField.get('scope')} />
        )}
        <SelectField
          name="area"
          label={t('goals.form.area')}
          hint={t('goals.form.areaHint')}
          value={area}
          onChange={(v) => setArea(v as GoalArea)}
          options={AREAS.map((a) => ({
            value: a,
            label: t(`goals.areas.${a}`),
            disabled: capacity && a !== 'accessible',
          }))}
          error={errors.byField.get('area')}
        />
        <SelectField
          name="level"
          label={t('goals.form.level')}
          value={level}
          onChange={(v) => setLevel(v as GoalLevel)}
          options={LEVELS.map((l) => ({ value: l, label: t(`goals.levels.${l}`) }))}
          error={errors.byField.get('level')}
        />
        <SelectField
          name="direction"
          label={t('goals.form.direction')}
          value={direction}
          onChange={(v) => setDirection(v as GoalDirection)}
          options={(['at_least', 'at_most'] as const).map((d) => ({
            value: d,
            label: t(`goals.directions.${d}`),
          }))}
          error={errors.byField.get('direction')}
        />
        <TextField
          name="target"
          label={t('goals.form.target')}
          hint={t(
            unit === 'share'
              ? 'goals.form.targetHintShare'
              : unit === 'seconds'
                ? 'goals.form.targetHintSeconds'
                : unit === 'index'
                  ? 'goals.form.targetHintIndex'
                  : unit === 'grade'
                    ? 'goals.form.targetHintGrade'
                    : 'goals.form.targetHintCount',
          )}
          inputMode="decimal"
          value={target}
          onChange={setTarget}
          required
          error={local.target ?? errors.byField.get('target')}
        />
        <TextField
          type="date"
          name="validFrom"
          label={t('goals.form.validFrom')}
          value={validFrom}
          onChange={setValidFrom}
          required
          error={errors.byField.get('validFrom')}
        />
        <TextField
          type="date"
          name="validTo"
          label={t('goals.form.validTo')}
          value={validTo}
          onChange={setValidTo}
          error={errors.byField.get('validTo')}
        />
        <TextField
          name="minimumN"
          label={t('goals.form.minimumN')}
          hint={t('goals.form.minimumNHint')}
          inputMode="numeric"
          value={minimumN}
          onChange={setMinimumN}
          error={errors.byField.get('minimumN')}
        />
        <button type="submit" className="button-primary" disabled={submission.pending}>
          {t('goals.form.submit')}
        </button>
      </form>
    </section>
  );
}
