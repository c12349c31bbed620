/**
 * `lots model train` / `npm run model:train`: trains the comment model from data/comments/train.tsv
 * with the corrections exported to data/comments/corrections.tsv applied (applyCorrections), chooses the per-area thresholds by 5-fold
 * cross-validation, and writes data/models/comments.json. With `compare`, it first measures the
 * lexicon-only baseline, naive Bayes and logistic variants by the same cross-validation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexiconBaseline, trainNaiveBayes } from '../../core/comments/baselines.js';
import {
  crossValidateMethod,
  crossValidateModel,
  subsetReports,
} from '../../core/comments/cross-validation.js';
import { applyCorrections, parseLabelledTsv, type Area, type Tone } from '../../core/comments/labels.js';
import { formatMultiLabelReport, formatSingleLabelReport } from '../../core/comments/metrics.js';
import { DEFAULT_MODEL_SETTINGS, trainCommentModel, type ModelSettings } from '../../core/comments/model.js';
import { readLexicon } from './lexicon-files.js';
import { DEFAULT_MODEL_PATH, writeModelFile } from './model-file.js';

export const CORRECTIONS_PATH = fileURLToPath(
  new URL('../../../data/comments/corrections.tsv', import.meta.url),
);
export const TRAIN_PATH = fileURLToPath(new URL('../../../data/comments/train.tsv', import.meta.url));
export const WRITTEN_PATH = fileURLToPath(
  new URL('../../../data/comments/train-written.tsv', import.meta.url),
);

export interface TrainOptions {
  readonly trainPath?: string;
  readonly modelPath?: string;
  readonly writtenPath?: string;
  readonly correctionsPath?: string;
  readonly compare?: boolean;
  readonly print: (line: string) => void;
}

export function trainFromFiles(options: TrainOptions): { seconds: number; rows: number } {
  const started = performance.now();
  const content = readFileSync(options.trainPath ?? TRAIN_PATH, 'utf8');
  // The hand-written comments, for the fairer part of the cross-validation below. (Counting them
  // more than the composed ones was measured and did not help: weight 3 scored lower on them.)
  const written = new Set(
    parseLabelledTsv(readFileSync(options.writtenPath ?? WRITTEN_PATH, 'utf8')).map((r) => r.text),
  );
  // People's corrections (exported from Lots to data/comments/corrections.tsv) relabel or add
  // comments; the file is optional.
  const correctionsPath = options.correctionsPath ?? CORRECTIONS_PATH;
  const corrections = existsSync(correctionsPath)
    ? parseLabelledTsv(readFileSync(correctionsPath, 'utf8'))
    : [];
  const rows = applyCorrections(parseLabelledTsv(content), corrections);
  if (corrections.length > 0)
    options.print(`${corrections.length} corrections applied from ${correctionsPath}`);
  const lexicon = readLexicon();
  const settings = DEFAULT_MODEL_SETTINGS;
  // The composed rows share their clauses across folds, so their scores flatter the model; the
  // hand-written rows are the fairer part of the cross-validation.
  const summary = (name: string, predictions: ReadonlyArray<{ tone: Tone; areas: readonly Area[] }>) => {
    const all = subsetReports(rows, predictions, () => true);
    const handWritten = subsetReports(rows, predictions, (r) => written.has(r.text));
    options.print(
      `${name}: tone macro-F1 ${all.tone.macroF1.toFixed(3)}, area macro-F1 ${all.areas.macroF1.toFixed(3)}; ` +
        `on the ${handWritten.count} hand-written: tone ${handWritten.tone.macroF1.toFixed(3)}, areas ${handWritten.areas.macroF1.toFixed(3)}`,
    );
  };
  if (options.compare) {
    options.print('5-fold cross-validation on data/comments/train.tsv:');
    summary(
      'lexicon-only',
      crossValidateMethod(rows, () => (text) => lexiconBaseline(text, lexicon)).predictions,
    );
    summary(
      'naive Bayes',
      crossValidateMethod(rows, (train) => {
        const model = trainNaiveBayes(train, lexicon);
        return (text) => model.predict(text);
      }).predictions,
    );
    const variants: Array<[string, ModelSettings]> = [
      ['logistic, words only', { ...settings, charNgrams: false, bigrams: false, useLexicon: false }],
      ['logistic, words + bigrams', { ...settings, charNgrams: false, useLexicon: false }],
      ['logistic, words + bigrams + char n-grams', { ...settings, useLexicon: false }],
    ];
    for (const [name, variant] of variants)
      summary(name, crossValidateModel(rows, variant, lexicon).predictions);
  }
  const cv = crossValidateModel(rows, settings, lexicon);
  options.print(formatSingleLabelReport('shipped logistic model, tone (5-fold CV)', cv.tone));
  options.print(formatMultiLabelReport('shipped logistic model, areas (5-fold CV)', cv.areas));
  options.print(`area thresholds: ${cv.thresholds.join(', ')}`);
  summary('shipped: logistic, words + bigrams + char n-grams + lexicon counts', cv.predictions);
  const model = trainCommentModel(rows, settings, lexicon, cv.thresholds);
  writeModelFile(options.modelPath ?? DEFAULT_MODEL_PATH, model, {
    trainingRows: rows.length,
    trainingSha256: createHash('sha256').update(content).digest('hex'),
    settings,
    crossValidation: { toneMacroF1: round(cv.tone.macroF1), areaMacroF1: round(cv.areas.macroF1) },
  });
  const seconds = (performance.now() - started) / 1000;
  options.print(`trained on ${rows.length} comments in ${seconds.toFixed(1)} s (with cross-validation)`);
  return { seconds, rows: rows.length };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
