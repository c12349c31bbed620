/**
 * The labels of a citizen comment (issue 16): Medborgarpulsen's three tones and five areas. The
 * labelling guide is data/comments/README.md; the order of AREAS is the order of the TSV files.
 */
export const TONES = ['positive', 'skeptical', 'negative'] as const;
export type Tone = (typeof TONES)[number];

export const AREAS = [
  'handler',
  'waiting_time',
  'digital_services',
  'municipal_services',
  'experience',
] as const;
export type Area = (typeof AREAS)[number];

export interface LabelledComment {
  readonly text: string;
  readonly tone: Tone;
  readonly areas: readonly Area[];
  /** How much the row counts in training (1 unless said; hand-written rows may count more). */
  readonly weight?: number;
}

export function isTone(value: string): value is Tone {
  return (TONES as readonly string[]).includes(value);
}

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

/**
 * Parses a labelled TSV (header `text\ttone\tareas`). Throws with the line number of the first
 * malformed row: a training file with a wrong label must not train silently.
 */
export function parseLabelledTsv(content: string): LabelledComment[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (header[0] !== 'text' || header[1] !== 'tone' || header[2] !== 'areas') {
    throw new Error('line 1: the header must be text<TAB>tone<TAB>areas');
  }
  const rows: LabelledComment[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const [text = '', tone = '', areaList = ''] = line.split('\t');
    if (!isTone(tone)) throw new Error(`line ${i + 1}: unknown tone "${tone}"`);
    const areas = areaList.split(',').map((a) => a.trim());
    const known = areas.filter(isArea);
    if (known.length === 0 || known.length !== areas.length) {
      throw new Error(`line ${i + 1}: areas must be one or more of ${AREAS.join(', ')}`);
    }
    rows.push({ text, tone, areas: AREAS.filter((a) => known.includes(a)) });
  }
  return rows;
}

/**
 * The training rows with people's corrections applied: a corrected comment (same text, compared
 * after trimming) takes the correction's labels; corrections of comments not in the set are added.
 * Within the corrections, the later row wins (the export is in the order they were made).
 */
export function applyCorrections(
  rows: readonly LabelledComment[],
  corrections: readonly LabelledComment[],
): LabelledComment[] {
  const latest = new Map<string, LabelledComment>();
  for (const c of corrections) latest.set(c.text.trim(), c);
  const out = rows.map((r) => latest.get(r.text.trim()) ?? r);
  const present = new Set(rows.map((r) => r.text.trim()));
  for (const [text, c] of latest) if (!present.has(text)) out.push(c);
  return out;
}
