/**
 * Telephony statistics exported as CSV by platforms other than Asterisk, read with a saved column
 * mapping, as contacts are read (../contacts/intake-mapping.ts, intake-csv.ts). Two kinds:
 *
 * - `calls`: one row per queued call (its id, queue, when it entered, outcome, wait and talk).
 * - `intervals`: one row per interval (or per day) of a queue with aggregate counts, for the
 *   platforms that export nothing finer.
 *
 * The importer splits the file into rows itself and streams them here: `callRowReader` resolves
 * the mapping's columns in the header once, then reads one row at a time into a call, an interval,
 * or every error of the row. Line numbers are the caller's: the header is line 1, as a
 * spreadsheet shows it. Cells are read by the contact intake's readers, so a date, a duration or a
 * code means the same in both imports. Pure.
 *
 * Decisions:
 * - The entry time is one column holding date and time, or a date column and a time column. A
 *   local time the clocks skip is refused; one that happens twice is its first occurrence, as
 *   readLocalDateTime reads it. An interval row whose one start column holds a date only covers
 *   the whole day (`wholeDay`) and starts at local midnight; with two columns the time is required.
 * - An interval may count more answered (or answered + abandoned) than offered calls: aggregate
 *   exports do (callbacks, transfers), and the reports flag it. Its answered-within counts may not
 *   exceed each other or the answered calls: that is a mapping mistake, not a platform quirk.
 * - Talk time or how-it-ended on a call that was not answered is refused rather than dropped: the
 *   store keeps neither for such calls (queued_calls' checks), and a file that has them is
 *   probably mapped wrongly.
 * - The wait totals of an interval are sums over many calls, so they may exceed the one day that
 *   readDuration allows a single call.
 */ import { MUNICIPAL_TIME_ZONE } from '../contacts/calendar-day.js';
import {
  keyedValueMap,
  readCode,
  readDuration,
  readText,
  valueKey,
  type CellResult,
  type DurationUnit,
} from '../contacts/intake-cells.js';
import { parseDate, readLocalDateTime, zonedInstant } from '../contacts/intake-time.js';
import type { AnsweredEnd, CallOutcome } from './call-assembly.js';

import {
  CALL_OUTCOMES,
  ANSWERED_ENDS,
  CALL_ID_MAX_LENGTH,
  QUEUE_NAME_MAX_LENGTH,
  INTERVAL_COUNT_MAX,
  WAIT_TOTAL_MAX_SECONDS,
  START_FIELDS,
  columnsOf,
  fieldsOf,
  checkCallMapping,
  type CallMappingIssue,
  type AnyField,
  type CallField,
  type IntervalField,
  type CallsMapping,
  type IntervalsMapping,
  type CallMapping,
} from './call-mapping.js';
export {
  CALL_MAPPING_KINDS,
  CALL_FIELDS,
  INTERVAL_FIELDS,
  CALL_OUTCOMES,
  ANSWERED_ENDS,
  CALL_ID_MAX_LENGTH,
  QUEUE_NAME_MAX_LENGTH,
  INTERVAL_COUNT_MAX,
  WAIT_TOTAL_MAX_SECONDS,
  checkCallMapping,
  type CallMappingKind,
  type CallField,
  type IntervalField,
  type CallsMapping,
  type IntervalsMapping,
  type CallMapping,
  type CallMappingIssueCode,
  type CallMappingIssue,
} from './call-mapping.js';

export interface CsvCall {
  callId: string;
  queue: string;
  enteredAt: Date;
  outcome: CallOutcome;
  /** How an answered call ended; null when the file does not say or the call was not answered. */
  answeredEnd: AnsweredEnd | null;
  waitSeconds: number;
  /** 0 when the file has no talk column or the call was not answered. */
  talkSeconds: number;
}

