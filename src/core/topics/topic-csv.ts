/**
 * The service catalogue as a CSV file, for administrators who keep it in a spreadsheet.
 *
 * One row per topic with the columns `path`, `owner`, `default_failure_reason`, `retired` and
 * `search_words` (the topic's everyday words, comma-separated; a file without the column leaves
 * the search words as they are).
 * The file is written the way Swedish Excel opens it without an import dialog: UTF-8 with a
 * byte order mark, semicolons between fields (the list separator of the Swedish locale) and CRLF
 * line ends. Reading accepts semicolons, commas or tabs, with or without the byte order mark.
 *
 * "Line" in error reports is the record number with the header as line 1: the row number a
 * spreadsheet shows, which is also the line of a text editor unless a quoted field holds a line
 * break. Parsing and checking each row on its own is pure; what a row means for the catalogue
 * in the database is decided by topic-import-plan.ts.
 */
import Papa from 'papaparse';
import { FAILURE_REASONS, type FailureReason } from '../contacts/taxonomy.js';
import {
  joinSearchWords,
  searchWordsProblem,
  SEARCH_WORD_MAX_LENGTH,
  SEARCH_WORDS_MAX,
  splitSearchWords,
} from './search-words.js';
import {
  joinTopicPath,
  splitTopicPath,
  topicNameProblem,
  topicPathKey,
  TOPIC_NAME_MAX,
} from './topic-tree.js';

export const TOPIC_CSV_COLUMNS = [
  'path',
  'owner',
  'default_failure_reason',
  'retired',
  'search_words',
] as const;
export type TopicCsvColumn = (typeof TOPIC_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly TopicCsvColumn[] = ['path', 'owner'];

export interface TopicCsvRow {
  line: number;
  /** The topic's names from the root down, trimmed and valid. */
  path: string[];
  /** A unit's path ("Samhällsbyggnadsförvaltningen › Vatten och avlopp") or a unique unit name. */
  owner: string;
  defaultFailureReason: FailureReason | null;
  retired: boolean;
  /** The topic's search words; null when the file has no search_words column (kept as they are). */
  searchWords: string[] | null;
}

/** One reason a file was refused; `column` null when the whole line (or file) is at fault. */
export interface CsvLineError {
  line: number;
  column: TopicCsvColumn | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface ParsedTopicCsv {
  /** The rows that passed every check of their own; rows with errors are left out. */
  rows: TopicCsvRow[];
  errors: CsvLineError[];
}

const TRUE_WORDS = new Set(['true', 'ja', 'yes', '1', 'sant']);
// 'sant'/'falskt': Swedish Excel turns true/false into its own booleans and saves them so.
const FALSE_WORDS = new Set(['', 'false', 'nej', 'no', '0', 'falskt']);

/**
 * A cell Excel would have run as a formula is written with a leading apostrophe (see
 * formatTopicCsv); reading takes it off again, so an exported file imports unchanged.
 */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;
const unescapeCell = (cell: string) => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell);

/** Reads and checks a catalogue file. Every problem is reported, not only the first. */
export function parseTopicCsv(text: string): ParsedTopicCsv {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  });
  const errors: CsvLineError[] = [];
  const brokenLines = new Set<number>();
  for (const e of parsed.errors) {
    // An undetectable delimiter is only a warning (a one-column file); the header check reports it.
    if (e.type !== 'Quotes') continue;
    const line = (e.row ?? 0) + 1;
    if (brokenLines.has(line)) continue;
    brokenLines.add(line);
    errors.push({ line, column: null, code: 'csv_malformed' });
  }
  const records = parsed.data;
  const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');
  const header = records[0];
  if (!header || isBlank(header)) return { rows: [], errors: [{ line: 1, column: null, code: 'csv_empty' }] };

  const columns = readHeader(header, errors);
  if (!columns) return { rows: [], errors };

  const rows: TopicCsvRow[] = [];
  const firstLineOfPath = new Map<string, number>();
  records.forEach((record, index) => {
    const line = index + 1;
    if (index === 0 || isBlank(record) || brokenLines.has(line)) return;
    if (record.length !== header.length) {
      errors.push({
        line,
        column: null,
        code: 'csv_field_count',
        params: { expected: header.length, found: record.length },
      });
      return;
    }
    const cell = (column: TopicCsvColumn) => {
      const at = columns.get(column);
      return at === undefined ? '' : unescapeCell(record[at] ?? '').trim();
    };
    const before = errors.length;
    const path = readPath(cell('path'), line, errors);
    const owner = cell('owner');
    if (owner === '') errors.push({ line, column: 'owner', code: 'required' });
    const defaultFailureReason = readFailureReason(cell('default_failure_reason'), line, errors);
    const retired = readRetired(cell('retired'), line, errors);
    const searchWords = columns.has('search_words')
      ? readSearchWords(cell('search_words'), line, errors)
      : null;
    if (errors.length > before || !path) return;
    const key = topicPathKey(path);
    const first = firstLineOfPath.get(key);
    if (first !== undefined) {
      errors.push({ line, column: 'path', code: 'topic_path_duplicate', params: { line: first } });
      return;
    }
    firstLineOfPath.set(key, line);
    rows.push({ line, path, owner, defaultFailureReason, retired, searchWords });
  });
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

