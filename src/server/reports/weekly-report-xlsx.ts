/**
 * The weekly report as an Excel workbook (exceljs): the same table as the page with real numbers
 * (shares as fractions with a percentage format, seconds and counts as numbers), Swedish or
 * English labels, the header row and the label columns frozen. Closed days are shaded grey and
 * cells with a data issue orange with a note; a second sheet lists the closed days and issues.
 */
import ExcelJS from 'exceljs';
import {
  COLUMN_LABELS,
  DATA_ISSUE_LABELS,
  MEASURE_LABELS,
  ROW_LABELS,
  weekLabel,
  type ReportLocale,
} from '../../core/telephony/report-labels.js';
import { MUNICIPAL_TIME_ZONE } from '../../core/contacts/calendar-day.js';
import { dayAsDate, wallClockDate } from '../../core/text/format.js';
import type { MeasureUnit } from '../../core/telephony/weekly-report.js';
import type { WeeklyReportDocument } from './build-weekly-report.js';

const FORMATS: Record<MeasureUnit, string> = { count: '0', share: '0.0%', seconds: '0' };
const DAY_FORMAT = 'yyyy-mm-dd';
const CLOSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E0E0' } };
const ISSUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD8A8' } };

export async function weeklyReportXlsx(report: WeeklyReportDocument, locale: ReportLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lots';
  workbook.created = new Date(report.generatedAt);
  const sheet = workbook.addWorksheet(locale === 'sv' ? 'Veckorapport' : 'Weekly report', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = [
    { header: COLUMN_LABELS.measure[locale], width: 42 },
    { header: COLUMN_LABELS.row[locale], width: 11 },
    { header: COLUMN_LABELS.mean[locale], width: 9 },
    { header: COLUMN_LABELS.goal[locale], width: 9 },
    { header: COLUMN_LABELS.lowest[locale], width: 9 },
    { header: COLUMN_LABELS.highest[locale], width: 9 },
    ...report.weeks.map((w) => ({ header: weekLabel(w, locale), width: 11 })),
  ];
  sheet.getRow(1).font = { bold: true };

  for (const table of report.measures) {
    for (const row of table.rows) {
      const added = sheet.addRow([
        MEASURE_LABELS[table.measure][locale],
        ROW_LABELS[row.key][locale],
        row.mean,
        row.goal,
        row.lowest,
        row.highest,
        ...row.cells.map((c) => c.value),
      ]);
      if (row.key === 'week') added.font = { bold: true };
      for (let col = 3; col <= 6 + row.cells.length; col += 1)
        added.getCell(col).numFmt = FORMATS[table.unit];
      row.cells.forEach((c, i) => {
        const cell = added.getCell(7 + i);
        if (c.closed) cell.fill = CLOSED_FILL;
        if (c.dataIssues.length > 0) {
          cell.fill = ISSUE_FILL;
          cell.note = c.dataIssues.map((k) => DATA_ISSUE_LABELS[k][locale]).join('\n');
        }
      });
    }
  }

  const notes = workbook.addWorksheet(locale === 'sv' ? 'Anmärkningar' : 'Notes');
  notes.columns = [{ width: 14 }, { width: 40 }];
  notes.addRow([
    locale === 'sv' ? 'Urval' : 'Scope',
    report.scope.name ?? (locale === 'sv' ? 'Alla köer' : 'All queues'),
  ]);
  notes.addRow([
    locale === 'sv' ? 'Veckor' : 'Weeks',
    `${weekLabel(report.from, locale)} – ${weekLabel(report.to, locale)}`,
  ]);
  // Real dates, not text: the moment as the municipality's clock showed it (Excel has no zones).
  notes
    .addRow([
      locale === 'sv' ? 'Skapad' : 'Generated',
      wallClockDate(report.generatedAt, MUNICIPAL_TIME_ZONE),
    ])
    .getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
  notes.addRow([]);
  notes.addRow([locale === 'sv' ? 'Egna stängda dagar' : 'Own closed days']).font = { bold: true };
  for (const c of report.closedDays)
    notes.addRow([dayAsDate(c.day), c.reason]).getCell(1).numFmt = DAY_FORMAT;
  notes.addRow([]);
  notes.addRow([locale === 'sv' ? 'Att kontrollera i underlaget' : 'Data issues to check']).font = {
    bold: true,
  };
  for (const issue of report.dataIssues) {
    const added = notes.addRow([
      issue.day ? dayAsDate(issue.day) : weekLabel(issue.week, locale),
      DATA_ISSUE_LABELS[issue.kind][locale],
    ]);
    if (issue.day) added.getCell(1).numFmt = DAY_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
