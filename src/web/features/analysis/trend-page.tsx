/**
 * /analysis/trend: any measure as a time series, and the change of that measure between the
 * filter bar's period and a base period, with its 95 % interval in words, so that a manager can
 * tell a change from noise.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TREND_MEASURES,
  type ChangeAnalysis,
  type SeriesInterval,
  type TrendAnalysis,
  type TrendMeasure,
} from '../../../core/analysis/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { bucketLabel, changeWords } from './analysis-format.js';
import { ResultView, useChartSummary, useLocale, useTables } from './analysis-parts.js';
import {
  analysisCsvPath,
  basePeriodOf,
  intervalOf,
  measureOf,
  periodErrors,
  type AnalysisFilters,
  trendApiPaths,
  type PeriodError,
} from './analysis-query.js';
import { categoryChart } from './chart-options.js';
import { ChartSection, TableAlternative, CsvDownload } from './chart-section.js';
import { bucketTarget, contactListHref } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

function TrendChoices({
  measure,
  interval,
  onApply,
}: {
  measure: TrendMeasure;
  interval: SeriesInterval;
  onApply: (measure: TrendMeasure, interval: SeriesInterval) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ measure, interval });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft.measure, draft.interval);
  };
  return (
    <form
      className="filters analysis-choices"
      noValidate
      onSubmit={submit}
      aria-labelledby="trend-choices-heading"
    >
      <h3 id="trend-choices-heading">{t('analysis.trend.choicesHeading')}</h3>
      <div className="filter-grid">
        <SelectField
          name="measure"
          label={t('analysis.trend.measure')}
          value={draft.measure}
          onChange={(value) => setDraft((d) => ({ ...d, measure: value as TrendMeasure }))}
          options={TREND_MEASURES.map((m) => ({ value: m, label: t(`analysis.measures.${m}`) }))}
        />
        <SelectField
          name="interval"
          label={t('analysis.interval.label')}
          value={draft.interval}
          onChange={(value) => setDraft((d) => ({ ...d, interval: value as SeriesInterval }))}
          options={(['month', 'week'] as const).map((i) => ({
            value: i,
            label: t(`analysis.interval.${i}`),
          }))}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('analysis.trend.show')}
        </button>
      </div>
    </form>
  );
}

function TrendChart({
  data,
  filters,
  csvPath,
}: {
  data: TrendAnalysis;
  filters: AnalysisFilters;
  csvPath: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('trend', data);
  const summary = useChartSummary();
  const unit = data.measure === 'contacts' ? 'count' : 'share';
  const title = t(`analysis.measures.${data.measure}`);
  const categories = useMemo(() => data.points.map((p) => bucketLabel(p.key, locale)), [data.points, locale]);
  const option = useMemo(
    () =>
      categoryChart({
        categories,
        series: [
          {
            name: t(`analysis.measures.${data.measure}`),
            type: 'line',
            unit,
            values: data.points.map((p) => p.value),
            uncertain: data.points.map((p) => unit === 'share' && p.uncertain),
          },
        ],
        locale,
      }),
    [categories, data.points, data.measure, unit, locale, t],
  );
  const byKey = new Map(data.points.map((p) => [p.key, p]));
  return (
    <ChartSection
      id="trend-points"
      title={title}
      intro={<p>{t(unit === 'share' ? 'analysis.trend.shareIntro' : 'analysis.trend.countIntro')}</p>}
      chart={{
        option,
        height: 340,
        label: summary(
          'line',
          title,
          categories,
          data.points.map((p) => p.value),
          unit,
        ),
        hrefAt: (_s, i) => {
          const point = data.points[i];
          return point ? contactListHref(filters, bucketTarget(point)) : null;
        },
      }}
      hasUncertain={unit === 'share' && data.points.some((p) => p.uncertain)}
      table={tables.get('points')}
      drill={{
        row: (key) => {
          const point = byKey.get(key);
          return point ? contactListHref(filters, bucketTarget(point)) : null;
        },
      }}
      csvPath={csvPath}
    />
  );
}

function BasePeriodForm({
  base,
  onApply,
}: {
  base: { from: string; to: string };
  onApply: (base: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(base);
  const [errors, setErrors] = useState<{ from?: PeriodError; to?: PeriodError }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { from: draft.from.trim(), to: draft.to.trim() };
    const found = periodErrors(next.from, next.to);
    setErrors(found);
    if (!found.from && !found.to) onApply(next);
  };
  const error = (e: PeriodError | undefined) => (e ? t(`analysis.filters.errors.${e}`) : undefined);
  return (
    <form
      className="filters analysis-choices"
      noValidate
      onSubmit={submit}
      aria-labelledby="change-base-heading"
    >
      <h4 id="change-base-heading">{t('analysis.change.baseHeading')}</h4>
      <div className="filter-grid">
        <TextField
          type="date"
          name="baseFrom"
          label={t('analysis.change.baseFrom')}
          hint={t('analysis.filters.dateHint')}
          value={draft.from}
          onChange={(from) => setDraft((d) => ({ ...d, from }))}
          error={error(errors.from)}
        />
        <TextField
          type="date"
          name="baseTo"
          label={t('analysis.change.baseTo')}
          hint={t('analysis.filters.dateHint')}
          value={draft.to}
          onChange={(to) => setDraft((d) => ({ ...d, to }))}
          error={error(errors.to)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('analysis.change.compare')}
        </button>
      </div>
    </form>
  );
}

/** The change in one sentence: direction, size, interval and verdict. */
export function ChangeSentence({ change }: { change: ChangeAnalysis }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = changeWords(change, locale);
  if (words.key === 'none' || words.key === 'noBase')
    return <p className="headline-figure">{t(`analysis.change.sentence.${words.key}`)}</p>;
  const sentence = t(`analysis.change.sentence.${words.key}`, {
    measure: t(`analysis.measureSubject.${change.measure}`),
    amount: words.amount,
    low: words.low,
    high: words.high,
  });
  return (
    <>
      <p className="headline-figure">
        {t('analysis.change.withVerdict', {
          sentence,
          verdict: t(
            words.verdict === 'significant' ? 'analysis.change.significant' : 'analysis.change.chance',
          ),
        })}
      </p>
      {change.uncertain && <p className="notice">{t('analysis.change.uncertain')}</p>}
    </>
  );
}

