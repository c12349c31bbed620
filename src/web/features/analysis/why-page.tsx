/**
 * /analysis/why: why citizens make contact. The needs and their mix over time, the topics as a
 * Pareto chart, failure demand overall, by reason, topic and owning department, and questions
 * about existing cases per department.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhyAnalysis } from '../../../core/analysis/types.js';
import { NEEDS, type Need } from '../../../core/contacts/taxonomy.js';
import { bucketLabel } from './analysis-format.js';
import {
  CHART_MAX_ROWS,
  ContactCount,
  firstOf,
  IntervalSwitch,
  NoContacts,
  ResultView,
  ShareInWords,
  TruncationNote,
  useChartSummary,
  useLocale,
  useTables,
  withN,
} from './analysis-parts.js';
import { analysisCsvPath, intervalOf, whyApiPath, type AnalysisFilters } from './analysis-query.js';
import { BarsSection, needBarRows, reasonBarRows, type BarRow } from './bars-section.js';
import { categoryChart, chartHeight } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { bucketTarget, contactListHref, type DrillTarget } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

function isNeed(key: string): key is Need {
  return (NEEDS as readonly string[]).includes(key);
}

function WhyCharts({
  data,
  filters,
  csv,
}: {
  data: WhyAnalysis;
  filters: AnalysisFilters;
  csv: (table: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('why', data);
  const summary = useChartSummary();
  const href = (target: DrillTarget | null) => (target ? contactListHref(filters, target) : null);

  const needRows = useMemo(() => needBarRows(data.needs, t), [data.needs, t]);

  const { buckets } = data.needSeries;
  const bucketCategories = useMemo(() => buckets.map((b) => bucketLabel(b.key, locale)), [buckets, locale]);
  const needSeries = useMemo(
    () =>
      categoryChart({
        categories: bucketCategories,
        series: NEEDS.map((need) => ({
          name: t(`contacts.needs.${need}`),
          type: 'bar' as const,
          unit: 'count' as const,
          stack: 'needs',
          values: buckets.map((b) => b.needs[need]),
        })),
        locale,
      }),
    [bucketCategories, buckets, locale, t],
  );
  const bucketByKey = new Map(buckets.map((b) => [b.key, b]));

  const topics = useMemo(() => firstOf(data.topics, CHART_MAX_ROWS), [data.topics]);
  const topicCategories = useMemo(() => topics.map((r) => r.topicPath), [topics]);
  const pareto = useMemo(
    () =>
      categoryChart({
        categories: topicCategories,
        series: [
          {
            name: t('analysis.why.contacts'),
            type: 'bar',
            unit: 'count',
            values: topics.map((r) => r.contacts),
          },
          {
            name: t('analysis.why.cumulativeShare'),
            type: 'line',
            unit: 'share',
            axis: 1,
            values: topics.map((r) => r.cumulativeShare),
          },
        ],
        // Names down the side (issue #13): twenty topic paths cannot stand side by side.
        horizontal: true,
        locale,
      }),
    [topicCategories, topics, locale, t],
  );

  const reasonRows = useMemo(() => reasonBarRows(data.failureReasons, t), [data.failureReasons, t]);
  const failureTopicRows = useMemo<BarRow[]>(
    () =>
      data.failureByTopic.map((r) => ({
        key: r.topicId,
        label: withN(r.topicPath, r.share.denominator, locale),
        value: r.share.value,
        uncertain: r.share.uncertain,
        target: { kind: 'failureByTopic', topicId: r.topicId },
      })),
    [data.failureByTopic, locale],
  );
  const failureDepartmentRows = useMemo<BarRow[]>(
    () =>
      data.failureByDepartment.map((r) => ({
        key: r.departmentId,
        label: withN(r.departmentName, r.share.denominator, locale),
        value: r.share.value,
        uncertain: r.share.uncertain,
        target: { kind: 'failureByDepartment', departmentId: r.departmentId },
      })),
    [data.failureByDepartment, locale],
  );
  const existingRows = useMemo<BarRow[]>(
    () =>
      data.existingCasesByDepartment.map((r) => ({
        key: r.departmentId,
        label: withN(r.departmentName, r.share.denominator, locale),
        value: r.share.value,
        uncertain: r.share.uncertain,
        target: { kind: 'existingCases', departmentId: r.departmentId },
      })),
    [data.existingCasesByDepartment, locale],
  );

  const seriesTitle = t(
    data.needSeries.interval === 'week'
      ? 'analysis.why.needSeriesWeekTitle'
      : 'analysis.why.needSeriesMonthTitle',
  );
  return (
    <>
      <NoContacts total={data.total} />
      <section className="analysis-section" aria-labelledby="why-failure-heading">
        <h3 id="why-failure-heading">{t('analysis.why.failureTitle')}</h3>
        <p>{t('analysis.why.failureIntro')}</p>
        <p className="headline-figure">
          <ShareInWords share={data.failureDemand} href={href({ kind: 'failureDemand' })} />
        </p>
      </section>
      <BarsSection
        id="why-needs"
        title={t('analysis.why.needsTitle')}
        seriesName={t('analysis.why.share')}
        unit="share"
        rows={needRows}
        n={<ContactCount n={data.total} />}
        filters={filters}
        table={tables.get('needs')}
        csvPath={csv('needs')}
      />
      <ChartSection
        id="why-need-series"
        title={seriesTitle}
        chart={{
          option: needSeries,
          height: 360,
          label: summary(
            'stacked',
            seriesTitle,
            bucketCategories,
            buckets.map((b) => b.total),
            'count',
          ),
          hrefAt: (s, i) => {
            const bucket = buckets[i];
            const need = NEEDS[s];
            return bucket && need
              ? href({ kind: 'all', targets: [bucketTarget(bucket), { kind: 'need', need }] })
              : null;
          },
        }}
        table={tables.get('needSeries')}
        drill={{
          row: (key) => {
            const bucket = bucketByKey.get(key);
            return bucket ? href(bucketTarget(bucket)) : null;
          },
          cell: (key, column) => {
            const bucket = bucketByKey.get(key);
            return bucket && isNeed(column)
              ? href({ kind: 'all', targets: [bucketTarget(bucket), { kind: 'need', need: column }] })
              : null;
          },
        }}
        csvPath={csv('needSeries')}
      />
      <ChartSection
        id="why-topics"
        title={t('analysis.why.topicsTitle')}
        intro={
          <>
            <p>{t('analysis.why.topicsIntro')}</p>
            <TruncationNote shown={topics.length} total={data.topics.length} />
          </>
        }
        chart={
          topics.length === 0
            ? null
            : {
                option: pareto,
                height: chartHeight({ categories: topicCategories, horizontal: true }) + 40,
                label: summary(
                  'barLine',
                  t('analysis.why.topicsTitle'),
                  topicCategories,
                  topics.map((r) => r.contacts),
                  'count',
                ),
                hrefAt: (_s, i) => {
                  const row = topics[i];
                  return row ? href({ kind: 'topic', topicId: row.topicId }) : null;
                },
              }
        }
        table={tables.get('topics')}
        drill={{ row: (key) => href({ kind: 'topic', topicId: key }) }}
        csvPath={csv('topics')}
      />
      <BarsSection
        id="why-failure-reasons"
        title={t('analysis.why.reasonsTitle')}
        seriesName={t('analysis.why.shareOfFailure')}
        unit="share"
        rows={reasonRows}
        n={t('analysis.why.failureN', { count: data.failureDemand.numerator })}
        filters={filters}
        table={tables.get('failureReasons')}
        csvPath={csv('failureReasons')}
      />
      <BarsSection
        id="why-failure-topics"
        title={t('analysis.why.failureByTopicTitle')}
        seriesName={t('analysis.why.failureShare')}
        unit="share"
        rows={failureTopicRows}
        horizontal
        filters={filters}
        table={tables.get('failureByTopic')}
        csvPath={csv('failureByTopic')}
      />
      <BarsSection
        id="why-failure-departments"
        title={t('analysis.why.failureByDepartmentTitle')}
        seriesName={t('analysis.why.failureShare')}
        unit="share"
        rows={failureDepartmentRows}
        horizontal
        filters={filters}
        table={tables.get('failureByDepartment')}
        csvPath={csv('failureByDepartment')}
      />
      <BarsSection
        id="why-existing-cases"
        title={t('analysis.why.existingCasesTitle')}
        intro={<p>{t('analysis.why.existingCasesIntro')}</p>}
        seriesName={t('analysis.why.existingShare')}
        unit="share"
        rows={existingRows}
        horizontal
        filters={filters}
        table={tables.get('existingCasesByDepartment')}
        csvPath={csv('existingCasesByDepartment')}
      />
    </>
  );
}

export function WhyPage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const interval = intervalOf(query.params);
  const result = useAnalysis<WhyAnalysis>(whyApiPath(query.params, query.filters));
  const csv = (table: string) => analysisCsvPath('why', query.filters, { interval }, table, locale);
  return (
    <section aria-labelledby="analysis-why-heading">
      <h2 id="analysis-why-heading">{t('analysis.why.heading')}</h2>
      <p>{t('analysis.why.intro')}</p>
      <IntervalSwitch value={interval} onChange={(next) => query.setChoices({ interval: next })} />
      <ResultView resource={result}>
        {(data) => <WhyCharts data={data} filters={query.filters} csv={csv} />}
      </ResultView>
    </section>
  );
}
