/**
 * The mapping form's state and its conversion to and from a saved mapping. Value maps are edited
 * as text, one "their value = our code" per line, which a screen reader reads and a person can
 * paste from a spreadsheet; lines that cannot be read are reported by number, never dropped.
 */
import {
  CODED_FIELDS,
  FIXABLE_FIELDS,
  INTAKE_FIELDS,
  type CodedField,
  type ContactMapping,
  type FixableField,
  type IntakeField,
} from '../../../core/contacts/intake-mapping.js';
import type { DurationUnit } from '../../../core/contacts/intake-cells.js';
import type { DateFormat } from '../../../core/contacts/intake-time.js';

export type ValueMapField = CodedField | 'topic';
export const VALUE_MAP_FIELDS = [
  ...(Object.keys(CODED_FIELDS) as CodedField[]),
  'topic',
] as const satisfies readonly ValueMapField[];

export interface MappingDraft {
  name: string;
  source: string;
  columns: Record<IntakeField, string>;
  fixed: Record<FixableField, string>;
  values: Record<ValueMapField, string>;
  dateFormat: DateFormat;
  timeZone: string;
  durationUnit: DurationUnit;
}

const record = <K extends string>(keys: readonly K[], of: (k: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, string>;

export function emptyDraft(): MappingDraft {
  return {
    name: '',
    source: '',
    columns: record(INTAKE_FIELDS, () => ''),
    fixed: record(FIXABLE_FIELDS, () => ''),
    values: record(VALUE_MAP_FIELDS, () => ''),
    dateFormat: 'YYYY-MM-DD',
    timeZone: 'Europe/Stockholm',
    durationUnit: 'seconds',
  };
}

/** "Telefon = phone" lines from a value map. */
export function valueLinesOf(map: Record<string, string> | undefined): string {
  return Object.entries(map ?? {})
    .map(([theirs, ours]) => `${theirs} = ${ours}`)
    .join('\n');
}

/** The map of "their = ours" lines; blank lines are skipped, lines without "=" are reported (1-based). */
export function parseValueLines(text: string): { map: Record<string, string>; badLines: number[] } {
  const map: Record<string, string> = {};
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const at = line.lastIndexOf('=');
    const theirs = at < 0 ? '' : line.slice(0, at).trim();
    const ours = at < 0 ? '' : line.slice(at + 1).trim();
    if (theirs === '' || ours === '') badLines.push(index + 1);
    else map[theirs] = ours;
  });
  return { map, badLines };
}

export function draftOf(saved: { name: string; source: string; mapping: ContactMapping }): MappingDraft {
  const m = saved.mapping;
  return {
    name: saved.name,
    source: saved.source,
    columns: record(INTAKE_FIELDS, (f) => m.columns[f] ?? ''),
    fixed: record(FIXABLE_FIELDS, (f) => m.fixed[f] ?? ''),
    values: record(VALUE_MAP_FIELDS, (f) => valueLinesOf(m.values[f])),
    dateFormat: m.dateFormat,
    timeZone: m.timeZone,
    durationUnit: m.durationUnit,
  };
}

/** The body of POST/PUT /api/contact-mappings, or the value-map fields with unreadable lines. */
export function mappingBodyOf(
  draft: MappingDraft,
):
  | { body: { name: string; source: string; mapping: ContactMapping } }
  | { badLines: Partial<Record<ValueMapField, number[]>> } {
  const badLines: Partial<Record<ValueMapField, number[]>> = {};
  const values: ContactMapping['values'] = {};
  for (const field of VALUE_MAP_FIELDS) {
    const parsed = parseValueLines(draft.values[field]);
    if (parsed.badLines.length > 0) badLines[field] = parsed.badLines;
    if (Object.keys(parsed.map).length > 0) values[field] = parsed.map;
  }
  if (Object.keys(badLines).length > 0) return { badLines };
  const columns: ContactMapping['columns'] = {};
  for (const field of INTAKE_FIELDS)
    if (draft.columns[field].trim() !== '') columns[field] = draft.columns[field].trim();
  const fixed: ContactMapping['fixed'] = {};
  for (const field of FIXABLE_FIELDS)
    if (draft.fixed[field].trim() !== '') fixed[field] = draft.fixed[field].trim();
  return {
    body: {
      name: draft.name.trim(),
      source: draft.source.trim(),
      mapping: {
        columns,
        fixed,
        values,
        dateFormat: draft.dateFormat,
        timeZone: draft.timeZone.trim(),
        durationUnit: draft.durationUnit,
      },
    },
  };
}

/**
 * The field errors of a refused save by form field: "/body/mapping/columns/channel" ->
 * "columns.channel", "/body/name" -> "name". Errors of value-map entries go to their field's text.
 */
export function mappingFieldErrors(
  errors: readonly { pointer: string; detail: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const parts = e.pointer.split('/').slice(2);
    const key = parts[0] === 'mapping' ? parts.slice(1, 3).join('.') : (parts[0] ?? '');
    if (key && !(key in out)) out[key] = e.detail;
  }
  return out;
}
