/**
 * /analysis/who: from where and who. District, gender and age band, each with the share of
 * contacts where it was recorded first, so that nobody reads the recorded few as everyone.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileDimension, WhoAnalysis } from '../../../core/analysis/types.js';
import type { AgeBand, Gender } from '../../../core/contacts/taxonomy.js';
import { analysisCsvPath, analysisPath, type AnalysisFilters } from './analysis-query.js';
import {
  CHART_MAX_ROWS,
  firstOf,
  NoContacts,
  ResultView,
  ShareInWords,
  TruncationNote,
  useChartSummary,
  useLocale,
  useTables,
  withN,
} from './analysis-parts.js';
import { categoryChart, chartHeight } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { contactListHref, type DrillTarget } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

const DIMENSIONS = ['district', 'gender', 'ageBand'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** The contacts of one value of a profile dimension; 'none' (or null) is "not recorded". */
export function profileTarget(dimension: Dimension, value: string | null): DrillTarget {
  const v = value === 'none' ? null : value;
  if (dimension === 'district') return { kind: 'district', district: v };
  if (dimension === 'gender') return { kind: 'gender', gender: v as Gender | null };
  return { kind: 'ageBand', ageBand: v as AgeBand | null };
}

function DimensionSection({
  dimension,
  data,
  filters,
  csvPath,
  table,
}: {
  dimension: Dimension;
  data: ProfileDimension;
  filters: AnalysisFilters;
  csvPath: string;
  table: ReturnType<ReturnType<typeof useTables>['get']>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summary = useChartSummary();
  const title = t(`analysis.who.${dimension}Title`);
  const shown = useMemo(() => firstOf(data.rows, CHART_MAX_ROWS), [data.rows]);
  const categories = useMemo(
    () =>
      shown.map((r) =>
        withN(
          dimension === 'gender' ? t(`contacts.genders.${r.value as Gender}`) : r.value,
          r.contacts,
          locale,
        ),
      ),
    [shown, dimension, locale, t],
  );
  const option = useMemo(
    () =>
      categoryChart({
        categories,
        series: [
          {
            name: t('analysis.who.shareOfRecorded'),
            type: 'bar',
            unit: 'share',
            values: shown.map((r) => r.share.value),
            uncertain: shown.map((r) => r.share.uncertain),
          },
        ],
        horizontal: true,
        locale,
      }),
    [categories, shown, locale, t],
  );
  const href = (value: string | null) => contactListHref(filters, profileTarget(dimension, value));
  const unrecorded = data.recorded.denominator - data.recorded.numerator;
  return (
    <ChartSection
      id={`who-${dimension}`}
      title={title}
      intro={
        <>
          <p>
            {t(`analysis.who.recorded.${dimension}`)} <ShareInWords share={data.recorded} />
          </p>
          <p>
            {t('analysis.who.unrecorded', { count: unrecorded })}{' '}
            {unrecorded > 0 && <Link to={href(null)}>{t('analysis.table.showContacts')}</Link>}
          </p>
          <TruncationNote shown={shown.length} total={data.rows.length} />
        </>
      }
      chart={
        shown.length === 0
          ? null
          : {
              option,
              height: chartHeight({ categories, horizontal: true }),
              label: summary(
                'bar',
                title,
                categories,
                shown.map((r) => r.share.value),
                'share',
              ),
              hrefAt: (_s, i) => {
                const row = shown[i];
                return row ? href(row.value) : null;
              },
            }
      }
      hasUncertain={shown.some((r) => r.share.uncertain)}
      table={table}
      drill={{ row: (key) => href(key) }}
      csvPath={csvPath}
    />
  );
}

export function WhoPage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useAnalysis<WhoAnalysis>(analysisPath('who', query.filters));
  return (
    <section aria-labelledby="analysis-who-heading">
      <h2 id="analysis-who-heading">{t('analysis.who.heading')}</h2>
      <p>{t('analysis.who.intro')}</p>
      <ResultView resource={result}>
        {(data) => <WhoCharts data={data} filters={query.filters} locale={locale} />}
      </ResultView>
    </section>
  );
}

function WhoCharts({
  data,
  filters,
  locale,
}: {
  data: WhoAnalysis;
  filters: AnalysisFilters;
  locale: 'sv' | 'en';
}) {
  const tables = useTables('who', data);
  return (
    <>
      <NoContacts total={data.total} />
      {DIMENSIONS.map((dimension) => (
        <DimensionSection
          key={dimension}
          dimension={dimension}
          data={data[dimension]}
          filters={filters}
          table={tables.get(dimension)}
          csvPath={analysisCsvPath('who', filters, {}, dimension, locale)}
        />
      ))}
    </>
  );
}
