/**
 * Comments in and results out for `lots comments classify` and the API: one comment per line, or a
 * named column of a CSV file (the intake's CSV reading: UTF-8, the header's separator); results
 * as TSV, CSV (semicolon, as Swedish Excel reads) or JSON, in the input's order. The comment's
 * text is not echoed: the output joins the input by its order (column `n`).
 */
import Papa from 'papaparse';
import { delimiterOf } from '../contacts/intake-csv.js';
import { AREAS, TONES } from './labels.js';
import type { CommentResult } from './model.js';

export type CommentInputError =
  | { code: 'column_missing'; column: string; columns: string[] }
  | { code: 'not_utf8'; line: number }
  | { code: 'binary' };

/** The comments of an input, in order. Blank lines are kept as (empty) comments in a CSV column only. */
export function readComments(
  text: string,
  column?: string,
): { comments: string[] } | { error: CommentInputError } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.includes('\u0000')) return { error: { code: 'binary' } };
  const broken = source.indexOf('\uFFFD');
  if (broken >= 0) return { error: { code: 'not_utf8', line: source.slice(0, broken).split('\n').length } };
  if (column === undefined) {
    const lines = source.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return { comments: lines };
  }
  const parsed = Papa.parse<string[]>(source, { delimiter: delimiterOf(source), skipEmptyLines: 'greedy' });
  const header = (parsed.data[0] ?? []).map((h) => h.trim());
  const at = header.findIndex((h) => h.toLowerCase() === column.trim().toLowerCase());
  if (at < 0) return { error: { code: 'column_missing', column, columns: header } };
  return { comments: parsed.data.slice(1).map((record) => record[at] ?? '') };
}

export const OUTPUT_FORMATS = ['tsv', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const COLUMNS = [
  'n',
  'status',
  'tone',
  'tone_confidence',
  'areas',
  ...AREAS.map((a) => `p_${a}`),
  ...TONES.map((t) => `p_${t}`),
  'why',
  'masked',
  'truncated',
];

function cells(n: number, r: CommentResult): string[] {
  return [
    String(n),
    r.status,
    r.tone ?? '',
    r.toneConfidence.toFixed(3),
    r.areas.map((a) => a.area).join(','),
    ...AREAS.map((a) => r.areaProbabilities[a].toFixed(3)),
    ...TONES.map((t) => r.toneProbabilities[t].toFixed(3)),
    r.reasons.map((x) => x.word).join(' '),
    r.masked ? '1' : '0',
    r.truncated ? '1' : '0',
  ];
}

export function formatResults(results: readonly CommentResult[], format: OutputFormat): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        results.map((r, i) => ({ n: i + 1, ...r })),
        null,
        2,
      ) + '\n'
    );
  }
  if (format === 'tsv') {
    return (
      [COLUMNS, ...results.map((r, i) => cells(i + 1, r))].map((row) => row.join('\t')).join('\n') + '\n'
    );
  }
  return (
    Papa.unparse([COLUMNS, ...results.map((r, i) => cells(i + 1, r))], { delimiter: ';', newline: '\r\n' }) +
    '\r\n'
  );
}
