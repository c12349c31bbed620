/**
 * The call mapping form's state and its conversion to and from a saved mapping (the body of POST
 * and PUT /api/telephony/call-mappings; what a mapping means is core/telephony/call-mapping.ts).
 * Pure. The form keeps the columns of both kinds, so switching between calls and intervals loses
 * nothing typed; only the kind's own fields, the chosen start (one column, or a date and a time
 * column) and the chosen queue (a column, or one fixed queue) are sent. Code tables are rows a
 * person adds and removes; a row that cannot be sent (a code without a meaning, a meaning without
 * a code, a code twice) is reported by row, never dropped. Everything else is checked by the
 * server, whose field errors are put back at the inputs by `callMappingFieldErrors`.
 */
import type { DurationUnit } from '../../../core/contacts/intake-cells.js';
import type { DateFormat } from '../../../core/contacts/intake-time.js';
import {
  CALL_FIELDS,
  INTERVAL_FIELDS,
  START_FIELDS,
  type AnyField,
  type CallMapping,
  type CallMappingKind,
} from '../../../core/telephony/call-mapping.js';

/** The start of a row: one column with date and time (or a date), or a date and a time column. */
export type StartMode = 'one' | 'two';
/** The queue of a row: a column of the file, or one queue for every row. */
export type QueueMode = 'column' | 'fixed';

/** The source's code tables of a calls mapping (their codes: CALL_OUTCOMES, ANSWERED_ENDS). */
export const CODE_TABLES = ['outcomes', 'answeredEnds'] as const;
export type CodeTable = (typeof CODE_TABLES)[number];

/** One line of a code table: the source's code and ours ('' until chosen). */
export interface CodeRow {
  /** Stable while the row lives (a React key, and where its error belongs). */
  id: number;
  theirs: string;
  ours: string;
}

export interface CallMappingDraft {
  name: string;
  source: string;
  kind: CallMappingKind;
  start: StartMode;
  queue: QueueMode;
  fixedQueue: string;
  /** The header of each field's column, '' for none; every field of both kinds. */
  columns: Record<AnyField, string>;
  outcomes: CodeRow[];
  answeredEnds: CodeRow[];
  dateFormat: DateFormat;
  /** Not edited in the form (Swedish municipalities' files are in Swedish time); kept as saved. */
  timeZone: string;
  durationUnit: DurationUnit;
}

/** The body of POST and PUT /api/telephony/call-mappings. */
export interface CallMappingBody {
  name: string;
  source: string;
  mapping: CallMapping;
}

/** A saved mapping as the list answers it (its mapping as it was saved). */
export interface SavedCallMappingShape {
  name: string;
  source: string;
  mapping: CallMapping;
}

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

const ALL_FIELDS: readonly AnyField[] = [...new Set<AnyField>([...CALL_FIELDS, ...INTERVAL_FIELDS])];

/** Why a code row cannot be sent. `row` is the 1-based number of the row that has the code first. */
export type CodeRowProblem =
  { code: 'theirsMissing' } | { code: 'oursMissing' } | { code: 'duplicate'; row: number };

export function emptyCallMappingDraft(): CallMappingDraft {
  return {
    name: '',
    source: '',
    kind: 'calls',
    start: 'one',
    queue: 'column',
    fixedQueue: '',
    columns: Object.fromEntries(ALL_FIELDS.map((f) => [f, ''])) as Record<AnyField, string>,
    outcomes: [{ id: 1, theirs: '', ours: '' }],
    answeredEnds: [],
    dateFormat: 'YYYY-MM-DD',
    timeZone: DEFAULT_TIME_ZONE,
    durationUnit: 'seconds',
  };
}

/** The rows with one empty row added at the end. */
export function withCodeRow(rows: readonly CodeRow[]): CodeRow[] {
  const id = rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;
  return [...rows, { id, theirs: '', ours: '' }];
}

/** The column fields the form shows for the draft's kind, start and queue, in the form's order. */
export function visibleColumns(draft: Pick<CallMappingDraft, 'kind' | 'start' | 'queue'>): AnyField[] {
  const start = START_FIELDS[draft.kind];
  const startFields: AnyField[] = draft.start === 'one' ? [start.at] : [start.date, start.time];
  const queue: AnyField[] = draft.queue === 'column' ? ['queue'] : [];
  return draft.kind === 'calls'
    ? ['callId', ...startFields, ...queue, 'outcome', 'waitSeconds', 'talkSeconds', 'answeredEnd']
    : [
        ...startFields,
        ...queue,
        'offered',
        'answered',
        'abandoned',
        'answeredWaitSeconds',
        'answeredWaitUnder60',
        'answeredWaitMax120',
        'abandonedWaitSeconds',
      ];
}

/** The code table's entries, or the problem of each row that cannot be sent (by row id). */
export function readCodeRows(
  rows: readonly CodeRow[],
): { map: Record<string, string> } | { problems: Map<number, CodeRowProblem> } {
  const map: Record<string, string> = {};
  const problems = new Map<number, CodeRowProblem>();
  // Cells are matched ignoring case and outer spaces (core's valueKey), so are the codes here.
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const theirs = row.theirs.trim();
    if (theirs === '' && row.ours === '') return;
    if (theirs === '') return problems.set(row.id, { code: 'theirsMissing' });
    if (row.ours === '') return problems.set(row.id, { code: 'oursMissing' });
    const key = theirs.toLocaleLowerCase('sv');
    const first = firstRowOf.get(key);
    if (first !== undefined) return problems.set(row.id, { code: 'duplicate', row: first });
    firstRowOf.set(key, index + 1);
    map[theirs] = row.ours;
  });
  return problems.size > 0 ? { problems } : { map };
}