/** The counts of one interval of one queue. */
export interface CallInterval {
  queue: string;
  start: Date;
  /** True when the row gave a date only: the counts are the whole day's. */
  wholeDay: boolean;
  offered: number;
  answered: number;
  abandoned: number;
  /** Total wait of the answered calls, seconds. */
  answeredWaitSeconds: number | null;
  /** Answered with a wait under 60 seconds. */
  answeredWaitUnder60: number | null;
  /** Answered with a wait of at most 120 seconds. */
  answeredWaitMax120: number | null;
  /** Total wait of the abandoned calls, seconds. */
  abandonedWaitSeconds: number | null;
}

/** One reason a row (line > 1) or the header (line 1) was refused. */
export interface CallRowError {
  line: number;
  /** The CSV column at fault as the mapping names it; null for the whole row. */
  column: string | null;
  field: CallField | IntervalField | null;
  /** Stable snake_case code. */
  code: string;
  /** An English sentence for a person. */
  detail: string;
  params?: Record<string, string | number>;
}

export type CallRowResult =
  { call: CsvCall } | { interval: CallInterval } | { errors: CallRowError[] } | { skip: true };

export interface CallRowReader {
  /** Reads one row's cells, numbered `line`; a row of empty cells is skipped. */
  read(cells: readonly string[], line: number): CallRowResult;
}

export function callRowReader(
  mapping: CallMapping,
  header: readonly string[],
): CallRowReader | { headerErrors: CallRowError[] } {
  const issues = checkCallMapping(mapping);
  if (issues.length > 0) {
    const invalid = ({ path, code }: CallMappingIssue) =>
      lineError(1, null, null, 'mapping_invalid', `The mapping is not valid: ${path} (${code}).`, {
        path,
        issue: code,
      });
    return { headerErrors: issues.map(invalid) };
  }
  if (header.every(isBlank))
    return { headerErrors: [lineError(1, null, null, 'csv_empty', 'The header row is empty.')] };

  const indexes = new Map<string, number[]>();
  header.forEach((name, index) =>
    indexes.set(valueKey(name), [...(indexes.get(valueKey(name)) ?? []), index]),
  );
  const positions = new Map<AnyField, number>();
  const headerErrors: CallRowError[] = [];
  const columns = columnsOf(mapping);
  for (const field of fieldsOf(mapping.kind)) {
    const column = columns[field];
    if (column === undefined) continue;
    const found = indexes.get(valueKey(column)) ?? [];
    const at = found[0];
    const label = LABELS[field];
    if (found.length > 1) {
      const detail = `The header has more than one column "${column}", so the ${label} is ambiguous.`;
      headerErrors.push(lineError(1, column, field, 'csv_column_repeated', detail, { column }));
    } else if (at === undefined) {
      const detail = `The header has no column "${column}", which the mapping reads as the ${label}.`;
      headerErrors.push(lineError(1, column, field, 'csv_column_missing', detail, { column }));
    } else positions.set(field, at);
  }
  if (headerErrors.length > 0) return { headerErrors };

  const width = header.length;
  const readRow = mapping.kind === 'calls' ? callReader(mapping) : (row: Row) => readInterval(mapping, row);
  return {
    read(cells, line) {
      if (cells.every(isBlank)) return { skip: true };
      if (cells.length !== width) {
        const detail = `The row has ${cells.length} cells; the header has ${width}.`;
        const params = { expected: width, found: cells.length };
        return { errors: [lineError(line, null, null, 'csv_field_count', detail, params)] };
      }
      return readRow(new Row(mapping, positions, cells, line));
    },
  };
}

const isBlank = (cell: string) => cell.trim() === '';

function lineError(
  line: number,
  column: string | null,
  field: AnyField | null,
  code: string,
  detail: string,
  params?: Record<string, string | number>,
): CallRowError {
  return { line, column, field, code, detail, ...(params ? { params } : {}) };
}

