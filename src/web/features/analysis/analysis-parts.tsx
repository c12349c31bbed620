/** Pieces the Analys sub-pages share: the loading and error states, the interval switch, shares in words. */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  analysisTables,
  type AnalysisName,
  type AnalysisResults,
  type AnalysisTable,
  type ColumnUnit,
} from '../../../core/analysis/tables.js';
import type { SeriesInterval, Share } from '../../../core/analysis/types.js';
import type { Resource } from '../../api/use-api-get.js';
import { LoadError, Loading } from '../../components/messages.js';
import { formatCount, formatShare, tableLocaleOf, type TableLocale } from './analysis-format.js';
import { chartSummary, formatValue } from './chart-options.js';

/** The figures once loaded; "Laddar …" before, the problem when the API refused. */
export function ResultView<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') return <LoadError error={resource.error} />;
  return <>{children(resource.data)}</>;
}

/** The analysis' tables in the interface language, by id (core builds them, as for the CSV). */
export function useTables<N extends AnalysisName>(
  name: N,
  result: AnalysisResults[N],
): Map<string, AnalysisTable> {
  const { i18n } = useTranslation();
  const locale = tableLocaleOf(i18n.language);
  return useMemo(
    () => new Map(analysisTables(name, result, locale).map((table) => [table.id, table])),
    [name, result, locale],
  );
}

export function useLocale(): TableLocale {
  const { i18n } = useTranslation();
  return tableLocaleOf(i18n.language);
}

/** Weeks or months for a sub-page's time series: two buttons, the chosen one pressed. */
export function IntervalSwitch({
  value,
  onChange,
}: {
  value: SeriesInterval;
  onChange: (interval: SeriesInterval) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="interval-switch" role="group" aria-label={t('analysis.interval.label')}>
      {(['month', 'week'] as const).map((interval) => (
        <button
          key={interval}
          type="button"
          className="button-secondary"
          aria-pressed={value === interval}
          onClick={() => onChange(interval)}
        >
          {t(`analysis.interval.${interval}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * "Kvinna" over "(n = 12)": a category of a chart across with the number its share is of, on a
 * line of its own so that cutting a long name never cuts the n.
 */
export function withN(label: string, n: number, locale: TableLocale): string {
  return `${label}\n(n\u00a0=\u00a0${formatCount(n, locale)})`;
}

/** "n = 1 234 kontakter". */
export function ContactCount({ n }: { n: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return <>{t('analysis.nContacts', { count: n, n: formatCount(n, locale) })}</>;
}

/**
 * A share in words with its evidence: "23,4 % (1 234 av 5 278 kontakter; 95 % konfidensintervall
 * 22,3–24,5 %)", marked uncertain from fewer than 30, and linked to its contacts when given.
 */
export function ShareInWords({ share, href }: { share: Share; href?: string | null | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (share.value === null) return <>{t('analysis.share.none')}</>;
  const value = formatShare(share.value, locale);
  const of = t('analysis.share.of', {
    k: formatCount(share.numerator, locale),
    n: formatCount(share.denominator, locale),
  });
  const interval = share.interval
    ? t('analysis.share.interval', {
        low: formatShare(share.interval.low, locale),
        high: formatShare(share.interval.high, locale),
      })
    : '';
  return (
    <>
      <strong>{value}</strong> ({of}
      {interval ? `; ${interval}` : ''}){share.uncertain && <> – {t('analysis.uncertainLong')}</>}
      {href && (
        <>
          {' '}
          <Link to={href}>{t('analysis.table.showContacts')}</Link>
        </>
      )}
    </>
  );
}

/** Said when the filters leave no contacts: the charts below are then empty. */
export function NoContacts({ total }: { total: number }) {
  const { t } = useTranslation();
  return total === 0 ? <p className="notice">{t('analysis.noContacts')}</p> : null;
}

/** The first `max` rows for a chart; the table always has all of them. */
export function firstOf<T>(rows: readonly T[], max: number): T[] {
  return rows.slice(0, max);
}

/** The most bars a chart of topics or departments draws (the table lists every row). */
export const CHART_MAX_ROWS = 20;

/** "Diagrammet visar de 20 största av 48; tabellen har alla." when rows were left out of the chart. */
export function TruncationNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return shown < total ? (
    <p className="field-hint">{t('analysis.chart.truncated', { shown, total })}</p>
  ) : null;
}

export type ChartKind = 'bar' | 'line' | 'heatmap' | 'barLine' | 'stacked';

/** The one-line summary of a chart for screen readers, in the interface language. */
export function useChartSummary(): (
  kind: ChartKind,
  title: string,
  categories: readonly string[],
  values: readonly (number | null)[],
  unit: ColumnUnit,
) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (kind, title, categories, values, unit) =>
    chartSummary(
      t(`analysis.chart.kind.${kind}`),
      title,
      categories,
      values,
      (v) => formatValue(v, unit, locale),
      {
        elements: (count) => t('analysis.chart.elements', { count }),
        largest: (label, value) => t('analysis.chart.largest', { label, value }),
        table: t('analysis.chart.seeTable'),
      },
    );
}
