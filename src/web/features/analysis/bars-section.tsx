/**
 * The most common chart of the analyses: one bar per row (a need, a reason, a topic, a
 * department), a count or a share, each bar and each table row leading to its contacts.
 */
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import type { AnalysisTable } from '../../../core/analysis/tables.js';
import type { Share } from '../../../core/analysis/types.js';
import type { FailureReason, Need } from '../../../core/contacts/taxonomy.js';
import { CHART_MAX_ROWS, firstOf, TruncationNote, useChartSummary, useLocale } from './analysis-parts.js';
import type { AnalysisFilters } from './analysis-query.js';
import { categoryChart, chartHeight } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { contactListHref, type DrillTarget } from './drilldown.js';

export interface BarRow {
  /** The table row's key (core's rowKeys): the drill-down of the table uses it too. */
  key: string;
  /** The bar's label, with its n for a share ("Faktura (n = 12)"). */
  label: string;
  value: number | null;
  uncertain?: boolean;
  target: DrillTarget | null;
}

/** The needs as bars of their shares, each leading to its contacts (the why page, the department report). */
export function needBarRows(needs: readonly { need: Need; share: Share }[], t: TFunction): BarRow[] {
  return needs.map((n) => ({
    key: n.need,
    label: t(`contacts.needs.${n.need}`),
    value: n.share.value,
    uncertain: n.share.uncertain,
    target: { kind: 'need', need: n.need },
  }));
}

/** The failure reasons as bars of their shares, each leading to its contacts. */
export function reasonBarRows(
  reasons: readonly { reason: FailureReason; share: Share }[],
  t: TFunction,
): BarRow[] {
  return reasons.map((r) => ({
    key: r.reason,
    label: t(`contacts.failureReasons.${r.reason}`),
    value: r.share.value,
    uncertain: r.share.uncertain,
    target: { kind: 'failureReason', reason: r.reason },
  }));
}

export function BarsSection({
  id,
  title,
  seriesName,
  unit,
  rows,
  filters,
  table,
  csvPath,
  horizontal = false,
  intro,
  n,
  rowHeader,
}: {
  id: string;
  title: string;
  seriesName: string;
  unit: 'count' | 'share';
  rows: readonly BarRow[];
  filters: AnalysisFilters;
  table: AnalysisTable | undefined;
  csvPath: string;
  /** Bars across, for long names; at most CHART_MAX_ROWS are drawn. */
  horizontal?: boolean;
  intro?: ReactNode;
  n?: ReactNode;
  rowHeader?: number;
}) {
  const locale = useLocale();
  const summary = useChartSummary();
  const shown = useMemo(() => (horizontal ? firstOf(rows, CHART_MAX_ROWS) : [...rows]), [rows, horizontal]);
  const categories = useMemo(() => shown.map((r) => r.label), [shown]);
  const option = useMemo(
    () =>
      categoryChart({
        categories,
        series: [
          {
            name: seriesName,
            type: 'bar',
            unit,
            values: shown.map((r) => r.value),
            uncertain: shown.map((r) => r.uncertain === true),
          },
        ],
        horizontal,
        locale,
      }),
    [categories, shown, seriesName, unit, horizontal, locale],
  );
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const href = (row: BarRow | undefined) => (row?.target ? contactListHref(filters, row.target) : null);
  return (
    <ChartSection
      id={id}
      title={title}
      n={n}
      intro={
        <>
          {intro}
          <TruncationNote shown={shown.length} total={rows.length} />
        </>
      }
      chart={
        shown.length === 0
          ? null
          : {
              option,
              height: chartHeight({ categories, horizontal }),
              label: summary(
                'bar',
                title,
                categories,
                shown.map((r) => r.value),
                unit,
              ),
              hrefAt: (_s, i) => href(shown[i]),
            }
      }
      hasUncertain={shown.some((r) => r.uncertain)}
      table={table}
      drill={{ row: (key) => href(byKey.get(key)) }}
      rowHeader={rowHeader}
      csvPath={csvPath}
    />
  );
}
