/**
 * One row of an Asterisk CDR CSV file to a typed record, or a rejection with the line number and
 * the reason. docs/metrics.md ("Asterisk CDR") states the rules; ../shared/data/telephony/cdr_csv.md
 * the columns (cdr/cdr_csv.c build_csv_record()).
 *
 * The file's column set is decided once per file, and every row must match it:
 * - With a header row (a first line naming the columns: cdr_custom, cdr_adaptive_odbc, a FreePBX
 *   export of its cdr table), the columns are read by their names (`calldate` is the start; the
 *   answer and end may be absent and are then derived from duration and billsec). Columns Lots
 *   does not read are listed as ignored; a header without the columns a queued call needs is
 *   refused with their names.
 * - Without one, the column count says the cdr_csv options: 16 (none), 17 (uniqueid or
 *   userfield), 18 (both), 19 (newcdrcolumns), 20 (newcdrcolumns and uniqueid or userfield), 21
 *   (all). 17 and 20 are told apart by the values of the 17th column: a uniqueid looks like
 *   `1717397243.239826` (optionally after a system name and a dash) and is never empty. When the
 *   sample holds both shapes the file is refused with the settings to check, never guessed. Any
 *   other count without a header is refused.
 * Strings are double-quoted with `"` doubled; quotes are accepted but not required on any field.
 * A quoted field cannot span lines (cdr_csv writes one record per line), so an unterminated quote
 * is a rejection. Dates are local wall-clock time in the PBX's zone (or UTC with usegmtime=yes):
 * the caller gives the zone, and a time skipped or repeated at a daylight-saving change is read
 * as src/core/calendar/local-time.ts reads it. amaflags is not read by any measure and not checked.
 */
import { instantAtLocalTime } from '../calendar/local-time.js';
import { isCalendarDay, MUNICIPAL_TIME_ZONE } from '../contacts/calendar-day.js';

export const CDR_DISPOSITIONS = [
  'ANSWERED',
  'NO ANSWER',
  'BUSY',
  'FAILED',
  'CONGESTION',
  'CANCEL',
  'UNKNOWN',
] as const;
export type CdrDisposition = (typeof CDR_DISPOSITIONS)[number];

/** The fields Lots knows, in cdr_csv's order. */
export const CDR_FIELDS = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield',
  'peeraccount',
  'linkedid',
  'sequence',
] as const;
export type CdrField = (typeof CDR_FIELDS)[number];

/** The fields a file must have for Lots to read a queued call from it. */
export const CDR_REQUIRED_FIELDS: readonly CdrField[] = [
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'duration',
  'billsec',
  'disposition',
];

/**
 * Other names the same fields have in custom layouts and database exports, compared without case,
 * spaces, dots, dashes or underscores ("Start Time", "start_time" and "starttime" are one name).
 * The Grandstream UCM's CDR export (Asterisk underneath) names its columns for people: "Source
 * Channel", "Dest. Channel", "Last app.", "Last date" (its label for lastdata: values such as
 * `6500,,,,900,,,`), "Call Time" (duration), "Talk Time" (billsec), "Unique ID", "Log Userfield".
 */
const FIELD_ALIASES: Record<string, CdrField> = {
  calldate: 'start',
  starttime: 'start',
  answertime: 'answer',
  answerdate: 'answer',
  endtime: 'end',
  hangupdate: 'end',
  callernumber: 'src',
  calleenumber: 'dst',
  context: 'dcontext',
  calleridnumber: 'clid',
  sourcechannel: 'channel',
  destchannel: 'dstchannel',
  lastdate: 'lastdata',
  calltime: 'duration',
  talktime: 'billsec',
  loguserfield: 'userfield',
};

export interface CdrColumnSet {
  /** Columns per row. */
  width: number;
  /** The column of each field the file has. */
  index: Partial<Record<CdrField, number>>;
  /** Header names of the columns Lots does not read (header files only). */
  ignored: string[];
  /** How the set was decided, for the summary: "header (26 columns)", "cdr_csv 17: uniqueid". */
  label: string;
}

