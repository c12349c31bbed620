/**
 * A survey's results as files (issue #15): each table as CSV (UTF-8 with BOM, ';', as the
 * analyses' exports), every table in one Excel workbook, and a PDF report printed like the weekly
 * report (503 when Chromium is missing). The same period, filters and breakdown as the results.
 */
import type { ExportLocale } from '../../core/contacts/export-columns.js';
import {
  surveyResultTables,
  surveyTableCsv,
  type SurveyTable,
  type SurveyTableId,
} from '../../core/surveys/result-tables.js';
import { badRequest } from '../http/problem.js';
import { printPdf } from '../reports/print-pdf.js';
import { resultsDocument, type Breakdown, type Filter } from './survey-results.js';
import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { surveyReportHtml } from './survey-report-html.js';
import { surveyResultsXlsx } from './survey-results-xlsx.js';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportRequest {
  db: Database;
  actor: Actor;
  id: string;
  filter: Filter;
  by: Breakdown | null;
  locale: ExportLocale;
  /** The CSV's table. */
  table: SurveyTableId | null;
  chromiumPath: string;
}

/** ASCII file names: "enkat-2026-01-01--2026-03-31-fragor.csv". */
function fileName(format: ExportFormat, r: ExportRequest, table: SurveyTable | null): string {
  const sv = r.locale === 'sv';
  const what = format === 'pdf' ? (sv ? 'enkatrapport' : 'survey-report') : sv ? 'enkat' : 'survey';
  const part = table ? `-${table.id}` : '';
  return `${what}-${r.filter.from}--${r.filter.to}${part}.${format}`;
}

export async function exportResults(
  format: ExportFormat,
  r: ExportRequest,
): Promise<{ body: string | Buffer; fileName: string }> {
  if (format === 'csv' && r.table === 'groups' && !r.by) {
    throw badRequest('validation_failed', [{ pointer: '/querystring/by', code: 'required_for_groups' }]);
  }
  const { view, definition, name } = await resultsDocument(r);
  const tables = surveyResultTables(view, definition, r.by, r.locale);
  const meta = {
    survey: r.locale === 'en' ? (name.en ?? name.sv) : name.sv,
    from: view.from,
    to: view.to,
    version: view.version,
  };
  if (format === 'csv') {
    const table = tables.find((t) => t.id === r.table)!;
    return { body: surveyTableCsv(table, r.locale), fileName: fileName(format, r, table) };
  }
  if (format === 'xlsx') {
    return { body: await surveyResultsXlsx(tables, meta, r.locale), fileName: fileName(format, r, null) };
  }
  return {
    body: await printPdf(surveyReportHtml(tables, meta, r.locale), r.chromiumPath),
    fileName: fileName(format, r, null),
  };
}
