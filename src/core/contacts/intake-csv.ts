/**
 * Another system's CSV file of contacts, read with a column mapping (intake-mapping.ts). Read as
 * the catalogue file is (topic-csv.ts): UTF-8 with or without a byte order mark, semicolons,
 * commas or tabs, line 1 the header; "line" in an error is the record number with the header as
 * line 1, the row number a spreadsheet shows. Columns the mapping does not name are not read.
 * Every problem is reported with its line and the column at fault, not only the first. Pure.
 */
import Papa from 'papaparse';
import { DISTRICT_MAX_LENGTH } from './citizen-profile.js';
import { CASE_REFERENCE_MAX_LENGTH, FORWARD_TEXT_MAX_LENGTH, SUMMARY_MAX_LENGTH } from './contact-rules.js';
import {
  keyedValueMap,
  readBoolean,
  readCode,
  readDuration,
  readText,
  valueKey,
  type CellResult,
} from './intake-cells.js';
import {
  CODED_FIELDS,
  INTAKE_FIELDS,
  REQUIRED_INTAKE_FIELDS,
  type CodedField,
  type ContactMapping,
  type IntakeField,
} from './intake-mapping.js';
import type { IntakeContact, IntakeIssue, TopicRef, UnitRef } from './intake-plan.js';
import { readLocalDateTime } from './intake-time.js';
import {
  AGE_BANDS,
  CHANNELS,
  FAILURE_REASONS,
  GENDERS,
  NEEDS,
  PROBLEM_KINDS,
  RESOLUTIONS,
} from './taxonomy.js';

/** The longest id of a contact in its source system. */
export const EXTERNAL_ID_MAX_LENGTH = 200;

/** One reason a file was refused: the line, the CSV column (null: the whole line), and our field. */
export interface CsvIntakeError {
  line: number;
  column: string | null;
  field: IntakeField | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface ParsedContactCsv {
  /** The rows that passed every check of their own (ref = line); rows with errors are left out. */
  rows: IntakeContact[];
  errors: CsvIntakeError[];
  /** Data lines in the file (blank lines not counted). */
  total: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A cell Excel would have run as a formula is exported with a leading apostrophe; take it off. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

/** Reads the file with the mapping. Every problem is reported, not only the first. */
export function parseContactCsv(text: string, mapping: ContactMapping): ParsedContactCsv {
  const errors: CsvIntakeError[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A file saved as Windows-1252 (Excel's "CSV (semikolonavgränsad)") arrives with its å, ä, ö
  // replaced; refuse it rather than store "G�vle".
  const broken = source.indexOf('\uFFFD');
  if (broken >= 0) {
    const line = source.slice(0, broken).split('\n').length;
    return { rows: [], errors: [{ line, column: null, field: null, code: 'csv_not_utf8' }], total: 0 };
  }
  const parsed = Papa.parse<string[]>(source, { delimiter: delimiterOf(source), skipEmptyLines: false });
  const brokenLines = new Set<number>();
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes') continue;
    const line = (e.row ?? 0) + 1;
    if (brokenLines.has(line)) continue;
    brokenLines.add(line);
    errors.push({ line, column: null, field: null, code: 'csv_malformed' });
  }
  const records = parsed.data;
  const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');
  const header = records[0];
  if (!header || isBlank(header))
    return { rows: [], errors: [{ line: 1, column: null, field: null, code: 'csv_empty' }], total: 0 };
  const positions = readHeader(header, mapping, errors);
  if (!positions) return { rows: [], errors, total: 0 };

  const reader = rowReader(mapping);
  const rows: IntakeContact[] = [];
  let total = 0;
  records.forEach((record, index) => {
    const line = index + 1;
    if (index === 0 || isBlank(record)) return;
    total++;
    if (brokenLines.has(line)) return;
    if (record.length !== header.length) {
      errors.push({
        line,
        column: null,
        field: null,
        code: 'csv_field_count',
        params: { expected: header.length, found: record.length },
      });
      return;
    }
    const cell = (field: IntakeField): string | null => {
      const at = positions.get(field);
      if (at === undefined) return (mapping.fixed as Partial<Record<IntakeField, string>>)[field] ?? null;
      const raw = record[at] ?? '';
      return ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
    };
    const result = reader(line, cell);
    if ('issues' in result) errors.push(...result.issues.map((i) => csvErrorOf(i, mapping)));
    else rows.push(result.row);
  });
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, total };
}

/**
 * The separator the header line uses most: semicolon (Swedish Excel), comma or tab, semicolon on
 * a tie. Decided from the header alone, which the mapping's column names are in, rather than
 * guessed from the data lines, whose free text can hold any of them.
 */
export function delimiterOf(text: string): ';' | ',' | '\t' {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [';', ',', '\t'] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), candidates[0]);
}

