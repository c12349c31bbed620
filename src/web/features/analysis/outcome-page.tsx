/**
 * /analysis/outcome: how contacts ended. The resolution grades per channel, department and topic
 * (each row as 100 %, so rows of different size compare), and forwarded contacts per receiving
 * department.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisTable } from '../../../core/analysis/tables.js';
import type { OutcomeAnalysis, ResolutionRow } from '../../../core/analysis/types.js';
import { CHANNELS, RESOLUTIONS, type Channel, type Resolution } from '../../../core/contacts/taxonomy.js';
import { formatCount } from './analysis-format.js';
import {
  CHART_MAX_ROWS,
  ContactCount,
  firstOf,
  NoContacts,
  ResultView,
  TruncationNote,
  useChartSummary,
  useLocale,
  useTables,
  withN,
} from './analysis-parts.js';
import { analysisCsvPath, analysisPath, isUuid, type AnalysisFilters } from './analysis-query.js';
import { BarsSection, type BarRow } from './bars-section.js';
import { categoryChart, chartHeight } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { contactListHref, type DrillTarget } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

export type ResolutionDimension = 'channel' | 'department' | 'topic';

/** The contacts of an outcome row: its channel, department or topic; null for a key that names none. */
export function resolutionRowTarget(dimension: ResolutionDimension, key: string): DrillTarget | null {
  if (dimension === 'channel')
    return (CHANNELS as readonly string[]).includes(key)
      ? { kind: 'channel', channel: key as Channel }
      : null;
  if (!isUuid(key)) return null;
  return dimension === 'department'
    ? { kind: 'department', departmentId: key }
    : { kind: 'topic', topicId: key };
}

function isResolution(key: string): key is Resolution {
  return (RESOLUTIONS as readonly string[]).includes(key);
}

function ResolutionSection({
  id,
  title,
  dimension,
  rows,
  filters,
  table,
  csvPath,
}: {
  id: string;
  title: string;
  dimension: ResolutionDimension;
  rows: readonly ResolutionRow[];
  filters: AnalysisFilters;
  table: AnalysisTable | undefined;
  csvPath: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summary = useChartSummary();
  const shown = useMemo(() => firstOf(rows, CHART_MAX_ROWS), [rows]);
  const categories = useMemo(
    () =>
      shown.map((r) =>
        withN(
          dimension === 'channel' ? t(`contacts.channels.${r.key as Channel}`) : r.label,
          r.total,
          locale,
        ),
      ),
    [shown, dimension, locale, t],
  );
  const option = useMemo(
    () =>
      categoryChart({
        categories,
        series: RESOLUTIONS.map((grade) => ({
          name: t(`contacts.resolutions.${grade}`),
          type: 'bar' as const,
          unit: 'share' as const,
          stack: 'grades',
          values: shown.map((r) => (r.total > 0 ? r.grades[grade] / r.total : null)),
          uncertain: shown.map((r) => r.firstContact.uncertain),
        })),
        horizontal: true,
        maxShare: 1,
        locale,
      }),
    [categories, shown, locale, t],
  );
  const href = (target: DrillTarget | null) => (target ? contactListHref(filters, target) : null);
  const gradeIn = (key: string, grade: Resolution) =>
    href({ kind: 'resolution', resolution: grade, within: resolutionRowTarget(dimension, key) });
  return (
    <ChartSection
      id={id}
      title={title}
      intro={<TruncationNote shown={shown.length} total={rows.length} />}
      chart={
        shown.length === 0
          ? null
          : {
              option,
              // A legend of five grades above the bars.
              height: chartHeight({ categories, horizontal: true }) + 40,
              label: summary(
                'stacked',
                title,
                categories,
                shown.map((r) => r.firstContact.value),
                'share',
              ),
              hrefAt: (s, i) => {
                const row = shown[i];
                const grade = RESOLUTIONS[s];
                return row && grade ? gradeIn(row.key, grade) : null;
              },
            }
      }
      hasUncertain={shown.some((r) => r.firstContact.uncertain)}
      table={table}
      drill={{
        row: (key) => href(resolutionRowTarget(dimension, key)),
        cell: (key, column) => (isResolution(column) ? gradeIn(key, column) : null),
      }}
      csvPath={csvPath}
    />
  );
}

function OutcomeCharts({
  data,
  filters,
  csv,
}: {
  data: OutcomeAnalysis;
  filters: AnalysisFilters;
  csv: (table: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('outcome', data);
  const forwardedRows = useMemo<BarRow[]>(
    () =>
      data.forwardedTo.map((r) => ({
        key: r.departmentId,
        label: r.departmentName,
        value: r.contacts,
        target: { kind: 'forwardedTo', departmentId: r.departmentId },
      })),
    [data.forwardedTo],
  );
  const forwarded = data.forwardedTo[0]?.share.denominator ?? 0;
  return (
    <>
      <NoContacts total={data.total} />
      <p className="analysis-n">
        <ContactCount n={data.total} />
      </p>
      <ResolutionSection
        id="outcome-channels"
        title={t('analysis.outcome.byChannelTitle')}
        dimension="channel"
        rows={data.byChannel}
        filters={filters}
        table={tables.get('byChannel')}
        csvPath={csv('byChannel')}
      />
      <ResolutionSection
        id="outcome-departments"
        title={t('analysis.outcome.byDepartmentTitle')}
        dimension="department"
        rows={data.byDepartment}
        filters={filters}
        table={tables.get('byDepartment')}
        csvPath={csv('byDepartment')}
      />
      <ResolutionSection
        id="outcome-topics"
        title={t('analysis.outcome.byTopicTitle')}
        dimension="topic"
        rows={data.byTopic}
        filters={filters}
        table={tables.get('byTopic')}
        csvPath={csv('byTopic')}
      />
      <BarsSection
        id="outcome-forwarded"
        title={t('analysis.outcome.forwardedTitle')}
        intro={<p>{t('analysis.outcome.forwardedIntro')}</p>}
        n={t('analysis.outcome.forwardedN', { count: forwarded, n: formatCount(forwarded, locale) })}
        seriesName={t('analysis.outcome.forwardedContacts')}
        unit="count"
        rows={forwardedRows}
        horizontal
        filters={filters}
        table={tables.get('forwardedTo')}
        csvPath={csv('forwardedTo')}
      />
    </>
  );
}

export function OutcomePage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useAnalysis<OutcomeAnalysis>(analysisPath('outcome', query.filters));
  const csv = (table: string) => analysisCsvPath('outcome', query.filters, {}, table, locale);
  return (
    <section aria-labelledby="analysis-outcome-heading">
      <h2 id="analysis-outcome-heading">{t('analysis.outcome.heading')}</h2>
      <p>{t('analysis.outcome.intro')}</p>
      <ResultView resource={result}>
        {(data) => <OutcomeCharts data={data} filters={query.filters} csv={csv} />}
      </ResultView>
    </section>
  );
}