function ChangeResult({
  data,
  filters,
  csvPath,
}: {
  data: ChangeAnalysis;
  filters: AnalysisFilters;
  csvPath: string;
}) {
  const { t } = useTranslation();
  const tables = useTables('change', data);
  const table = tables.get('change');
  const href = (key: string) => {
    if (key === 'base')
      return contactListHref(filters, { kind: 'period', from: data.base.from, to: data.base.to });
    if (key === 'current')
      return contactListHref(filters, { kind: 'period', from: data.current.from, to: data.current.to });
    return null;
  };
  return (
    <>
      <ChangeSentence change={data} />
      {table && <TableAlternative table={table} drill={{ row: href }} />}
      <CsvDownload path={csvPath} what={t('analysis.change.heading')} fileName="change.csv" />
    </>
  );
}

export function TrendPage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const measure = measureOf(query.params);
  const interval = intervalOf(query.params);
  const chosen = basePeriodOf(query.params, query.filters);
  const paths = trendApiPaths(query.params, query.filters);
  const trend = useAnalysis<TrendAnalysis>(paths.trend);
  const change = useAnalysis<ChangeAnalysis>(paths.change);
  // The base chosen in the address, else the one the API picked (one with data).
  const base = chosen ?? (change.status === 'ready' ? change.data.base : null);
  const changeExtra = { measure, baseFrom: base?.from, baseTo: base?.to };
  return (
    <section aria-labelledby="analysis-trend-heading">
      <h2 id="analysis-trend-heading">{t('analysis.trend.heading')}</h2>
      <p>{t('analysis.trend.intro')}</p>
      <TrendChoices
        key={`${measure}-${interval}`}
        measure={measure}
        interval={interval}
        onApply={(m, i) => query.setChoices({ measure: m, interval: i })}
      />
      <ResultView resource={trend}>
        {(data) => (
          <TrendChart
            data={data}
            filters={query.filters}
            csvPath={analysisCsvPath('trend', query.filters, { measure, interval }, 'points', locale)}
          />
        )}
      </ResultView>
      <section className="analysis-section" aria-labelledby="change-heading">
        <h3 id="change-heading">{t('analysis.change.heading')}</h3>
        {base && (
          <>
            <p>
              {t('analysis.change.intro', {
                measure: t(`analysis.measures.${measure}`),
                from: query.filters.from,
                to: query.filters.to,
                baseFrom: base.from,
                baseTo: base.to,
              })}
            </p>
            <BasePeriodForm
              key={`${base.from}-${base.to}`}
              base={base}
              onApply={(next) => query.setChoices({ baseFrom: next.from, baseTo: next.to })}
            />
          </>
        )}
        <ResultView resource={change}>
          {(data) => (
            <ChangeResult
              data={data}
              filters={query.filters}
              csvPath={analysisCsvPath('change', query.filters, changeExtra, 'change', locale)}
            />
          )}
        </ResultView>
      </section>
    </section>
  );
}