export interface CdrRecord {
  line: number;
  accountCode: string;
  source: string;
  destination: string;
  destinationContext: string;
  callerId: string;
  channel: string;
  destinationChannel: string;
  lastApplication: string;
  lastData: string;
  start: Date;
  /** Null when the call was not answered (empty field). */
  answer: Date | null;
  end: Date;
  durationSeconds: number;
  billableSeconds: number;
  disposition: CdrDisposition;
  amaFlags: string;
  /** Null when the row has no such column. */
  uniqueId: string | null;
  userField: string | null;
  peerAccount: string | null;
  linkedId: string | null;
  sequence: number | null;
}

export interface CdrRejection {
  line: number;
  reason: string;
}

export type CdrParse = { record: CdrRecord } | { rejection: CdrRejection };

export interface CdrOptions {
  /** The PBX's zone for the dates; 'UTC' with usegmtime=yes. Default Europe/Stockholm. */
  timeZone?: string;
  /** The file's column set; default: the cdr_csv set of the row's count (17 and 20: uniqueid). */
  columns?: CdrColumnSet;
}

const BASE = CDR_FIELDS.slice(0, 16);
/** A date and time as cdr_csv writes it; database exports add fractions of a second. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?$/;
const WHOLE = /^\d+$/;

function headerless(fields: readonly CdrField[], label: string): CdrColumnSet {
  const index: Partial<Record<CdrField, number>> = {};
  fields.forEach((f, i) => (index[f] = i));
  return { width: fields.length, index, ignored: [], label };
}

/** cdr_csv's column set for a count, or null for a count cdr_csv never writes. */
export function cdrCsvColumnSet(
  count: number,
  seventeenth: 'uniqueid' | 'userfield' = 'uniqueid',
): CdrColumnSet | null {
  const newColumns: CdrField[] = ['peeraccount', 'linkedid', 'sequence'];
  switch (count) {
    case 16:
      return headerless(BASE, 'cdr_csv, 16 columns');
    case 17:
      return headerless([...BASE, seventeenth], `cdr_csv, 17 columns (${seventeenth})`);
    case 18:
      return headerless([...BASE, 'uniqueid', 'userfield'], 'cdr_csv, 18 columns (uniqueid, userfield)');
    case 19:
      return headerless([...BASE, ...newColumns], 'cdr_csv, 19 columns (newcdrcolumns)');
    case 20:
      return headerless(
        [...BASE, seventeenth, ...newColumns],
        `cdr_csv, 20 columns (${seventeenth}, newcdrcolumns)`,
      );
    case 21:
      return headerless([...BASE, 'uniqueid', 'userfield', ...newColumns], 'cdr_csv, 21 columns (all)');
    default:
      return null;
  }
}

const normalName = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/^"|"$/g, '')
    .replace(/[\s._-]+/g, '');
const fieldOfName = (name: string): CdrField | null =>
  (CDR_FIELDS as readonly string[]).includes(name) ? (name as CdrField) : (FIELD_ALIASES[name] ?? null);

/**
 * Whether a first line names columns: it has lastapp and disposition (or calldate/start) among
 * its cells, and none of them is a date. A data row never has the word "lastapp" in a column.
 */
export function isCdrHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normalName));
  const known = [...names].filter((n) => fieldOfName(n) !== null).length;
  return (
    (names.has('lastapp') || names.has('disposition')) &&
    known >= 3 &&
    !cells.some((c) => DATE_TIME.test(c.trim()))
  );
}

/** The column set named by a header row, or the reason it cannot be read. */
export function cdrHeaderColumnSet(cells: readonly string[]): { columns: CdrColumnSet } | { error: string } {
  const index: Partial<Record<CdrField, number>> = {};
  const ignored: string[] = [];
  for (const [i, cell] of cells.entries()) {
    const name = normalName(cell);
    const field = fieldOfName(name);
    if (field === null) {
      ignored.push(cell.trim() === '' ? `(column ${i + 1}, no name)` : cell.trim());
      continue;
    }
    if (index[field] !== undefined) {
      return { error: `the header names ${field} twice (columns ${index[field] + 1} and ${i + 1})` };
    }
    index[field] = i;
  }
  const missing = CDR_REQUIRED_FIELDS.filter((f) => index[f] === undefined);
  if (missing.length > 0) {
    return {
      error: `the header row has no column ${missing.join(', ')}: a queued call cannot be read without them`,
    };
  }
  return { columns: { width: cells.length, index, ignored, label: `header row, ${cells.length} columns` } };
}

