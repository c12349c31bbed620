/**
 * /goals/charts (Styrdiagram): a measure's control chart over chosen days, kept in the URL
 * (?measure=&from=&to=), with its table alternative, its baselines, and for those who lead the
 * improvement work a form to set a new baseline (the limits change from its start on).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MeasureKey } from '../../../core/signals/measures.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { Chart } from '../analysis/chart.js';
import { formatDay, formatShortDay } from '../telephony/report-format.js';
import { controlChartOption, plottedPoints, rulesByDay, RULE_NUMBERS } from './control-chart-option.js';
import { formatGoalValue } from './goal-format.js';
import { isSurveyMeasure, MEASURE_KEYS } from './measure-units.js';
import { SurveyScopeField } from './survey-scope-field.js';
import type { ControlChartAnswer } from './types.js';
import { TableWrap } from '../../components/table-wrap.js';

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

export function ControlChartPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const measure = (params.get('measure') ?? 'availability') as MeasureKey;
  const from = params.get('from') ?? day(-120);
  const to = params.get('to') ?? day(-1);
  // A survey measure is about one survey's dimension or question (?scope=survey:...).
  const scope = isSurveyMeasure(measure) ? (params.get('scope') ?? '') : 'all';
  const [draft, setDraft] = useState({ measure, from, to, scope });
  const query = new URLSearchParams({ measure, scope, from, to }).toString();
  const { resource, reload } = useApiGet<ControlChartAnswer>(`/api/charts?${query}`);

  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams({
      measure: draft.measure,
      from: draft.from,
      to: draft.to,
      ...(isSurveyMeasure(draft.measure) ? { scope: draft.scope } : {}),
    });
  };

  return (
    <Page title={t('goals.charts.title')}>
      <p className="lead">{t('goals.charts.intro')}</p>
      <form className="form form-inline" noValidate onSubmit={show}>
        <SelectField
          name="measure"
          label={t('goals.charts.measure')}
          value={draft.measure}
          onChange={(v) => setDraft({ ...draft, measure: v as MeasureKey })}
          options={MEASURE_KEYS.map((m) => ({ value: m, label: t(`goals.measures.${m}`) }))}
        />
        {isSurveyMeasure(draft.measure) && (
          <SurveyScopeField value={draft.scope} onChange={(v) => setDraft((d) => ({ ...d, scope: v }))} />
        )}
        <TextField
          type="date"
          name="from"
          label={t('goals.charts.from')}
          value={draft.from}
          onChange={(v) => setDraft({ ...draft, from: v })}
        />
        <TextField
          type="date"
          name="to"
          label={t('goals.charts.to')}
          value={draft.to}
          onChange={(v) => setDraft({ ...draft, to: v })}
        />
        <button type="submit" className="button-primary">
          {t('goals.charts.show')}
        </button>
      </form>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' && <ChartView chart={resource.data} onBaseline={reload} />}
    </Page>
  );
}

function ChartView({ chart, onBaseline }: { chart: ControlChartAnswer; onBaseline: () => void }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const lang = i18n.language;
  const points = plottedPoints(chart);
  const measureName = t(`goals.measures.${chart.measure}`);
  const rules = rulesByDay(chart);
  const baselineStarts = new Set(chart.baselines.map((b) => b.startDay));
  const option = controlChartOption(
    chart,
    {
      value: t('goals.charts.value_series'),
      centre: t('goals.charts.centre_series'),
      limits: t('goals.charts.limits_series'),
      signal: t('goals.charts.signal'),
      baseline: t('goals.charts.baselineMark'),
      rule: (rule) => t(`goals.rules.${rule}`),
    },
    lang,
  );
  return (
    <>
      <h2>
        {measureName}:{' '}
        {t(
          chart.kind === 'p'
            ? 'goals.charts.kindP'
            : chart.kind === 'xbar'
              ? 'goals.charts.kindXbar'
              : 'goals.charts.kindXmr',
        )}
      </h2>
      {chart.baselines.length === 0 && <p className="notice">{t('goals.charts.noBaseline')}</p>}
      <Chart
        option={option}
        height={360}
        label={t('goals.charts.chartLabel', {
          measure: measureName,
          from: formatDay(chart.from, lang),
          to: formatDay(chart.to, lang),
          points: points.length,
          signals: chart.signals.length,
        })}
      />
      <details className="chart-table">
        <summary>{t('goals.charts.table')}</summary>
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('goals.charts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('goals.charts.day')}</th>
                <th scope="col" className="numeric">
                  {t('goals.charts.value')}
                </th>
                <th scope="col" className="numeric">
                  {t('goals.charts.lower')}
                </th>
                <th scope="col" className="numeric">
                  {t('goals.charts.centre')}
                </th>
                <th scope="col" className="numeric">
                  {t('goals.charts.upper')}
                </th>
                <th scope="col">{t('goals.charts.signal')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => {
                const fired = rules.get(p.day) ?? [];
                return (
                  <tr key={p.day}>
                    <th scope="row">
                      {formatShortDay(p.day, lang)}
                      {baselineStarts.has(p.day) && (
                        <span className="tag">{t('goals.charts.baselineMark')}</span>
                      )}
                    </th>
                    <td className="numeric">{formatGoalValue(p.value, chart.unit, lang)}</td>
                    <td className="numeric">{formatGoalValue(p.limits?.lower, chart.unit, lang)}</td>
                    <td className="numeric">{formatGoalValue(p.limits?.centre, chart.unit, lang)}</td>
                    <td className="numeric">{formatGoalValue(p.limits?.upper, chart.unit, lang)}</td>
                    <td>
                      {fired
                        .map(
                          (r) => `${t('goals.charts.signal')} ${RULE_NUMBERS[r]}: ${t(`goals.rules.${r}`)}`,
                        )
                        .join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </details>
      <h2>{t('goals.charts.baselines')}</h2>
      {chart.baselines.length === 0 ? (
        <p>{t('goals.charts.baselineNone')}</p>
      ) : (
        <ul>
          {chart.baselines.map((b) => (
            <li key={b.id}>
              {t('goals.charts.baselineItem', {
                from: formatDay(b.from, lang),
                to: formatDay(b.to, lang),
                name: b.setBy.name,
                reason: b.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      {can('goals:write') && <BaselineForm measure={chart.measure} scope={chart.scope} onSet={onBaseline} />}
    </>
  );
}

function BaselineForm({ measure, scope, onSet }: { measure: MeasureKey; scope: string; onSet: () => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(day(-90));
  const [to, setTo] = useState(day(-1));
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [status, setStatus] = useStatus();
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['from', 'to', 'reason']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setLocal(reason.trim() ? null : t('goals.charts.reasonRequired'));
    if (!reason.trim()) return;
    if (
      await submission.run(() =>
        api.post('/api/charts/baselines', { measure, scope, from, to, reason: reason.trim() }),
      )
    ) {
      setStatus(t('goals.charts.baselineSet'));
      setReason('');
      onSet();
    }
  };
  return (
    <section aria-labelledby="baseline-form">
      <h3 id="baseline-form">{t('goals.charts.setBaseline')}</h3>
      <StatusMessage text={status} />
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={submission.error} other={errors.other} />
        <TextField
          type="date"
          name="from"
          label={t('goals.charts.baselineFrom')}
          value={from}
          onChange={setFrom}
          error={errors.byField.get('from')}
        />
        <TextField
          type="date"
          name="to"
          label={t('goals.charts.baselineTo')}
          value={to}
          onChange={setTo}
          error={errors.byField.get('to')}
        />
        <TextField
          name="reason"
          label={t('goals.charts.reason')}
          hint={t('goals.charts.reasonHint')}
          value={reason}
          onChange={setReason}
          required
          error={local ?? errors.byField.get('reason')}
        />
        <button type="submit" className="button-primary" disabled={submission.pending}>
          {t('goals.charts.setBaseline')}
        </button>
      </form>
    </section>
  );
}
