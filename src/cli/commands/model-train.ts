import type { Command } from 'commander';
import { evaluateFromFiles } from '../../server/comments/evaluate-model.js';
import { trainFromFiles } from '../../server/comments/train-model.js';
import type { CliContext } from '../context.js';

interface TrainCliOptions {
  compare?: boolean;
  train?: string;
  out?: string;
}

/**
 * `lots model train`: trains the comment model from data/comments/train.tsv into
 * data/models/comments.json (5-fold cross-validation chooses the area thresholds; --compare also
 * measures the other methods). `lots model evaluate`: the held-out scores against the lexicon.
 */
export function registerModel(model: Command, context: CliContext): void {
  model
    .command('train')
    .description('Train the comment model / Träna kommentarsmodellen')
    .option('--compare', 'also cross-validate the lexicon baseline, naive Bayes and feature variants')
    .option('--train <file>', 'training TSV (text, tone, areas)')
    .option('--out <file>', 'model file to write')
    .action((options: TrainCliOptions) => {
      trainFromFiles({
        compare: options.compare ?? false,
        ...(options.train ? { trainPath: options.train } : {}),
        ...(options.out ? { modelPath: options.out } : {}),
        print: (line) => context.stdout(`${line}\n`),
      });
    });
  model
    .command('evaluate')
    .description('Held-out scores of the comment model / Modellens resultat på testdata')
    .option('--test <file>', 'held-out TSV (text, tone, areas)')
    .option('--model <file>', 'model file')
    .action((options: { test?: string; model?: string }) => {
      evaluateFromFiles({
        ...(options.test ? { testPath: options.test } : {}),
        ...(options.model ? { modelPath: options.model } : {}),
        print: (line) => context.stdout(`${line}\n`),
      });
    });
}
