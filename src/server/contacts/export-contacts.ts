/**
 * The filtered contact list as a file for a spreadsheet: CSV or XLSX, with the columns of
 * core/contacts/export-columns.ts (which leaves out who logged each contact).
 *
 * The rows come from the list itself (listContacts), a batch at a time through its cursor, so
 * the export shows exactly what the list shows: the same filters, the same who-sees-what
 * (policy.ts), no deleted contacts, and the same order, newest first (startedAt, then id).
 * Each batch is turned into file bytes at once, so at most one batch of rows is held as
 * objects. The file is completed before the first byte is sent: an error half-way, or a
 * selection over the cap, then becomes a problem response instead of a truncated download that
 * looks whole. The cap bounds that buffer (roughly 300 bytes a contact in CSV, less zipped).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import {
  CONTACT_EXPORT_COLUMNS,
  CSV_BOM,
  contactExportCells,
  contactExportFileName,
  contactExportHeaders,
  csvTextOf,
  formatCsvRecords,
  type ContactExportRecord,
  type ExportCell,
  type ExportLocale,
} from '../../core/contacts/export-columns.js';
import { joinTopicPath, pathNamesById } from '../../core/topics/topic-tree.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { attachmentDisposition } from '../http/attachment.js';
import { Problem } from '../http/problem.js';
import { selectTopics } from '../topics/queries/topics.js';
import { selectUnits } from '../units/queries/units.js';
import { listContacts } from './list-contacts.js';
import type { ContactRow } from './queries/contacts.js';
import { EXPORT_ROW_LIMIT, type ExportContactsQuery } from './schema.js';

export type ContactExportFormat = 'csv' | 'xlsx';

export interface ContactExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Rows per trip to the database: large enough to be quick, small enough to hold. */
const BATCH_SIZE = 2_000;

const CONTENT_TYPES: Record<ContactExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Excel's custom format for the start time; ISO order reads the same in every locale. */
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

interface FileWriter {
  add(rows: readonly ExportCell[][]): void;
  finish(): Promise<Buffer>;
  abort(): void;
}

function csvWriter(headers: readonly string[]): FileWriter {
  const chunks = [Buffer.from(CSV_BOM + formatCsvRecords([headers]), 'utf8')];
  return {
    add(rows) {
      chunks.push(Buffer.from(formatCsvRecords(rows.map((r) => r.map(csvTextOf))), 'utf8'));
    },
    finish: () => Promise.resolve(Buffer.concat(chunks)),
    abort() {
      chunks.length = 0;
    },
  };
}

/**
 * An XLSX file written with exceljs's streaming writer, each row committed (serialised and
 * zipped) as it is added. Texts are written as text, never as formulas, so the CSV's apostrophe
 * guard is not needed here. Booleans are already Ja/Nej texts; the start time is a real Excel
 * date holding the Stockholm wall-clock time.
 */
function xlsxWriter(headers: readonly string[], locale: ExportLocale): FileWriter {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(locale === 'sv' ? 'Kontakter' : 'Contacts', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = CONTACT_EXPORT_COLUMNS.map((c) => ({ width: c.width }));
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.commit();
  let rowCount = 1;
  return {
    add(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(
          cells.map((cell) => (cell !== null && typeof cell === 'object' ? cell.wallClock : cell)),
        );
        CONTACT_EXPORT_COLUMNS.forEach((c, i) => {
          if (c.type === 'date_time') row.getCell(i + 1).numFmt = DATE_TIME_FORMAT;
        });
        row.commit();
        rowCount += 1;
      }
    },
    async finish() {
      // The filter covers the data rows too, so Excel needs no guess where the table ends.
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount, column: headers.length } };
      sheet.commit();
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
    abort() {
      stream.destroy();
    },
  };
}

interface Names {
  topicPaths: Map<string, string[]>;
  unitPaths: Map<string, string[]>;
}

function recordOf(c: ContactRow, { topicPaths, unitPaths }: Names): ContactExportRecord {
  const unit = (id: string) => joinTopicPath(unitPaths.get(id) ?? []);
  return {
    startedAt: c.startedAt,
    channel: c.channel,
    durationSeconds: c.durationSeconds,
    need: c.need,
    problemKind: c.problemKind,
    topicPath: joinTopicPath(topicPaths.get(c.topicId) ?? []),
    ownerUnit: unit(c.ownerUnitId),
    concernsExistingCase: c.concernsExistingCase,
    caseReference: c.caseReference,
    resolution: c.resolution,
    forwardedToUnit: c.forwardedToUnitId === null ? null : unit(c.forwardedToUnitId),
    isFailureDemand: c.isFailureDemand,
    failureReason: c.failureReason,
    citizenGender: c.citizenGender,
    citizenAgeBand: c.citizenAgeBand,
    citizenDistrict: c.citizenDistrict,
    summary: c.summary,
  };
}

/**
 * The contacts the actor may see that match the filters, as a CSV or XLSX file. Throws a 400
 * problem (contact_export_too_large) when they are more than maxRows.
 */
export async function exportContacts({
  db,
  actor,
  query,
  format,
  locale,
  maxRows = EXPORT_ROW_LIMIT,
  batchSize = BATCH_SIZE,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  query: ExportContactsQuery;
  format: ContactExportFormat;
  locale: ExportLocale;
  maxRows?: number;
  batchSize?: number;
  now?: Date;
}): Promise<ContactExportFile> {
  const { lang: _lang, ...filters } = query;
  // Retired topics and archived units too: old contacts keep their names.
  const names = await withTenant(db, actor.tenantId, async (tx) => ({
    topicPaths: pathNamesById(await selectTopics(tx, actor.tenantId)),
    unitPaths: pathNamesById(await selectUnits(tx, actor.tenantId, { includeArchived: true })),
  }));
  const headers = contactExportHeaders(locale);
  const writer = format === 'csv' ? csvWriter(headers) : xlsxWriter(headers, locale);
  try {
    let cursor: string | undefined;
    let count = 0;
    do {
      const page = await listContacts({ db, actor, query: { ...filters, limit: batchSize, cursor } });
      count += page.contacts.length;
      if (count > maxRows) throw new Problem(400, 'contact_export_too_large');
      writer.add(page.contacts.map((c) => contactExportCells(recordOf(c, names), locale)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  } catch (error) {
    writer.abort();
    throw error;
  }
  return {
    fileName: contactExportFileName({
      from: query.from,
      to: query.to,
      today: calendarDayOf(now),
      extension: format,
      locale,
    }),
    contentType: CONTENT_TYPES[format],
    body: await writer.finish(),
  };
}

export { attachmentDisposition };
