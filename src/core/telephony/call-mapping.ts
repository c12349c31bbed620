/**
 * A saved column mapping for CSV exports of calls or of interval counts (see call-csv.ts, which
 * reads rows with it): its shape, and `checkCallMapping`, which says everything wrong with one
 * before it is saved. Pure.
 */
import { DURATION_UNITS, readText, valueKey, type DurationUnit } from '../contacts/intake-cells.js';
import { DATE_FORMATS, isTimeZone, type DateFormat } from '../contacts/intake-time.js';
import type { AnsweredEnd, CallOutcome } from './call-assembly.js';

export const CALL_MAPPING_KINDS = ['calls', 'intervals'] as const;
export type CallMappingKind = (typeof CALL_MAPPING_KINDS)[number];

/** The fields of a call row, by the names the mapping uses. */
export const CALL_FIELDS = [
  'callId',
  'queue',
  'enteredAt',
  'enteredDate',
  'enteredTime',
  'outcome',
  'waitSeconds',
  'talkSeconds',
  'answeredEnd',
] as const;
export type CallField = (typeof CALL_FIELDS)[number];

/** The fields of an interval row, by the names the mapping uses. */
export const INTERVAL_FIELDS = [
  'intervalStart',
  'intervalDate',
  'intervalTime',
  'queue',
  'offered',
  'answered',
  'abandoned',
  'answeredWaitSeconds',
  'answeredWaitUnder60',
  'answeredWaitMax120',
  'abandonedWaitSeconds',
] as const;
export type IntervalField = (typeof INTERVAL_FIELDS)[number];

export const CALL_OUTCOMES = [
  'answered',
  'abandoned',
  'timeout',
  'exit_key',
  'exit_empty',
  'withdrawn',
] as const satisfies readonly CallOutcome[];
export const ANSWERED_ENDS = [
  'completed_caller',
  'completed_agent',
  'transferred',
] as const satisfies readonly AnsweredEnd[];

/** The longest call id and queue name (queued_calls.call_id, queues.name). */
export const CALL_ID_MAX_LENGTH = 200;
export const QUEUE_NAME_MAX_LENGTH = 100;
/** The most calls one interval row may count: far above any queue's day, far below an integer's end. */
export const INTERVAL_COUNT_MAX = 1_000_000;
/** The longest wait total of one row (about three years): an epoch time mapped as a wait is refused. */
export const WAIT_TOTAL_MAX_SECONDS = 100_000_000;

interface CallMappingBase {
  dateFormat: DateFormat;
  /** The zone of the file's local times (IANA); default Europe/Stockholm. */
  timeZone?: string;
  /** How waits and talk times are written: seconds, minutes or a clock (h:mm:ss). */
  durationUnit: DurationUnit;
  /** The queue of every row, for a file without a queue column (an export of one queue). */
  fixedQueue?: string;
}

export interface CallsMapping extends CallMappingBase {
  kind: 'calls';
  /** Field -> the header of the CSV column that holds it. */
  columns: Partial<Record<CallField, string>>;
  /** The source's outcome codes -> ours ("Besvarat" -> answered); our own codes need no entry. */
  outcomes?: Record<string, string>;
  /** The source's codes for how an answered call ended -> ours. */
  answeredEnds?: Record<string, string>;
}

export interface IntervalsMapping extends CallMappingBase {
  kind: 'intervals';
  columns: Partial<Record<IntervalField, string>>;
}

export type CallMapping = CallsMapping | IntervalsMapping;

export type CallMappingIssueCode =
  | 'required'
  | 'unknown_field'
  | 'column_and_fixed'
  | 'column_repeated'
  | 'date_time_twice'
  | 'date_without_time'
  | 'time_without_date'
  | 'invalid_choice'
  | 'invalid_time_zone'
  | 'invalid_fixed_value'
  | 'value_repeated';

/** One thing wrong with a mapping; `path` names the part: "columns/queue", "outcomes/Besvarat". */
export interface CallMappingIssue {
  path: string;
  code: CallMappingIssueCode;
  params?: Record<string, string | number>;
}

/** A queued call read from a row. */
export type AnyField = CallField | IntervalField;

export const REQUIRED: Record<CallMappingKind, readonly AnyField[]> = {
  calls: ['callId', 'outcome', 'waitSeconds'],
  intervals: ['offered', 'answered', 'abandoned'],
};

/** The start of a row: one column (date and time, or for intervals a date) or two. */
export const START_FIELDS = {
  calls: { at: 'enteredAt', date: 'enteredDate', time: 'enteredTime' },
  intervals: { at: 'intervalStart', date: 'intervalDate', time: 'intervalTime' },
} as const;

export const columnsOf = (mapping: CallMapping) => mapping.columns as Partial<Record<AnyField, string>>;
export const fieldsOf = (kind: CallMappingKind): readonly AnyField[] =>
  kind === 'calls' ? CALL_FIELDS : INTERVAL_FIELDS;