/** Column positions by name; null (with errors recorded) when the header is unusable. */
function readHeader(header: readonly string[], errors: CsvLineError[]): Map<TopicCsvColumn, number> | null {
  const columns = new Map<TopicCsvColumn, number>();
  const before = errors.length;
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!(TOPIC_CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push({ line: 1, column: null, code: 'csv_column_unknown', params: { column: raw.trim() } });
    } else if (columns.has(name as TopicCsvColumn)) {
      errors.push({ line: 1, column: null, code: 'csv_column_repeated', params: { column: name } });
    } else {
      columns.set(name as TopicCsvColumn, index);
    }
  });
  for (const column of REQUIRED_COLUMNS)
    if (!columns.has(column))
      errors.push({ line: 1, column: null, code: 'csv_column_missing', params: { column } });
  return errors.length > before ? null : columns;
}

function readPath(text: string, line: number, errors: CsvLineError[]): string[] | null {
  if (text === '') {
    errors.push({ line, column: 'path', code: 'required' });
    return null;
  }
  const names = splitTopicPath(text);
  for (const name of names) {
    const problem = topicNameProblem(name);
    if (problem === 'required') {
      errors.push({ line, column: 'path', code: 'topic_path_empty_name' });
      return null;
    }
    if (problem === 'too_long') {
      errors.push({ line, column: 'path', code: 'too_long', params: { max: TOPIC_NAME_MAX } });
      return null;
    }
  }
  return names;
}

function readFailureReason(text: string, line: number, errors: CsvLineError[]): FailureReason | null {
  if (text === '') return null;
  const code = text.toLowerCase();
  const reason = FAILURE_REASONS.find((r) => r === code);
  if (reason) return reason;
  errors.push({
    line,
    column: 'default_failure_reason',
    code: 'invalid_choice',
    params: { options: FAILURE_REASONS.join(', ') },
  });
  return null;
}

function readSearchWords(text: string, line: number, errors: CsvLineError[]): string[] {
  const words = splitSearchWords(text);
  const problem = searchWordsProblem(words);
  if (problem === 'search_words_too_many')
    errors.push({ line, column: 'search_words', code: problem, params: { max: SEARCH_WORDS_MAX } });
  if (problem === 'search_word_too_long')
    errors.push({ line, column: 'search_words', code: problem, params: { max: SEARCH_WORD_MAX_LENGTH } });
  return words;
}

function readRetired(text: string, line: number, errors: CsvLineError[]): boolean {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  errors.push({ line, column: 'retired', code: 'invalid_choice', params: { options: 'true, false' } });
  return false;
}

export interface TopicCsvRecord {
  /** The topic's names from the root down. */
  path: readonly string[];
  /** The owning unit's names from the department down. */
  owner: readonly string[];
  defaultFailureReason: FailureReason | null;
  retired: boolean;
  searchWords: readonly string[];
}

/**
 * Writes the catalogue file: byte order mark, header, one row per record, semicolons and CRLF.
 * Cells Excel would read as formulas (leading =, +, -, @) get a leading apostrophe, the usual
 * defence against CSV injection (OWASP, "CSV Injection").
 */
export function formatTopicCsv(records: readonly TopicCsvRecord[]): string {
  const body = Papa.unparse(
    {
      fields: [...TOPIC_CSV_COLUMNS],
      data: records.map((r) => [
        joinTopicPath(r.path),
        joinTopicPath(r.owner),
        r.defaultFailureReason ?? '',
        r.retired ? 'true' : 'false',
        joinSearchWords(r.searchWords),
      ]),
    },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  // Papa ends the header-only file with a line break and a longer one without.
  return `\uFEFF${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}