/** A plan's issue (ref = line) as a file error naming the column the field was read from. */
export function csvErrorOf(issue: IntakeIssue, mapping: ContactMapping): CsvIntakeError {
  return {
    line: issue.ref,
    column: issue.field === 'receivedAt' ? null : (mapping.columns[issue.field] ?? null),
    field: issue.field === 'receivedAt' ? null : issue.field,
    code: issue.code,
    ...(issue.params ? { params: issue.params } : {}),
  };
}

/** Where each mapped column is; null (errors recorded) when one is missing or repeated. */
function readHeader(
  header: readonly string[],
  mapping: ContactMapping,
  errors: CsvIntakeError[],
): Map<IntakeField, number> | null {
  const before = errors.length;
  const at = new Map<string, number[]>();
  header.forEach((name, index) => at.set(valueKey(name), [...(at.get(valueKey(name)) ?? []), index]));
  const positions = new Map<IntakeField, number>();
  for (const field of INTAKE_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const found = at.get(valueKey(column)) ?? [];
    if (found.length === 0)
      errors.push({ line: 1, column, field, code: 'csv_column_missing', params: { column } });
    else if (found.length > 1)
      errors.push({ line: 1, column, field, code: 'csv_column_repeated', params: { column } });
    else positions.set(field, found[0] as number);
  }
  return errors.length > before ? null : positions;
}

type RowResult = { row: IntakeContact } | { issues: IntakeIssue[] };