/**
 * Everything wrong with a mapping, in a stable order; empty when it can be saved. The shape
 * (types, lengths of names) is the server's zod schema's job; this checks the meaning: each
 * required field has a column (the queue may be fixed instead), the start is one column or a
 * date and a time column, no column is read twice, the zone and formats are known, and the value
 * maps lead to our codes only, without one source code meaning two of ours.
 */
export function checkCallMapping(mapping: CallMapping): CallMappingIssue[] {
  const issues: CallMappingIssue[] = [];
  const kind: string = mapping.kind;
  if (!(CALL_MAPPING_KINDS as readonly string[]).includes(kind))
    return [{ path: 'kind', code: 'invalid_choice', params: { options: CALL_MAPPING_KINDS.join(', ') } }];
  const fields = fieldsOf(mapping.kind);
  const columns = columnsOf(mapping);
  const has = (field: AnyField) => columns[field] !== undefined;

  for (const [field, column] of Object.entries(columns)) {
    if (column !== undefined && !(fields as readonly string[]).includes(field))
      issues.push({ path: `columns/${field}`, code: 'unknown_field', params: { kind: mapping.kind } });
  }
  for (const field of REQUIRED[mapping.kind]) {
    if (!has(field)) issues.push({ path: `columns/${field}`, code: 'required' });
  }
  const start = START_FIELDS[mapping.kind];
  if (has(start.at)) {
    for (const part of [start.date, start.time])
      if (has(part))
        issues.push({ path: `columns/${part}`, code: 'date_time_twice', params: { field: start.at } });
  } else if (!has(start.date) && !has(start.time)) {
    issues.push({ path: `columns/${start.at}`, code: 'required' });
  } else if (!has(start.time)) {
    issues.push({ path: `columns/${start.date}`, code: 'date_without_time' });
  } else if (!has(start.date)) {
    issues.push({ path: `columns/${start.time}`, code: 'time_without_date' });
  }
  if (mapping.fixedQueue === undefined) {
    if (!has('queue')) issues.push({ path: 'columns/queue', code: 'required' });
  } else if (has('queue')) {
    issues.push({ path: 'fixedQueue', code: 'column_and_fixed' });
  } else {
    const queue = readText(mapping.fixedQueue, QUEUE_NAME_MAX_LENGTH);
    if ('error' in queue)
      issues.push({ path: 'fixedQueue', code: 'invalid_fixed_value', params: { reason: queue.error } });
    else if (queue.value === null)
      issues.push({ path: 'fixedQueue', code: 'invalid_fixed_value', params: { reason: 'required' } });
  }

  const fieldOfColumn = new Map<string, AnyField>();
  for (const field of fields) {
    const column = columns[field];
    if (column === undefined) continue;
    const other = fieldOfColumn.get(valueKey(column));
    if (other)
      issues.push({ path: `columns/${field}`, code: 'column_repeated', params: { column, field: other } });
    else fieldOfColumn.set(valueKey(column), field);
  }

  if (mapping.timeZone !== undefined && !isTimeZone(mapping.timeZone))
    issues.push({ path: 'timeZone', code: 'invalid_time_zone' });
  if (!(DATE_FORMATS as readonly string[]).includes(mapping.dateFormat))
    issues.push({ path: 'dateFormat', code: 'invalid_choice', params: { options: DATE_FORMATS.join(', ') } });
  if (!(DURATION_UNITS as readonly string[]).includes(mapping.durationUnit))
    issues.push({
      path: 'durationUnit',
      code: 'invalid_choice',
      params: { options: DURATION_UNITS.join(', ') },
    });
  if (mapping.kind === 'calls') {
    checkValueMap('outcomes', mapping.outcomes, CALL_OUTCOMES, issues);
    checkValueMap('answeredEnds', mapping.answeredEnds, ANSWERED_ENDS, issues);
  }
  return issues;
}

function checkValueMap(
  name: string,
  map: Record<string, string> | undefined,
  allowed: readonly string[],
  issues: CallMappingIssue[],
): void {
  const seen = new Map<string, { theirs: string; ours: string }>();
  for (const [theirs, ours] of Object.entries(map ?? {})) {
    if (!allowed.includes(ours)) {
      issues.push({
        path: `${name}/${theirs}`,
        code: 'invalid_choice',
        params: { options: allowed.join(', ') },
      });
      continue;
    }
    // Cells are matched ignoring case and outer spaces, so "Besvarat" and "besvarat " are one code.
    const earlier = seen.get(valueKey(theirs));
    if (!earlier) seen.set(valueKey(theirs), { theirs, ours });
    else if (earlier.ours !== ours)
      issues.push({ path: `${name}/${theirs}`, code: 'value_repeated', params: { value: earlier.theirs } });
  }
}

/**
 * A reader for the rows under `header`, or the header's errors (line 1): a mapped column the
 * header lacks or has twice (names matched ignoring case and outer spaces), an empty header, or
 * a mapping that checkCallMapping refuses.
 */
