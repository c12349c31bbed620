/**
 * Two small CSV files the contact centre keeps by hand or exports from other tools:
 *
 * - visitors per day at the service office: columns `datum;besökare` (or `date;visitors`), one
 *   row per day, the date as YYYY-MM-DD and a whole number;
 * - e-mails to the mailbox: columns `id;mottaget;besvarat` (or `id;received;answered`): the
 *   mail system's id, when it was received and when it was first answered (empty while
 *   unanswered), local times 'YYYY-MM-DD HH:MM[:SS]' in the municipality's zone, or ISO 8601 with
 *   an offset.
 *
 * UTF-8 with or without BOM; semicolons, commas or tabs. Line 1 is the header; each error names
 * its line (as a spreadsheet numbers it) and column. Pure.
 */
import Papa from 'papaparse';
import { isCalendarDay } from '../contacts/calendar-day.js';
import { delimiterOf } from '../contacts/intake-csv.js';
import { readLocalDateTime } from '../contacts/intake-time.js';

export interface DayFileError {
  line: number;
  column: string | null;
  detail: string;
}

export interface VisitorRow {
  day: string;
  visitors: number;
}

export interface EmailRow {
  line: number;
  externalId: string;
  receivedAt: Date;
  answeredAt: Date | null;
}

const MAX_VISITORS = 100_000;

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

function table(text: string): {
  header: string[];
  rows: { line: number; cells: string[] }[];
  errors: DayFileError[];
} {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, { delimiter: delimiterOf(source), skipEmptyLines: false });
  const errors: DayFileError[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ line: (e.row ?? 0) + 1, column: null, detail: 'a quoted field is not closed' }));
  const [header = [], ...rest] = parsed.data;
  const rows = rest
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header: header.map((h) => h.trim()), rows, errors };
}

function columnOf(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(norm(h)));
}

export function parseVisitorFile(text: string): { rows: VisitorRow[]; errors: DayFileError[] } {
  const { header, rows, errors } = table(text);
  const dayAt = columnOf(header, ['datum', 'date', 'dag', 'day']);
  const countAt = columnOf(header, ['besökare', 'visitors', 'antal']);
  if (dayAt < 0)
    errors.push({ line: 1, column: 'datum', detail: 'the header has no column datum (or date)' });
  if (countAt < 0)
    errors.push({ line: 1, column: 'besökare', detail: 'the header has no column besökare (or visitors)' });
  if (dayAt < 0 || countAt < 0) return { rows: [], errors };
  const seen = new Map<string, number>();
  const result: VisitorRow[] = [];
  for (const { line, cells } of rows) {
    const day = (cells[dayAt] ?? '').trim();
    const count = (cells[countAt] ?? '').trim();
    let ok = true;
    if (!isCalendarDay(day)) {
      errors.push({ line, column: header[dayAt] ?? null, detail: `"${day}" is not a date (YYYY-MM-DD)` });
      ok = false;
    } else if (seen.has(day)) {
      errors.push({ line, column: header[dayAt] ?? null, detail: `${day} is on line ${seen.get(day)} too` });
      ok = false;
    } else {
      seen.set(day, line);
    }
    if (!/^\d+$/.test(count) || Number(count) > MAX_VISITORS) {
      errors.push({
        line,
        column: header[countAt] ?? null,
        detail: `"${count}" is not a whole number from 0 to ${MAX_VISITORS}`,
      });
      ok = false;
    }
    if (ok) {
      result.push({ day, visitors: Number(count) });
    }
  }
  return { rows: result, errors };
}

export function parseEmailFile(text: string, timeZone: string): { rows: EmailRow[]; errors: DayFileError[] } {
  const { header, rows, errors } = table(text);
  const idAt = columnOf(header, ['id']);
  const receivedAt = columnOf(header, ['mottaget', 'mottagen', 'received']);
  const answeredAt = columnOf(header, ['besvarat', 'besvarad', 'answered']);
  if (idAt < 0) errors.push({ line: 1, column: 'id', detail: 'the header has no column id' });
  if (receivedAt < 0)
    errors.push({ line: 1, column: 'mottaget', detail: 'the header has no column mottaget (or received)' });
  if (idAt < 0 || receivedAt < 0) return { rows: [], errors };
  const seen = new Map<string, number>();
  const result: EmailRow[] = [];
  const instant = (text: string): Date | string => {
    const t = readLocalDateTime(text, null, 'YYYY-MM-DD', timeZone);
    return typeof t === 'string' ? `"${text}" is not a time (YYYY-MM-DD HH:MM)` : t;
  };
  for (const { line, cells } of rows) {
    const id = (cells[idAt] ?? '').trim();
    const received = instant((cells[receivedAt] ?? '').trim());
    const answeredText = answeredAt < 0 ? '' : (cells[answeredAt] ?? '').trim();
    const answered = answeredText === '' ? null : instant(answeredText);
    let ok = true;
    if (id === '' || id.length > 200) {
      errors.push({ line, column: header[idAt] ?? null, detail: 'the id must have 1 to 200 characters' });
      ok = false;
    } else if (seen.has(id)) {
      errors.push({ line, column: header[idAt] ?? null, detail: `the id is on line ${seen.get(id)} too` });
      ok = false;
    } else {
      seen.set(id, line);
    }
    if (typeof received === 'string') {
      errors.push({ line, column: header[receivedAt] ?? null, detail: received });
      ok = false;
    }
    if (typeof answered === 'string') {
      errors.push({ line, column: header[answeredAt] ?? null, detail: answered });
      ok = false;
    } else if (answered && typeof received !== 'string' && answered.getTime() < received.getTime()) {
      errors.push({ line, column: header[answeredAt] ?? null, detail: 'answered before it was received' });
      ok = false;
    }
    if (ok) {
      result.push({
        line,
        externalId: id,
        receivedAt: received as Date,
        answeredAt: answered as Date | null,
      });
    }
  }
  return { rows: result, errors };
}
