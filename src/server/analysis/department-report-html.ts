/**
 * The department report as a self-contained HTML document for printing (A4 portrait): the
 * headline figures and the report's tables (core/analysis/tables.ts, the same as the page and
 * the CSV files). No scripts, no external resources; every text is escaped.
 */
import { analysisTables, type ColumnUnit, type TableLocale } from '../../core/analysis/tables.js';
import {
  formatDayLong,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
} from '../../core/text/format.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import type { DepartmentReport, Share } from '../../core/analysis/types.js';
import { escapeHtml } from '../http/escape-html.js';

/** A table's number in print (src/core/text/format.ts): "1 234", "12,3" under a "(%)" head, "4,5". */
function printedCell(value: number, unit: ColumnUnit, locale: TableLocale): string {
  if (unit === 'share') return formatPoints(value, locale);
  if (unit === 'rate') return formatDecimal(value, 1, locale);
  return formatInteger(value, locale);
}

function percent(share: Share, locale: TableLocale): string {
  if (share.value === null) return '–';
  const text = formatPercent(share.value, locale);
  const interval = share.interval
    ? ` (95${locale === 'sv' ? '\u00a0% KI' : '% CI'} ${formatPoints(share.interval.low, locale)}–${formatPoints(share.interval.high, locale)})`
    : '';
  const uncertain = share.uncertain
    ? locale === 'sv'
      ? ', osäker: färre än 30'
      : ', uncertain: fewer than 30'
    : '';
  return `${text}${interval}${uncertain}`;
}

export function departmentReportHtml(
  report: DepartmentReport,
  locale: TableLocale,
  generatedAt: Date,
): string {
  const sv = locale === 'sv';
  const title = `${sv ? 'Förvaltningsrapport' : 'Department report'}: ${report.department.departmentName}`;
  const facts: [string, string][] = [
    [sv ? 'Period' : 'Period', `${formatDayLong(report.from, locale)} – ${formatDayLong(report.to, locale)}`],
    [
      sv ? 'Kontakter om förvaltningens tjänster' : "Contacts about the department's services",
      formatInteger(report.contacts, locale),
    ],
    [
      sv ? 'Undvikbar efterfrågan' : 'Failure demand',
      `${formatInteger(report.failureDemand.numerator, locale)} · ${percent(report.failureDemand, locale)}`,
    ],
    [
      sv ? 'Frågor om pågående ärenden' : 'Questions about existing cases',
      `${formatInteger(report.existingCases.numerator, locale)} · ${percent(report.existingCases, locale)}`,
    ],
    [
      sv ? 'Lämnade vidare till förvaltningen' : 'Forwarded to the department',
      formatInteger(report.forwardedIn, locale),
    ],
  ];
  const tables = analysisTables('department', report, locale)
    .map((table) => {
      const head = table.columns
        .map((c) => `<th scope="col">${escapeHtml(c.label)}${c.unit === 'share' ? ' (%)' : ''}</th>`)
        .join('');
      const rows = table.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell, i) => {
                const unit = table.columns[i]!.unit;
                const text =
                  cell === null ? '' : typeof cell === 'number' ? printedCell(cell, unit, locale) : cell;
                return `<td class="${unit === 'text' ? 'text' : 'num'}">${escapeHtml(text)}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('');
      return `<h2>${escapeHtml(table.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  @page { size: A4 portrait; margin: 14mm; }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #111; }
  h1 { font-size: 15pt; margin: 0 0 4mm; } h2 { font-size: 11pt; margin: 6mm 0 2mm; }
  dl { display: grid; grid-template-columns: max-content auto; gap: 1mm 6mm; margin: 0 0 4mm; }
  dt { font-weight: bold; } dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
  th, td { border: 0.3mm solid #999; padding: 1mm 1.5mm; vertical-align: top; }
  th { background: #eee; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  tr { page-break-inside: avoid; } .note { color: #444; margin-top: 6mm; }
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
${tables}
<p class="note">${escapeHtml(
    sv
      ? `Skapad ${formatDayLong(calendarDayOf(generatedAt), locale)} i Lots. Andelar från färre än 30 kontakter är osäkra. Definitioner: docs/metrics.md.`
      : `Made ${formatDayLong(calendarDayOf(generatedAt), locale)} in Lots. Shares from fewer than 30 contacts are uncertain. Definitions: docs/metrics.md.`,
  )}</p>
</body></html>`;
}