/** What a field is, for error sentences. */
const LABELS: Record<AnyField, string> = {
  callId: 'call id',
  queue: 'queue',
  enteredAt: 'time the call entered the queue',
  enteredDate: 'date the call entered the queue',
  enteredTime: 'time of day the call entered the queue',
  outcome: 'outcome',
  waitSeconds: 'wait',
  talkSeconds: 'talk time',
  answeredEnd: 'way the answered call ended',
  intervalStart: 'start of the interval',
  intervalDate: 'date of the interval',
  intervalTime: 'time of day the interval starts',
  offered: 'offered calls',
  answered: 'answered calls',
  abandoned: 'abandoned calls',
  answeredWaitSeconds: 'total wait of answered calls',
  answeredWaitUnder60: 'calls answered within 60 seconds',
  answeredWaitMax120: 'calls answered within 120 seconds',
  abandonedWaitSeconds: 'total wait of abandoned calls',
};

const UNIT_TEXT: Record<DurationUnit, string> = {
  seconds: 'whole seconds',
  minutes: 'minutes',
  clock: 'a clock (m:ss or h:mm:ss)',
};

/** A cell as quoted in an error sentence: codes, dates and numbers only, never a name or an id. */
const quoted = (cell: string) => {
  const text = cell.trim();
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
};

/** One row being read: its cells by field, and the errors found so far. */
class Row {
  readonly errors: CallRowError[] = [];

  constructor(
    private readonly mapping: CallMapping,
    private readonly positions: ReadonlyMap<AnyField, number>,
    private readonly cells: readonly string[],
    readonly line: number,
  ) {}

  /** The field's cell; null when the mapping has no column for it. */
  cell(field: AnyField): string | null {
    const at = this.positions.get(field);
    return at === undefined ? null : (this.cells[at] ?? '');
  }

  fail(field: AnyField, code: string, detail: string, params?: Record<string, string | number>): null {
    this.errors.push(lineError(this.line, this.column(field), field, code, detail, params));
    return null;
  }

  private column(field: AnyField): string | null {
    return columnsOf(this.mapping)[field] ?? null;
  }

  missing(field: AnyField): null {
    const detail = `The ${LABELS[field]} is missing: column "${this.column(field)}" is empty.`;
    return this.fail(field, 'required', detail);
  }

  /** The value a cell reader gave, or null with the error recorded (`required`: empty is one). */
  take<T>(field: AnyField, result: CellResult<T | null>, required: boolean): T | null {
    if ('error' in result) return this.fail(field, result.error, this.sentence(field, result), result.params);
    if (result.value === null && required) return this.missing(field);
    return result.value;
  }

  private sentence(field: AnyField, result: { error: string; params?: Record<string, string | number> }) {
    const cell = this.cell(field) ?? '';
    const where = `in column "${this.column(field)}"`;
    const { params } = result;
    switch (result.error) {
      case 'too_long':
        return `The ${LABELS[field]} ${where} is longer than ${params?.max} characters.`;
      case 'invalid_choice':
        return `${quoted(cell)} ${where} is not a known ${LABELS[field]}; expected one of: ${params?.options}.`;
      case 'invalid_duration':
        return `${quoted(cell)} ${where} is not a length of time in ${UNIT_TEXT[this.mapping.durationUnit]}.`;
      case 'invalid_count':
        return `${quoted(cell)} ${where} is not a whole number of 0 or more.`;
      case 'too_big_number':
        return `${quoted(cell)} ${where} is more than the ${params?.max} allowed for the ${LABELS[field]}.`;
      default:
        return `${quoted(cell)} ${where} is not a valid ${LABELS[field]}.`;
    }
  }

  /** Text of 1 to `max` characters, from the field's column or, for the queue, the fixed value. */
  text(field: 'callId' | 'queue', max: number): string | null {
    const cell = this.cell(field) ?? (field === 'queue' ? this.mapping.fixedQueue : undefined) ?? '';
    return this.take(field, readText(cell, max), true);
  }

  count(field: IntervalField, required: boolean): number | null {
    return this.take(field, readCount(this.cell(field) ?? ''), required);
  }

