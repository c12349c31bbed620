import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatResults, OUTPUT_FORMATS, readComments, type OutputFormat } from '../../core/comments/io.js';
import { classifyComment } from '../../core/comments/model.js';
import { loadCommentModel } from '../../server/comments/model-file.js';
import type { CliContext } from '../context.js';
import { CliError } from '../messages.js';

interface ClassifyOptions {
  column?: string;
  format: string;
  out?: string;
  model?: string;
}

/**
 * `lots comments classify [file]`: the tone and areas of each comment (one per line, or the
 * --column of a CSV file; standard input without a file) as TSV, CSV or JSON in the input's
 * order. Offline, no database; personal data is masked before analysis and never printed.
 */
export function registerCommentsClassify(comments: Command, context: CliContext): void {
  comments
    .command('classify')
    .description('Tone and areas of free-text comments / Ton och områden för kommentarer')
    .argument(
      '[file]',
      'a text file (one comment per line) or a CSV file with --column; standard input if left out',
    )
    .option('--column <name>', 'read this column of a CSV file')
    .option('--format <format>', OUTPUT_FORMATS.join('|'), 'tsv')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--model <file>', 'a model file other than the shipped one')
    .action(async (file: string | undefined, options: ClassifyOptions) => {
      const format = options.format as OutputFormat;
      if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
        throw new CliError('unknown_format', { format: options.format, formats: OUTPUT_FORMATS.join(', ') });
      }
      const input = file ? await readFile(file, 'utf8') : await (context.readStdin ?? readProcessStdin)();
      const read = readComments(input, options.column);
      if ('error' in read) {
        const { error } = read;
        if (error.code === 'column_missing')
          throw new CliError('column_missing', { column: error.column, columns: error.columns.join(', ') });
        if (error.code === 'not_utf8') throw new CliError('input_not_utf8', { line: error.line });
        throw new CliError('input_binary', {});
      }
      const model = loadCommentModel(options.model);
      const output = formatResults(
        read.comments.map((text) => classifyComment(model, text)),
        format,
      );
      if (options.out) await writeFile(options.out, output);
      else context.stdout(output);
    });
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
