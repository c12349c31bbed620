/**
 * A survey's results as an Excel workbook (exceljs, as the weekly report): one sheet per table of
 * core/surveys/result-tables.ts, real numbers in the cells (shares as fractions with a percentage
 * format, means with two decimals, index and NPS with one), the header row bold and frozen.
 */
import ExcelJS from 'exceljs';
import type { ExportLocale } from '../../core/contacts/export-columns.js';
import type { SurveyColumnUnit, SurveyTable } from '../../core/surveys/result-tables.js';

const FORMATS: Record<SurveyColumnUnit, string | null> = {
  count: '0',
  share: '0.0%',
  mean: '0.00',
  index: '0.0',
  text: null,
};

export async function surveyResultsXlsx(
  tables: readonly SurveyTable[],
  meta: { survey: string; from: string; to: string; version: number },
  locale: ExportLocale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lots';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[:\\/?*[\]]/g, ' '), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    sheet.columns = table.columns.map((c) => ({
      header: c.label,
      width: c.unit === 'text' ? 36 : Math.max(10, Math.min(24, c.label.length)),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row);
      table.columns.forEach((c, i) => {
        const format = FORMATS[c.unit];
        if (format) added.getCell(i + 1).numFmt = format;
      });
    }
  }
  const about = workbook.addWorksheet(locale === 'sv' ? 'Om underlaget' : 'About');
  about.addRows([
    [locale === 'sv' ? 'Enkät' : 'Survey', meta.survey],
    [locale === 'sv' ? 'Kontakternas dagar' : "Contacts' days", `${meta.from} – ${meta.to}`],
    [locale === 'sv' ? 'Version' : 'Version', meta.version],
    [
      locale === 'sv' ? 'Definitioner' : 'Definitions',
      locale === 'sv'
        ? 'docs/metrics.md, "Surveys". Färre än 30 svar: osäker. Jämförelse med SKR först från 100 svar per kanal.'
        : 'docs/metrics.md, "Surveys". Fewer than 30 answers: uncertain. Compared with SKR only from 100 answers per channel.',
    ],
  ]);
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