/**
 * A file whose count matches a cdr_csv set but whose columns are another layout (a custom one
 * without a header) is refused: when none of the first rows has a date where cdr_csv writes the
 * start, or a disposition where it writes the disposition, the layout is not cdr_csv's. (One bad
 * row among good ones is that row's rejection, later.)
 */
function layoutChecked(
  sample: readonly (readonly string[])[],
  columns: CdrColumnSet,
  firstLine: number,
): { columns: CdrColumnSet } | { error: string } {
  const rows = sample.filter((r) => r.length === columns.width);
  const checks: [CdrField, (v: string) => boolean][] = [
    ['start', (v) => DATE_TIME.test(v.trim())],
    ['disposition', (v) => (CDR_DISPOSITIONS as readonly string[]).includes(v.trim())],
  ];
  for (const [field, ok] of checks) {
    const i = columns.index[field] as number;
    if (rows.length > 0 && !rows.some((r) => ok(r[i] ?? ''))) {
      return {
        error:
          `column ${i + 1} is ${field} in ${columns.label}, but line ${firstLine} has "${rows[0]?.[i] ?? ''}" ` +
          `there and none of the first rows has a ${field}: the file is not in cdr_csv's layout. Add a first ` +
          `line naming its columns (cdr_custom, cdr_adaptive_odbc or a database export)`,
      };
    }
  }
  return { columns };
}

/** A uniqueid: `<epoch seconds>.<sequence>`, after an optional system name and a dash. */
export const UNIQUEID_SHAPE = /^(?:[A-Za-z0-9_.-]+-)?\d{9,11}\.\d+$/;

/**
 * The column set of a file without a header, from its first data rows (fields already split):
 * the first row's count decides; for 17 and 20 the values of the 17th column decide between
 * uniqueid and userfield. `firstLine` is the first row's number, for the message.
 */
export function detectCdrColumns(
  sample: readonly (readonly string[])[],
  firstLine: number,
): { columns: CdrColumnSet } | { error: string } {
  const width = sample[0]?.length ?? 0;
  if (width !== 17 && width !== 20) {
    const columns = cdrCsvColumnSet(width);
    if (columns) return layoutChecked(sample, columns, firstLine);
    return {
      error:
        `line ${firstLine} has ${width} columns and the file has no header row: cdr_csv writes 16 to 21 ` +
        `columns; for another layout (cdr_custom, cdr_adaptive_odbc, a database export) add a first line ` +
        `naming the columns (accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,` +
        `answer,end,duration,billsec,disposition,amaflags,...)`,
    };
  }
  let shaped = 0;
  let other = 0;
  for (const row of sample) {
    if (row.length !== width) continue;
    const value = (row[16] ?? '').trim();
    if (UNIQUEID_SHAPE.test(value)) shaped += 1;
    else other += 1;
  }
  if (other === 0)
    return layoutChecked(sample, cdrCsvColumnSet(width, 'uniqueid') as CdrColumnSet, firstLine);
  if (shaped === 0)
    return layoutChecked(sample, cdrCsvColumnSet(width, 'userfield') as CdrColumnSet, firstLine);
  return {
    error:
      `the 17th column holds a uniqueid (like 1717397243.239826) on ${shaped} of the first rows and other ` +
      `values on ${other}: a ${width}-column cdr_csv file has either uniqueid (loguniqueid=yes) or userfield ` +
      `(loguserfield=yes) there, and Lots will not guess. Check those two settings in cdr.conf [csv], or ` +
      `add a first line naming the columns (…,amaflags,uniqueid,… or …,amaflags,userfield,…)`,
  };
}