/**
 * The body to save, or the code rows that cannot be sent (keyed "outcomes.<row id>"). Empty
 * columns and empty code tables are left out; a fixed queue is sent even when empty, so that the
 * server says at the field that it is missing.
 */
export function callMappingBodyOf(
  draft: CallMappingDraft,
): { body: CallMappingBody } | { rowProblems: Map<string, CodeRowProblem> } {
  const columns: Partial<Record<AnyField, string>> = {};
  for (const field of visibleColumns(draft)) {
    const header = draft.columns[field].trim();
    if (header !== '') columns[field] = header;
  }
  const common = {
    ...(draft.queue === 'fixed' ? { fixedQueue: draft.fixedQueue.trim() } : {}),
    dateFormat: draft.dateFormat,
    timeZone: draft.timeZone,
    durationUnit: draft.durationUnit,
  };
  const head = { name: draft.name.trim(), source: draft.source.trim() };
  if (draft.kind === 'intervals')
    return { body: { ...head, mapping: { kind: 'intervals', columns, ...common } } };

  const rowProblems = new Map<string, CodeRowProblem>();
  const maps: Partial<Record<CodeTable, Record<string, string>>> = {};
  for (const table of CODE_TABLES) {
    const read = readCodeRows(draft[table]);
    if ('problems' in read)
      for (const [id, problem] of read.problems) rowProblems.set(`${table}.${id}`, problem);
    else if (Object.keys(read.map).length > 0) maps[table] = read.map;
  }
  if (rowProblems.size > 0) return { rowProblems };
  return { body: { ...head, mapping: { kind: 'calls', columns, ...maps, ...common } } };
}

const rowsOf = (map: Record<string, string> | undefined): CodeRow[] =>
  Object.entries(map ?? {}).map(([theirs, ours], index) => ({ id: index + 1, theirs, ours }));

/** The form's state for a saved mapping. */
export function callMappingDraftOf(saved: SavedCallMappingShape): CallMappingDraft {
  const m = saved.mapping;
  const draft = emptyCallMappingDraft();
  const columns = { ...draft.columns };
  for (const [field, header] of Object.entries(m.columns) as [AnyField, string | undefined][])
    if (header !== undefined && field in columns) columns[field] = header;
  const start = START_FIELDS[m.kind];
  const outcomes = m.kind === 'calls' ? rowsOf(m.outcomes) : [];
  return {
    ...draft,
    name: saved.name,
    source: saved.source,
    kind: m.kind,
    start:
      columns[start.at] === '' && (columns[start.date] !== '' || columns[start.time] !== '') ? 'two' : 'one',
    queue: m.fixedQueue !== undefined ? 'fixed' : 'column',
    fixedQueue: m.fixedQueue ?? '',
    columns,
    outcomes: outcomes.length > 0 ? outcomes : draft.outcomes,
    answeredEnds: m.kind === 'calls' ? rowsOf(m.answeredEnds) : [],
    dateFormat: m.dateFormat,
    timeZone: m.timeZone ?? DEFAULT_TIME_ZONE,
    durationUnit: m.durationUnit,
  };
}

export interface CallMappingFormErrors {
  /** The first message for each input, by the form's keys: 'name', 'columns.callId', 'outcomes.3'. */
  byField: ReadonlyMap<string, string>;
  /** Messages that belong to no input the form shows; listed in the summary. */
  other: readonly string[];
}

/** The segments of a JSON Pointer (RFC 6901), unescaped. */
const segmentsOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));

/**
 * Where each of a refused save's field errors belongs in the form. "/body/mapping/columns/<field>"
 * goes to that column's input; a missing start column ("enteredAt" is required) goes to the date
 * input when the form asks for a date and a time column; "/body/mapping/outcomes/<code>" goes to
 * the row with that code. The rest (a time zone the form does not edit) goes to the summary.
 */
export function callMappingFieldErrors(
  errors: readonly { pointer: string; detail: string; code: string }[],
  draft: CallMappingDraft,
): CallMappingFormErrors {
  const byField = new Map<string, string>();
  const other: string[] = [];
  const shown = new Set<AnyField>(visibleColumns(draft));
  const start = START_FIELDS[draft.kind];
  const keyOf = (segments: string[]): string | null => {
    const [top, part, rest] = segments;
    if (top === 'name' || top === 'source') return top;
    if (top !== 'mapping') return null;
    if (part === 'columns') {
      const field = rest as AnyField | undefined;
      if (field === undefined) return null;
      if (shown.has(field)) return `columns.${field}`;
      if (field === start.at && draft.start === 'two') return `columns.${start.date}`;
      if (field === 'queue' && draft.queue === 'fixed') return 'fixedQueue';
      return null;
    }
    if (part === 'fixedQueue') return draft.queue === 'fixed' ? 'fixedQueue' : 'columns.queue';
    if ((part === 'outcomes' || part === 'answeredEnds') && draft.kind === 'calls') {
      const row = draft[part].find((r) => r.theirs.trim() === rest?.trim());
      return row ? `${part}.${row.id}` : part;
    }
    if (part === 'kind' || part === 'dateFormat' || part === 'durationUnit') return part;
    return null;
  };
  for (const error of errors) {
    const segments = segmentsOf(error.pointer);
    const key = segments[0] === 'body' ? keyOf(segments.slice(1)) : null;
    const text = error.detail || error.code;
    if (key === null) other.push(text);
    else if (!byField.has(key)) byField.set(key, text);
  }
  return { byField, other };
}
