/**
 * The weekly report as CSV, for a spreadsheet: one line per measure and row (weekday or week),
 * columns measure, day, mean, goal, lowest, highest and one per week; then the municipality's
 * closed days and the data issues, so that nothing the page marks is lost.
 *
 * Numbers are written for the locale's Excel: Swedish with a decimal comma, English with a
 * point. Shares become percentages with one decimal (86,3) and the measure's label says "(%)";
 * seconds have one decimal; counts are whole. An empty cell has no value (nothing offered, a
 * share over a count above its base). Closed days keep their value: the list at the end names
 * them, and the page, Excel and PDF mark them.
 */
import { formatPlainDecimal } from '../text/format.js';
import { CSV_BOM, formatCsvRecords } from '../contacts/export-columns.js';
import {
  COLUMN_LABELS,
  DATA_ISSUE_LABELS,
  MEASURE_LABELS,
  ROW_LABELS,
  weekLabel,
  type ReportLocale,
} from './report-labels.js';
import type { MeasureUnit, WeeklyReport } from './weekly-report.js';

/** A value as the locale writes it: shares in percent with one decimal, seconds with one. */
export function formatReportNumber(value: number | null, unit: MeasureUnit, locale: ReportLocale): string {
  if (value === null) return '';
  if (unit === 'count') return formatPlainDecimal(value, 0, locale);
  return formatPlainDecimal(value, 1, locale, { percent: unit === 'share' });
}

export function measureLabel(
  measure: keyof typeof MEASURE_LABELS,
  unit: MeasureUnit,
  locale: ReportLocale,
): string {
  const label = MEASURE_LABELS[measure][locale];
  return unit === 'share' ? `${label} (%)` : label;
}

export function weeklyReportCsv(
  report: Pick<WeeklyReport, 'weeks' | 'measures' | 'dataIssues'> & {
    closedDays: { day: string; reason: string }[];
  },
  locale: ReportLocale,
): string {
  const header = [
    COLUMN_LABELS.measure[locale],
    COLUMN_LABELS.row[locale],
    COLUMN_LABELS.mean[locale],
    COLUMN_LABELS.goal[locale],
    COLUMN_LABELS.lowest[locale],
    COLUMN_LABELS.highest[locale],
    ...report.weeks.map((w) => weekLabel(w, locale)),
  ];
  const records: string[][] = [header];
  for (const table of report.measures) {
    const n = (v: number | null) => formatReportNumber(v, table.unit, locale);
    for (const row of table.rows) {
      records.push([
        measureLabel(table.measure, table.unit, locale),
        ROW_LABELS[row.key][locale],
        n(row.mean),
        n(row.goal),
        n(row.lowest),
        n(row.highest),
        ...row.cells.map((c) => n(c.value)),
      ]);
    }
  }
  if (report.closedDays.length > 0) {
    records.push([]);
    records.push([locale === 'sv' ? 'Egna stängda dagar' : 'Own closed days']);
    for (const c of report.closedDays) records.push([c.day, c.reason]);
  }
  if (report.dataIssues.length > 0) {
    records.push([]);
    records.push([locale === 'sv' ? 'Att kontrollera i underlaget' : 'Data issues to check']);
    for (const issue of report.dataIssues) {
      records.push([issue.day ?? weekLabel(issue.week, locale), DATA_ISSUE_LABELS[issue.kind][locale]]);
    }
  }
  return CSV_BOM + formatCsvRecords(records);
}