/** Splits one CSV line into fields; null when a quote is not closed. */
export function splitCsvLine(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return null;
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the comma is kept, as a lenient reader would.
      const comma = text.indexOf(',', i);
      value += comma < 0 ? text.slice(i) : text.slice(i, comma);
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      fields.push(comma < 0 ? text.slice(i) : text.slice(i, comma));
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

class FieldError extends Error {}

/** Parses one line (without its line break; a trailing `\r` is ignored) numbered `line`. */
export function parseCdrCsvLine(text: string, line: number, options: CdrOptions = {}): CdrParse {
  const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (raw.trim() === '') return { rejection: { line, reason: 'empty line' } };
  const fields = splitCsvLine(raw);
  if (!fields) return { rejection: { line, reason: 'a quoted field is not closed' } };
  return parseCdrFields(fields, line, options);
}

/**
 * The value of a field in a row, trimmed of nothing; '' when the file has no such column.
 * Used to look at lastapp and disposition before the rest of the row is checked.
 */
export function cdrField(fields: readonly string[], columns: CdrColumnSet, field: CdrField): string {
  const i = columns.index[field];
  return i === undefined ? '' : (fields[i] ?? '');
}

/** A row already split into fields, read with the file's column set (see the module comment). */
export function parseCdrFields(fields: readonly string[], line: number, options: CdrOptions = {}): CdrParse {
  const reject = (reason: string): CdrParse => ({ rejection: { line, reason } });
  const columns = options.columns ?? cdrCsvColumnSet(fields.length);
  if (!columns) return reject(`expected 16 to 21 columns, found ${fields.length}`);
  if (fields.length !== columns.width) {
    return reject(
      `expected ${columns.width} columns (the file's column set: ${columns.label}), found ${fields.length}`,
    );
  }
  const timeZone = options.timeZone ?? MUNICIPAL_TIME_ZONE;
  const text = (field: CdrField): string => cdrField(fields, columns, field);
  const has = (field: CdrField) => columns.index[field] !== undefined;
  const whole = (field: CdrField, name: string = field): number => {
    const value = text(field).trim();
    if (!WHOLE.test(value)) throw new FieldError(`${name} "${text(field)}" is not a whole number`);
    return Number(value);
  };
  const date = (field: CdrField): Date => {
    const value = text(field).trim();
    const m = DATE_TIME.exec(value);
    const [day, h, min, s] = [m?.[1] ?? '', Number(m?.[2]), Number(m?.[3]), Number(m?.[4])];
    if (!m || !isCalendarDay(day) || h > 23 || min > 59 || s > 59) {
      throw new FieldError(`${field} "${text(field)}" is not a date and time YYYY-MM-DD HH:MM:SS`);
    }
    return instantAtLocalTime(day, h * 60 + min + s / 60, timeZone);
  };
  const optional = (field: CdrField): string | null => (has(field) ? text(field) : null);
  try {
    const disposition = text('disposition').trim();
    if (!(CDR_DISPOSITIONS as readonly string[]).includes(disposition)) {
      throw new FieldError(`disposition "${disposition}" is not one of ${CDR_DISPOSITIONS.join(', ')}`);
    }
    const start = date('start');
    const durationSeconds = whole('duration');
    const billableSeconds = whole('billsec');
    // Layouts without answer or end (a database's cdr table): derived from duration and billsec.
    const answer = has('answer')
      ? text('answer').trim() === ''
        ? null
        : date('answer')
      : billableSeconds > 0
        ? new Date(start.getTime() + (durationSeconds - billableSeconds) * 1000)
        : null;
    const end = has('end') ? date('end') : new Date(start.getTime() + durationSeconds * 1000);
    const sequenceText = optional('sequence');
    return {
      record: {
        line,
        accountCode: text('accountcode'),
        source: text('src'),
        destination: text('dst'),
        destinationContext: text('dcontext'),
        callerId: text('clid'),
        channel: text('channel'),
        destinationChannel: text('dstchannel'),
        lastApplication: text('lastapp'),
        lastData: text('lastdata'),
        start,
        answer,
        end,
        durationSeconds,
        billableSeconds,
        disposition: disposition as CdrDisposition,
        amaFlags: text('amaflags'),
        uniqueId: optional('uniqueid'),
        userField: optional('userfield'),
        peerAccount: optional('peeraccount'),
        linkedId: optional('linkedid'),
        sequence: sequenceText === null || sequenceText.trim() === '' ? null : whole('sequence'),
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return reject(error.message);
    throw error;
  }
}