  /**
   * The instant the row starts: one column, or a date and a time column. `dateOnly`: a single
   * column may hold just a date, which is local midnight and a whole day.
   */
  start(
    fields: { at: AnyField; date: AnyField; time: AnyField },
    dateOnly: boolean,
  ): { at: Date; wholeDay: boolean } | null {
    const { dateFormat: format } = this.mapping;
    const timeZone = this.mapping.timeZone ?? MUNICIPAL_TIME_ZONE;
    const single = this.cell(fields.at);
    const dateField = single === null ? fields.date : fields.at;
    const dateText = single ?? this.cell(fields.date) ?? '';
    const timeText = single === null ? (this.cell(fields.time) ?? '') : null;
    const noDate = isBlank(dateText);
    const noTime = timeText !== null && isBlank(timeText);
    if (noDate) this.missing(dateField);
    if (noTime) this.missing(fields.time);
    if (noDate || noTime) return null;

    let result: Date | string;
    let wholeDay = false;
    if (dateOnly && timeText === null && dateText.trim().search(/[ T]/) < 0) {
      const day = parseDate(dateText, format);
      wholeDay = true;
      result = !day
        ? 'invalid_date_format'
        : (zonedInstant({ ...day, hour: 0, minute: 0, second: 0 }, timeZone) ?? 'time_nonexistent');
    } else {
      result = readLocalDateTime(dateText, timeText, format, timeZone);
    }
    if (result instanceof Date) return { at: result, wholeDay };

    // With a time column of its own, a time that is wrong or that the clocks skipped is that column's.
    const field = result !== 'invalid_date_format' && timeText !== null ? fields.time : dateField;
    const shown = timeText === null ? quoted(dateText) : quoted(`${dateText.trim()} ${timeText.trim()}`);
    const where = `in column "${this.column(field)}"`;
    if (result === 'invalid_date_format')
      return this.fail(field, result, `${quoted(dateText)} ${where} is not a date written ${format}.`, {
        format,
      });
    if (result === 'time_nonexistent')
      return this.fail(
        field,
        result,
        `${shown} ${where} never happened in ${timeZone}: the clocks went forward past it.`,
        { timeZone },
      );
    return this.fail(
      field,
      result,
      `${quoted(timeText ?? dateText)} ${where} has no valid time of day (h:mm or h:mm:ss).`,
    );
  }
}

const WHOLE = /^\d+$/;

/** A count of calls: a whole number from 0 to INTERVAL_COUNT_MAX; empty is null. */
function readCount(cell: string): CellResult<number | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  if (!WHOLE.test(text)) return { error: 'invalid_count' };
  const count = Number(text);
  return count > INTERVAL_COUNT_MAX
    ? { error: 'too_big_number', params: { max: INTERVAL_COUNT_MAX } }
    : { value: count };
}

/**
 * A total of waits in the mapping's unit. readDuration checks the form and refuses more than a
 * day, which suits one call; past a day the form was fine, so the total is summed here.
 */
function readWaitTotal(cell: string, unit: DurationUnit): CellResult<number | null> {
  const result = readDuration(cell, unit);
  if (!('error' in result) || result.error !== 'too_big_number') return result;
  const text = cell.trim();
  const seconds =
    unit === 'seconds'
      ? Number(text)
      : unit === 'minutes'
        ? Math.round(Number(text.replace(',', '.')) * 60)
        : text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return seconds > WAIT_TOTAL_MAX_SECONDS
    ? { error: 'too_big_number', params: { max: WAIT_TOTAL_MAX_SECONDS } }
    : { value: seconds };
}

/** Reads call rows; the value maps are keyed once per file, not once per row. */
function callReader(mapping: CallsMapping): (row: Row) => CallRowResult {
  const outcomes = keyedValueMap(mapping.outcomes);
  const answeredEnds = keyedValueMap(mapping.answeredEnds);
  return (row) => readCall(mapping, outcomes, answeredEnds, row);
}

