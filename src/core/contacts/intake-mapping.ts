/**
 * A column mapping: how to read one source's CSV files as contacts. Another system (a telephony
 * platform, a case system's contact log) exports its own columns with its own codes; the mapping
 * says which column holds which contact field, what the source's codes mean in ours ("Telefon" ->
 * phone, "Löst direkt" -> resolved_self), how its dates are written and in which time zone, and
 * what to assume for a field the file does not have (a telephony export: every contact is a phone
 * call). Saved per municipality under a name, and checked here before it is saved. Pure.
 */
import {
  keyedValueMap,
  readBoolean,
  readCode,
  readDuration,
  valueKey,
  type CellResult,
  type DurationUnit,
} from './intake-cells.js';
export { DURATION_UNITS, type DurationUnit } from './intake-cells.js';
import { isTimeZone, DATE_FORMATS, type DateFormat } from './intake-time.js';
import {
  AGE_BANDS,
  CHANNELS,
  FAILURE_REASONS,
  GENDERS,
  NEEDS,
  PROBLEM_KINDS,
  RESOLUTIONS,
} from './taxonomy.js';

/** The fields of a contact a source can send, by the names the mapping uses. */
export const INTAKE_FIELDS = [
  'externalId',
  'startedAt',
  'startTime',
  'durationSeconds',
  'channel',
  'need',
  'problemKind',
  'topic',
  'concernsExistingCase',
  'caseReference',
  'resolution',
  'forwardedToUnit',
  'forwardDone',
  'forwardExpected',
  'isFailureDemand',
  'failureReason',
  'citizenGender',
  'citizenAgeBand',
  'citizenDistrict',
  'summary',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

/** Fields that every contact needs, from a column or (where allowed) a fixed value. */
export const REQUIRED_INTAKE_FIELDS = [
  'externalId',
  'startedAt',
  'durationSeconds',
  'channel',
  'need',
  'topic',
  'resolution',
] as const satisfies readonly IntakeField[];

/** Fields whose cells are codes: our codes, or the source's own through the value map. */
export const CODED_FIELDS = {
  channel: CHANNELS,
  need: NEEDS,
  problemKind: PROBLEM_KINDS,
  resolution: RESOLUTIONS,
  failureReason: FAILURE_REASONS,
  citizenGender: GENDERS,
  citizenAgeBand: AGE_BANDS,
  concernsExistingCase: ['true', 'false'],
  isFailureDemand: ['true', 'false'],
} as const satisfies Partial<Record<IntakeField, readonly string[]>>;
export type CodedField = keyof typeof CODED_FIELDS;
export const isCodedField = (field: string): field is CodedField => field in CODED_FIELDS;

/**
 * Fields that may take one value for every row when the file has no column for them. The
 * contact's own id, time and topic always come from the file.
 */
export const FIXABLE_FIELDS = [
  'durationSeconds',
  'channel',
  'need',
  'problemKind',
  'concernsExistingCase',
  'resolution',
  'isFailureDemand',
  'failureReason',
] as const satisfies readonly IntakeField[];
export type FixableField = (typeof FIXABLE_FIELDS)[number];

export const MAPPING_NAME_MAX = 100;
export const SOURCE_NAME_MAX = 60;
export const COLUMN_NAME_MAX = 200;
export const VALUE_MAP_MAX_ENTRIES = 500;

export interface ContactMapping {
  /** Contact field -> the header of the CSV column that holds it. */
  columns: Partial<Record<IntakeField, string>>;
  /** A value, written as a cell would be, for a field the file has no column for. */
  fixed: Partial<Record<FixableField, string>>;
  /** Per coded field (and topic): the source's value -> ours. Matched ignoring case and outer spaces. */
  values: Partial<Record<CodedField | 'topic', Record<string, string>>>;
  dateFormat: DateFormat;
  /** The time zone of the source's local times, usually Europe/Stockholm. */
  timeZone: string;
  durationUnit: DurationUnit;
}

export type MappingIssueCode =
  | 'required'
  | 'column_and_fixed'
  | 'column_repeated'
  | 'time_without_date'
  | 'invalid_choice'
  | 'invalid_time_zone'
  | 'invalid_fixed_value';

/** One thing wrong with a mapping; `path` names the part, "columns/channel" or "values/need/Telefon". */
export interface MappingIssue {
  path: string;
  code: MappingIssueCode;
  params?: Record<string, string | number>;
}

/**
 * Everything wrong with a mapping, in a stable order; empty when it can be saved. The shape
 * (types, lengths, known field names) is the server's zod schema's job; this checks the meaning.
 * A fixed value is read as a cell would be, so a mapping never holds one that rejects every row.
 */
export function checkContactMapping(mapping: ContactMapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const fixed = mapping.fixed as Partial<Record<IntakeField, string>>;
  for (const field of REQUIRED_INTAKE_FIELDS) {
    if (mapping.columns[field] === undefined && fixed[field] === undefined)
      issues.push({ path: `columns/${field}`, code: 'required' });
  }
  for (const field of FIXABLE_FIELDS) {
    if (mapping.columns[field] !== undefined && fixed[field] !== undefined)
      issues.push({ path: `fixed/${field}`, code: 'column_and_fixed' });
  }
  const fieldOfColumn = new Map<string, IntakeField>();
  for (const field of INTAKE_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const key = valueKey(column);
    const other = fieldOfColumn.get(key);
    if (other)
      issues.push({ path: `columns/${field}`, code: 'column_repeated', params: { column, field: other } });
    else fieldOfColumn.set(key, field);
  }
  if (mapping.columns.startTime !== undefined && mapping.columns.startedAt === undefined)
    issues.push({ path: 'columns/startTime', code: 'time_without_date' });
  if (!isTimeZone(mapping.timeZone)) issues.push({ path: 'timeZone', code: 'invalid_time_zone' });
  if (!(DATE_FORMATS as readonly string[]).includes(mapping.dateFormat))
    issues.push({ path: 'dateFormat', code: 'invalid_choice', params: { options: DATE_FORMATS.join(', ') } });

  for (const [field, map] of Object.entries(mapping.values)) {
    if (field === 'topic' || !isCodedField(field) || !map) continue;
    const allowed: readonly string[] = CODED_FIELDS[field];
    for (const [theirs, ours] of Object.entries(map)) {
      if (!allowed.includes(ours))
        issues.push({
          path: `values/${field}/${theirs}`,
          code: 'invalid_choice',
          params: { options: allowed.join(', ') },
        });
    }
  }
  for (const field of FIXABLE_FIELDS) {
    const value = mapping.fixed[field];
    if (value === undefined) continue;
    const result = readFixed(field, value, mapping);
    if ('error' in result)
      issues.push({ path: `fixed/${field}`, code: 'invalid_fixed_value', params: { reason: result.error } });
    else if (result.value === null) issues.push({ path: `fixed/${field}`, code: 'required' });
  }
  return issues;
}

/** A fixed value read like a cell of its field. */
function readFixed(field: FixableField, value: string, mapping: ContactMapping): CellResult<unknown> {
  if (field === 'durationSeconds') return readDuration(value, mapping.durationUnit);
  const map = keyedValueMap(mapping.values[field]);
  if (field === 'concernsExistingCase' || field === 'isFailureDemand') return readBoolean(value, map);
  return readCode(value, CODED_FIELDS[field], map);
}
