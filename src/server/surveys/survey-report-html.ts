/**
 * A survey's results as a self-contained HTML document for printing (A4 landscape, like the
 * weekly report): every table of core/surveys/result-tables.ts with its numbers as people read
 * them (src/core/text/format.ts), no scripts, no external resources, every text escaped.
 */
import type { ExportLocale } from '../../core/contacts/export-columns.js';
import type { SurveyColumnUnit, SurveyTable } from '../../core/surveys/result-tables.js';
import { formatDayShort, formatDecimal, formatInteger, formatPercent } from '../../core/text/format.js';
import { escapeHtml } from '../http/escape-html.js';

function printed(value: string | number | null, unit: SurveyColumnUnit, locale: ExportLocale): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (unit === 'share') return formatPercent(value, locale);
  if (unit === 'mean') return formatDecimal(value, 2, locale);
  if (unit === 'index') return formatDecimal(value, 1, locale);
  return formatInteger(value, locale);
}

export function surveyReportHtml(
  tables: readonly SurveyTable[],
  meta: { survey: string; from: string; to: string; version: number },
  locale: ExportLocale,
): string {
  const sv = locale === 'sv';
  const title = sv ? 'Enkätrapport' : 'Survey report';
  const sections = tables
    .map((table) => {
      const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
      const rows = table.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell, i) => {
                const unit = table.columns[i]!.unit;
                const text = escapeHtml(printed(cell, unit, locale));
                return unit === 'text' && i === 0
                  ? `<th scope="row">${text}</th>`
                  : `<td class="${unit}">${text}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('\n');
      const empty = table.rows.length === 0 ? `<p>${sv ? 'Inga svar.' : 'No answers.'}</p>` : '';
      return `<section><h2>${escapeHtml(table.title)}</h2>${
        empty || `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
      }</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #111; }
h1 { font-size: 13pt; margin: 0 0 2mm; }
h2 { font-size: 10pt; margin: 4mm 0 1.5mm; }
p.meta { margin: 0 0 3mm; color: #333; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 0.6mm 1mm; }
td { text-align: right; font-variant-numeric: tabular-nums; }
td.text { text-align: left; }
th { text-align: left; font-weight: normal; }
thead th { background: #e8e8e8; font-weight: bold; text-align: center; }
</style></head><body>
<h1>${escapeHtml(title)}: ${escapeHtml(meta.survey)}</h1>
<p class="meta">${escapeHtml(
    `${formatDayShort(meta.from, locale)} – ${formatDayShort(meta.to, locale)}, version ${meta.version}. ` +
      (sv
        ? 'Perioden är kontakternas dagar. 95 % konfidensintervall. Färre än 30 svar: osäker. Jämförelse med SKR:s riksvärden först från 100 svar per kanal.'
        : "The period is the contacts' days. 95% confidence intervals. Fewer than 30 answers: uncertain. Compared with SKR's national figures only from 100 answers per channel."),
  )}</p>
${sections}
</body></html>`;
}