function readCall(
  mapping: CallsMapping,
  outcomes: ReadonlyMap<string, string>,
  answeredEnds: ReadonlyMap<string, string>,
  row: Row,
): CallRowResult {
  const callId = row.text('callId', CALL_ID_MAX_LENGTH);
  const queue = row.text('queue', QUEUE_NAME_MAX_LENGTH);
  const entered = row.start(START_FIELDS.calls, false);
  const outcome = row.take('outcome', readCode(row.cell('outcome') ?? '', CALL_OUTCOMES, outcomes), true);
  const waitSeconds = row.take(
    'waitSeconds',
    readDuration(row.cell('waitSeconds') ?? '', mapping.durationUnit),
    true,
  );
  const talkSeconds =
    row.take('talkSeconds', readDuration(row.cell('talkSeconds') ?? '', mapping.durationUnit), false) ?? 0;
  const answeredEnd = row.take(
    'answeredEnd',
    readCode(row.cell('answeredEnd') ?? '', ANSWERED_ENDS, answeredEnds),
    false,
  );
  if (outcome !== null && outcome !== 'answered') {
    if (answeredEnd !== null)
      row.fail(
        'answeredEnd',
        'answered_end_without_answer',
        `Column "${mapping.columns.answeredEnd}" says how an answered call ended, but the call was not answered (${outcome}).`,
        { outcome },
      );
    if (talkSeconds > 0)
      row.fail(
        'talkSeconds',
        'talk_without_answer',
        `Column "${mapping.columns.talkSeconds}" gives ${talkSeconds} seconds of talk, but the call was not answered (${outcome}).`,
        { outcome, seconds: talkSeconds },
      );
  }
  if (row.errors.length > 0) return { errors: row.errors };
  if (callId === null || queue === null || entered === null || outcome === null || waitSeconds === null)
    throw new Error('a required field passed without a value');
  return { call: { callId, queue, enteredAt: entered.at, outcome, answeredEnd, waitSeconds, talkSeconds } };
}

function readInterval(mapping: IntervalsMapping, row: Row): CallRowResult {
  const start = row.start(START_FIELDS.intervals, true);
  const queue = row.text('queue', QUEUE_NAME_MAX_LENGTH);
  const offered = row.count('offered', true);
  const answered = row.count('answered', true);
  const abandoned = row.count('abandoned', true);
  const total = (field: 'answeredWaitSeconds' | 'abandonedWaitSeconds') =>
    row.take(field, readWaitTotal(row.cell(field) ?? '', mapping.durationUnit), false);
  const answeredWaitSeconds = total('answeredWaitSeconds');
  const answeredWaitUnder60 = row.count('answeredWaitUnder60', false);
  const answeredWaitMax120 = row.count('answeredWaitMax120', false);
  const abandonedWaitSeconds = total('abandonedWaitSeconds');

  // Within 60 s is within 120 s, and both are answered calls.
  if (answeredWaitUnder60 !== null && answeredWaitMax120 !== null && answeredWaitUnder60 > answeredWaitMax120)
    row.fail(
      'answeredWaitUnder60',
      'under_60_exceeds_max_120',
      `Column "${mapping.columns.answeredWaitUnder60}" counts ${answeredWaitUnder60} calls answered within 60 seconds, more than the ${answeredWaitMax120} answered within 120 seconds.`,
      { max120: answeredWaitMax120 },
    );
  for (const [field, value] of [
    ['answeredWaitUnder60', answeredWaitUnder60],
    ['answeredWaitMax120', answeredWaitMax120],
  ] as const) {
    if (value !== null && answered !== null && value > answered)
      row.fail(
        field,
        'exceeds_answered',
        `Column "${mapping.columns[field]}" counts ${value} ${LABELS[field]}, more than the ${answered} answered.`,
        { answered },
      );
  }
  if (row.errors.length > 0) return { errors: row.errors };
  if (queue === null || start === null || offered === null || answered === null || abandoned === null)
    throw new Error('a required field passed without a value');
  return {
    interval: {
      queue,
      start: start.at,
      wholeDay: start.wholeDay,
      offered,
      answered,
      abandoned,
      answeredWaitSeconds,
      answeredWaitUnder60,
      answeredWaitMax120,
      abandonedWaitSeconds,
    },
  };
}
