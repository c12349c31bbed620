/**
 * `lots model evaluate` / `npm run model:evaluate`: the shipped model and the lexicon-only
 * baseline on the held-out set (data/comments/heldout.tsv), as aggregate scores only: tone and
 * area macro-F1 with confusion matrices. It prints no comment of the set: the set is for
 * measuring, never for reading or tuning.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexiconBaseline } from '../../core/comments/baselines.js';
import { AREAS, parseLabelledTsv, TONES } from '../../core/comments/labels.js';
import {
  formatMultiLabelReport,
  formatSingleLabelReport,
  multiLabelReport,
  singleLabelReport,
} from '../../core/comments/metrics.js';
import { classifyComment } from '../../core/comments/model.js';
import { maskPersonalData } from '../../core/privacy/personal-data.js';
import { readLexicon } from './lexicon-files.js';
import { loadCommentModel } from './model-file.js';

export const HELDOUT_PATH = fileURLToPath(new URL('../../../data/comments/heldout.tsv', import.meta.url));

export function evaluateFromFiles(options: {
  testPath?: string;
  modelPath?: string;
  print: (line: string) => void;
}): {
  toneMacroF1: number;
  areaMacroF1: number;
} {
  const rows = parseLabelledTsv(readFileSync(options.testPath ?? HELDOUT_PATH, 'utf8'));
  const model = loadCommentModel(options.modelPath);
  const lexicon = readLexicon();
  const results = rows.map((r) => classifyComment(model, r.text));
  const tone = singleLabelReport(
    TONES,
    rows.map((r) => r.tone),
    results.map((r) => r.tone ?? 'skeptical'),
  );
  const areas = multiLabelReport(
    AREAS,
    rows.map((r) => r.areas),
    results.map((r) => r.areas.map((a) => a.area)),
  );
  const baseline = rows.map((r) => lexiconBaseline(maskPersonalData(r.text).text, lexicon));
  const baseTone = singleLabelReport(
    TONES,
    rows.map((r) => r.tone),
    baseline.map((b) => b.tone),
  );
  const baseAreas = multiLabelReport(
    AREAS,
    rows.map((r) => r.areas),
    baseline.map((b) => b.areas),
  );
  options.print(`held-out set: ${rows.length} comments`);
  options.print(formatSingleLabelReport('model, tone', tone));
  options.print(formatMultiLabelReport('model, areas', areas));
  options.print(formatSingleLabelReport('lexicon-only baseline, tone', baseTone));
  options.print(formatMultiLabelReport('lexicon-only baseline, areas', baseAreas));
  options.print(
    `summary: tone macro-F1 ${tone.macroF1.toFixed(3)} (lexicon ${baseTone.macroF1.toFixed(3)}), area macro-F1 ${areas.macroF1.toFixed(3)} (lexicon ${baseAreas.macroF1.toFixed(3)})`,
  );
  return { toneMacroF1: tone.macroF1, areaMacroF1: areas.macroF1 };
}
