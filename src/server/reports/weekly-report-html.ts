/**
 * The weekly report as a self-contained HTML document for printing (A4 landscape): the report
 * page's table with its marks (closed days shaded, data issues outlined), no scripts, no
 * external resources. Every text is escaped.
 */
import { measureLabel } from '../../core/telephony/weekly-report-csv.js';
import type { MeasureUnit } from '../../core/telephony/weekly-report.js';
import { formatDayShort, formatDecimal, formatInteger, formatPoints } from '../../core/text/format.js';
import {
  COLUMN_LABELS,
  DATA_ISSUE_LABELS,
  ROW_LABELS,
  weekLabel,
  type ReportLocale,
} from '../../core/telephony/report-labels.js';
import type { WeeklyReportDocument } from './build-weekly-report.js';
import { escapeHtml } from '../http/escape-html.js';

/**
 * A value as the printed table shows it (src/core/text/format.ts): counts with thousands
 * separators ("1 234"), shares in percent with one decimal ("86,3", the label says "(%)"),
 * seconds with one decimal; nothing for no value.
 */
function printedNumber(value: number | null, unit: MeasureUnit, locale: ReportLocale): string {
  if (value === null) return '';
  if (unit === 'count') return formatInteger(value, locale);
  if (unit === 'share') return formatPoints(value, locale);
  return formatDecimal(value, 1, locale);
}

export function weeklyReportHtml(report: WeeklyReportDocument, locale: ReportLocale): string {
  const sv = locale === 'sv';
  const title = sv ? 'Veckorapport' : 'Weekly report';
  const scope = report.scope.name ?? (sv ? 'Alla köer' : 'All queues');
  const head = [
    COLUMN_LABELS.measure[locale],
    COLUMN_LABELS.row[locale],
    COLUMN_LABELS.mean[locale],
    COLUMN_LABELS.goal[locale],
    COLUMN_LABELS.lowest[locale],
    COLUMN_LABELS.highest[locale],
    ...report.weeks.map((w) => weekLabel(w, locale)),
  ];
  const body: string[] = [];
  for (const table of report.measures) {
    const n = (v: number | null) => escapeHtml(printedNumber(v, table.unit, locale));
    table.rows.forEach((row, i) => {
      const cells = row.cells
        .map((c) => {
          const classes = [
            c.closed ? 'closed' : '',
            c.incomplete ? 'incomplete' : '',
            c.dataIssues.length > 0 ? 'issue' : '',
          ].filter(Boolean);
          const note = c.dataIssues.map((k) => DATA_ISSUE_LABELS[k][locale]).join(', ');
          return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}${note ? ` title="${escapeHtml(note)}"` : ''}>${n(c.value)}</td>`;
        })
        .join('');
      const label =
        i === 0
          ? `<th scope="rowgroup" rowspan="${table.rows.length}">${escapeHtml(measureLabel(table.measure, table.unit, locale))}</th>`
          : '';
      body.push(
        `<tr class="${row.key === 'week' ? 'week' : ''}">${label}<th scope="row">${escapeHtml(ROW_LABELS[row.key][locale])}</th>` +
          `<td class="var">${n(row.mean)}</td><td class="var">${n(row.goal)}</td><td class="var">${n(row.lowest)}</td><td class="var">${n(row.highest)}</td>${cells}</tr>`,
      );
    });
  }
  const issues = report.dataIssues
    .map(
      (d) =>
        `<li>${escapeHtml(d.day ? formatDayShort(d.day, locale) : weekLabel(d.week, locale))}: ${escapeHtml(DATA_ISSUE_LABELS[d.kind][locale])}</li>`,
    )
    .join('');
  const closed = report.closedDays
    .map((c) => `<li>${escapeHtml(formatDayShort(c.day, locale))}: ${escapeHtml(c.reason)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #111; }
h1 { font-size: 13pt; margin: 0 0 2mm; }
p.meta { margin: 0 0 3mm; color: #333; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 0.6mm 1mm; }
td { text-align: right; font-variant-numeric: tabular-nums; }
th { text-align: left; font-weight: normal; }
thead th { background: #e8e8e8; font-weight: bold; text-align: center; }
tr.week td, tr.week th[scope="row"] { font-weight: bold; border-bottom: 1pt solid #333; }
td.var { background: #f4f4f4; }
td.closed { background: #d9d9d9; color: #444; }
td.incomplete { font-style: italic; color: #555; }
td.issue { outline: 1.2pt solid #b35900; }
ul { margin: 1mm 0 3mm 5mm; padding: 0; }
</style></head><body>
<h1>${escapeHtml(title)}: ${escapeHtml(scope)}</h1>
<p class="meta">${escapeHtml(weekLabel(report.from, locale))} – ${escapeHtml(weekLabel(report.to, locale))}. ${escapeHtml(
    sv
      ? 'Medel, lägst och högst räknas bara på öppna, hela dagar. Grå ruta: stängd dag. Kursiv: dagen är inte hel än eller saknar telefonidata. Markerad ruta: kontrollera underlaget.'
      : 'Mean, lowest and highest count open, whole days only. Grey: closed day. Italic: not a whole day yet, or no telephony data. Outlined: check the data.',
  )}</p>
<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>
${closed ? `<h2>${sv ? 'Egna stängda dagar' : 'Own closed days'}</h2><ul>${closed}</ul>` : ''}
${issues ? `<h2>${sv ? 'Att kontrollera i underlaget' : 'Data issues to check'}</h2><ul>${issues}</ul>` : ''}
</body></html>`;
}
