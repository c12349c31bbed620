/**
 * /analysis: when citizens make contact. Weekday by hour as a heat map, contacts by month or week
 * with the same days a year earlier and the telephony's offered calls beside them, and channels.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhenAnalysis } from '../../../core/analysis/types.js';
import { analysisCsvPath, intervalOf, whenApiPath, type AnalysisFilters } from './analysis-query.js';
import { bucketLabel } from './analysis-format.js';
import {
  ContactCount,
  IntervalSwitch,
  NoContacts,
  ResultView,
  useChartSummary,
  useLocale,
  useTables,
} from './analysis-parts.js';
import { categoryChart, chartHeight, heatmapChart, type SeriesSpec } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { bucketTarget, contactListHref, lastYearBucket, type DrillTarget } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

export const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "3:14" (a heat map row's key) as its weekday and hour. */
export function cellOfKey(key: string): DrillTarget | null {
  const m = /^([1-7]):(\d{1,2})$/.exec(key);
  if (!m) return null;
  const hour = Number(m[2]);
  return hour <= 23 ? { kind: 'cell', weekday: Number(m[1]), hour } : null;
}

function WhenCharts({
  data,
  filters,
  csv,
}: {
  data: WhenAnalysis;
  filters: AnalysisFilters;
  csv: (table: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('when', data);
  const summary = useChartSummary();
  const href = (target: DrillTarget | null) => (target ? contactListHref(filters, target) : null);
  const weekdays = WEEKDAY_NUMBERS.map((d) => t(`analysis.weekdays.${d}`));
  const { interval, buckets, callsComparable } = data.series;
  const showCalls = callsComparable && buckets.some((b) => b.offeredCalls !== null);

  const heatmap = useMemo(
    () =>
      heatmapChart({
        weekdays: WEEKDAY_NUMBERS.map((d) => t(`analysis.weekdays.${d}`)),
        cells: data.heatmap,
        locale,
        seriesName: t('analysis.when.contacts'),
      }),
    [data.heatmap, locale, t],
  );
  const categories = buckets.map((b) => bucketLabel(b.key, locale));
  const series = useMemo(() => {
    const list: SeriesSpec[] = [
      {
        name: t('analysis.when.contacts'),
        type: 'bar',
        unit: 'count',
        values: buckets.map((b) => b.contacts),
      },
      {
        name: t('analysis.when.lastYear'),
        type: 'line',
        unit: 'count',
        values: buckets.map((b) => b.lastYear),
      },
    ];
    if (showCalls)
      list.push({
        name: t('analysis.when.offeredCalls'),
        type: 'line',
        unit: 'count',
        values: buckets.map((b) => b.offeredCalls),
        clickable: false,
      });
    return categoryChart({
      categories: buckets.map((b) => bucketLabel(b.key, locale)),
      series: list,
      locale,
    });
  }, [buckets, showCalls, locale, t]);
  const channelCategories = data.channels.map((c) => t(`contacts.channels.${c.channel}`));
  const channels = useMemo(
    () =>
      categoryChart({
        categories: data.channels.map((c) => t(`contacts.channels.${c.channel}`)),
        series: [
          {
            name: t('analysis.when.contacts'),
            type: 'bar',
            unit: 'count',
            values: data.channels.map((c) => c.contacts),
          },
        ],
        locale,
      }),
    [data.channels, locale, t],
  );
  const bucketByKey = new Map(buckets.map((b) => [b.key, b]));
  // Periods a year before with no data: drawn as a gap and said here, never as zero.
  const missingLastYear = buckets.filter((b) => b.lastYear === null).length;

  return (
    <>
      <NoContacts total={data.total} />
      <ChartSection
        id="when-heatmap"
        title={t('analysis.when.heatmapTitle')}
        n={<ContactCount n={data.total} />}
        chart={{
          option: heatmap,
          height: 320,
          label: summary(
            'heatmap',
            t('analysis.when.heatmapTitle'),
            data.heatmap.map((c) => `${weekdays[c.weekday - 1] ?? ''} ${String(c.hour).padStart(2, '0')}`),
            data.heatmap.map((c) => c.contacts),
            'count',
          ),
          hrefAt: (_series, i) => {
            const cell = data.heatmap[i];
            return cell ? href({ kind: 'cell', weekday: cell.weekday, hour: cell.hour }) : null;
          },
        }}
        table={tables.get('heatmap')}
        drill={{ row: (key) => href(cellOfKey(key)) }}
        csvPath={csv('heatmap')}
      />
      <ChartSection
        id="when-series"
        title={t(interval === 'week' ? 'analysis.when.seriesWeekTitle' : 'analysis.when.seriesMonthTitle')}
        intro={
          <p>
            {t('analysis.when.seriesIntro')} {!callsComparable && t('analysis.when.callsNotComparable')}{' '}
            {missingLastYear > 0 &&
              t('analysis.when.lastYearMissing', { count: missingLastYear, total: buckets.length })}
          </p>
        }
        chart={{
          option: series,
          height: 340,
          label: summary(
            'barLine',
            t(interval === 'week' ? 'analysis.when.seriesWeekTitle' : 'analysis.when.seriesMonthTitle'),
            categories,
            buckets.map((b) => b.contacts),
            'count',
          ),
          hrefAt: (s, i) => {
            const bucket = buckets[i];
            if (!bucket) return null;
            if (s === 0) return href(bucketTarget(bucket));
            if (s === 1 && bucket.lastYear !== null) return href(lastYearBucket(bucket, interval));
            return null;
          },
        }}
        table={tables.get('series')}
        drill={{
          row: (key) => {
            const bucket = bucketByKey.get(key);
            return bucket ? href(bucketTarget(bucket)) : null;
          },
          cell: (key, column) => {
            const bucket = bucketByKey.get(key);
            return bucket && column === 'lastYear' ? href(lastYearBucket(bucket, interval)) : null;
          },
        }}
        csvPath={csv('series')}
      />
      <ChartSection
        id="when-channels"
        title={t('analysis.when.channelsTitle')}
        chart={{
          option: channels,
          height: chartHeight({ categories: channelCategories }),
          label: summary(
            'bar',
            t('analysis.when.channelsTitle'),
            channelCategories,
            data.channels.map((c) => c.contacts),
            'count',
          ),
          hrefAt: (_s, i) => {
            const row = data.channels[i];
            return row ? href({ kind: 'channel', channel: row.channel }) : null;
          },
        }}
        table={tables.get('channels')}
        drill={{
          row: (key) => {
            const row = data.channels.find((c) => c.channel === key);
            return row ? href({ kind: 'channel', channel: row.channel }) : null;
          },
        }}
        csvPath={csv('channels')}
      />
    </>
  );
}

export function WhenPage({ query }: { query: AnalysisQueryState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const interval = intervalOf(query.params);
  const result = useAnalysis<WhenAnalysis>(whenApiPath(query.params, query.filters));
  const csv = (table: string) => analysisCsvPath('when', query.filters, { interval }, table, locale);
  return (
    <section aria-labelledby="analysis-when-heading">
      <h2 id="analysis-when-heading">{t('analysis.when.heading')}</h2>
      <p>{t('analysis.when.intro')}</p>
      <IntervalSwitch value={interval} onChange={(next) => query.setChoices({ interval: next })} />
      <ResultView resource={result}>
        {(data) => <WhenCharts data={data} filters={query.filters} csv={csv} />}
      </ResultView>
    </section>
  );
}