/** Reads one record's cells (null: no column and no fixed value) into a contact or its issues. */
function rowReader(
  mapping: ContactMapping,
): (line: number, cell: (field: IntakeField) => string | null) => RowResult {
  const maps = new Map<CodedField | 'topic', ReadonlyMap<string, string>>();
  for (const field of [...Object.keys(CODED_FIELDS), 'topic'] as (CodedField | 'topic')[])
    maps.set(field, keyedValueMap(mapping.values[field]));
  const mapOf = (field: CodedField | 'topic') => maps.get(field) ?? new Map<string, string>();
  const required = new Set<IntakeField>(REQUIRED_INTAKE_FIELDS);

  return (line, cell) => {
    const issues: IntakeIssue[] = [];
    const take = <T>(field: IntakeField, result: CellResult<T | null>): T | null => {
      if ('error' in result) {
        issues.push({
          ref: line,
          field,
          code: result.error,
          ...(result.params ? { params: result.params } : {}),
        });
        return null;
      }
      if (result.value === null && required.has(field)) issues.push({ ref: line, field, code: 'required' });
      return result.value;
    };
    const text = (field: IntakeField, max: number) => take(field, readText(cell(field) ?? '', max));
    const code = <T extends string>(field: CodedField, allowed: readonly T[]) =>
      take(field, readCode(cell(field) ?? '', allowed, mapOf(field)));
    const yesNo = (field: 'concernsExistingCase' | 'isFailureDemand') =>
      take(field, readBoolean(cell(field) ?? '', mapOf(field)));

    const externalId = text('externalId', EXTERNAL_ID_MAX_LENGTH);
    const startedAt = readStartedAt(cell('startedAt') ?? '', cell('startTime'), mapping, line, issues);
    const durationSeconds = take(
      'durationSeconds',
      readDuration(cell('durationSeconds') ?? '', mapping.durationUnit),
    );
    const channel = code('channel', CHANNELS);
    const need = code('need', NEEDS);
    const problemKind = code('problemKind', PROBLEM_KINDS);
    const topic = readTopic(cell('topic') ?? '', mapOf('topic'), line, issues);
    const concernsExistingCase = yesNo('concernsExistingCase') ?? false;
    const caseReference = text('caseReference', CASE_REFERENCE_MAX_LENGTH);
    const resolution = code('resolution', RESOLUTIONS);
    const unitText = text('forwardedToUnit', 200);
    const forwardDone = text('forwardDone', FORWARD_TEXT_MAX_LENGTH);
    const forwardExpected = text('forwardExpected', FORWARD_TEXT_MAX_LENGTH);
    const isFailureDemand = yesNo('isFailureDemand');
    const failureReason = code('failureReason', FAILURE_REASONS);
    const citizenGender = code('citizenGender', GENDERS);
    const citizenAgeBand = code('citizenAgeBand', AGE_BANDS);
    const citizenDistrict = text('citizenDistrict', DISTRICT_MAX_LENGTH);
    const summary = text('summary', SUMMARY_MAX_LENGTH) ?? '';

    if (issues.length > 0) return { issues };
    if (!externalId || !startedAt || durationSeconds === null || !channel || !need || !topic || !resolution)
      throw new Error('a required field passed without a value');
    const forwardedToUnit: UnitRef | null =
      unitText === null ? null : UUID.test(unitText) ? { id: unitText.toLowerCase() } : { path: unitText };
    // A reason alone means failure demand: a file that only fills the reason for such contacts
    // says so. "No" with a reason is left for the contact rules to refuse.
    const failure =
      isFailureDemand === null && failureReason === null
        ? null
        : { isFailureDemand: isFailureDemand ?? true, reason: failureReason };
    return {
      row: {
        ref: line,
        externalId,
        channel,
        startedAt,
        durationSeconds,
        need,
        problemKind,
        topic,
        concernsExistingCase,
        caseReference,
        resolution,
        forwardedToUnit,
        forwardDone,
        forwardExpected,
        failure,
        citizenGender,
        citizenAgeBand,
        citizenDistrict,
        summary,
        receivedAt: null,
      },
    };
  };
}

function readStartedAt(
  dateText: string,
  timeText: string | null,
  mapping: ContactMapping,
  line: number,
  issues: IntakeIssue[],
): Date | null {
  if (dateText.trim() === '') {
    issues.push({ ref: line, field: 'startedAt', code: 'required' });
    return null;
  }
  const hasTimeColumn = mapping.columns.startTime !== undefined;
  if (hasTimeColumn && (timeText ?? '').trim() === '') {
    issues.push({ ref: line, field: 'startTime', code: 'required' });
    return null;
  }
  const result = readLocalDateTime(
    dateText,
    hasTimeColumn ? timeText : null,
    mapping.dateFormat,
    mapping.timeZone,
  );
  if (result instanceof Date) return result;
  // With a time column of its own, a time that is wrong or that the clocks skipped is that column's.
  const field: IntakeField = result !== 'invalid_date_format' && hasTimeColumn ? 'startTime' : 'startedAt';
  issues.push({
    ref: line,
    field,
    code: result,
    ...(result === 'invalid_date_format' ? { params: { format: mapping.dateFormat } } : {}),
  });
  return null;
}

/** The topic by the source's code (through the map), our path, or a topic id. */
function readTopic(
  text: string,
  map: ReadonlyMap<string, string>,
  line: number,
  issues: IntakeIssue[],
): TopicRef | null {
  const written = text.trim();
  if (written === '') {
    issues.push({ ref: line, field: 'topic', code: 'required' });
    return null;
  }
  const target = (map.get(valueKey(written)) ?? written).trim();
  return UUID.test(target) ? { id: target.toLowerCase() } : { path: target };
}
