import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  CALL_FILE_FORMATS,
  importCallFile,
  type CallFileFormat,
  type CallImportSummary,
} from '../../server/telephony/import/import-call-file.js';
import {
  explainCallFile,
  type CallFileExplanation,
} from '../../server/telephony/import/explain-call-file.js';
import { Problem } from '../../server/http/problem.js';
import type { CliContext } from '../context.js';
import { CliError } from '../messages.js';
import { tenantIdByCode } from '../tenant-by-code.js';
import { withDatabase } from '../with-database.js';

interface ImportCallsOptions {
  tenant: string;
  format: string;
  mapping?: string;
  source?: string;
  dryRun?: boolean;
  json?: boolean;
  explain?: boolean;
}

const SAMPLE_LABELS = {
  first: 'bland de första / among the first',
  abandoned: 'avbrutet / abandoned',
  transferred: 'kopplat vidare / transferred',
} as const;

/** The --explain text: each sampled call with its outcome, wait, talk, day and the lines that made it. */
export function explanationText(file: string, e: CallFileExplanation): string {
  const out = [
    `${file}: förklaring, inget sparat / explanation, nothing saved: ${e.summary.calls} samtal / calls, ${e.calls.length} visas / shown`,
  ];
  for (const c of e.calls) {
    const end = c.answeredEnd ? ` (${c.answeredEnd})` : '';
    out.push(
      `  ${c.callId} ${c.queue} ${c.day}: ${c.outcome}${end}, väntan / wait ${c.waitSeconds} s, samtal / talk ${c.talkSeconds} s [${SAMPLE_LABELS[c.sample]}]`,
    );
    for (const l of c.lines) out.push(`    rad / line ${l.line}: ${l.text}`);
  }
  for (const r of e.summary.rejected) out.push(`  rad / line ${r.line}: ${r.reason}`);
  return `${out.join('\n')}\n`;
}

const LABELS: [keyof CallImportSummary, string][] = [
  ['lines', 'rader / lines'],
  ['queueRows', 'kö-rader (en per medlem som ringdes) / queue rows (one per member rung)'],
  ['calls', 'samtal i filen / calls in the file'],
  ['imported', 'importerade / imported'],
  ['duplicates', 'redan importerade / already imported'],
  ['duplicateLines', 'upprepade rader / repeated lines'],
  ['completedFromEarlierFile', 'avslutade från tidigare fil / completed from an earlier file'],
  ['stillOpen', 'i kö vid filens slut / still queued at the end of the file'],
  ['neverEnded', 'avslutades aldrig / never ended'],
  [
    'turnedAway',
    'avvisade samtal (kön tog inte emot dem) / callers turned away (the queue did not take them in)',
  ],
  ['customEvents', 'egna händelser (ignorerade) / custom events (ignored)'],
  ['orphanEvents', 'händelser utan ENTERQUEUE / events without ENTERQUEUE'],
  ['intervals', 'intervall / intervals'],
  ['intervalsReplaced', 'intervall ersatta / intervals replaced'],
];

function summaryText(file: string, s: CallImportSummary): string {
  const head = s.alreadyImportedAs
    ? `${file}: samma fil är redan importerad, inget ändrades / the same file was imported before, nothing changed`
    : `${file}${s.dryRun ? ' (provkörning, inget sparat / dry run, nothing saved)' : ''}: ${s.firstDay ?? '–'} – ${s.lastDay ?? '–'}`;
  const lines = LABELS.filter(([key]) => typeof s[key] === 'number' && s[key] > 0).map(
    ([key, label]) => `  ${label}: ${(s[key] as number).toLocaleString('sv-SE')}`,
  );
  if (s.columnSet) lines.push(`  kolumner / columns: ${s.columnSet}`);
  if (s.ignoredColumns && s.ignoredColumns.length > 0)
    lines.push(`  kolumner som inte läses / columns not read: ${s.ignoredColumns.join(', ')}`);
  for (const [reason, n] of Object.entries(s.skipped))
    lines.push(`  hoppade över / skipped (${reason}): ${n}`);
  for (const r of s.rejected) lines.push(`  rad / line ${r.line}: ${r.reason}`);
  return `${[head, ...lines].join('\n')}\n`;
}

/**
 * `lots import calls`: imports files of call records in the order given, each all or nothing.
 * Stops at the first file with unreadable lines (they are listed; nothing of that file is saved),
 * so that files that continue each other (queue_log rotation) are never imported out of order.
 */
export function registerImportCalls(importCommand: Command, context: CliContext): void {
  importCommand
    .command('calls')
    .description('Import call records from telephony files / Importera samtal från telefonins filer')
    .requiredOption('--tenant <code>', 'municipality code, e.g. 0123')
    .requiredOption('--format <format>', `one of ${CALL_FILE_FORMATS.join(', ')}`)
    .option('--mapping <name>', 'for --format csv: the saved call mapping / den sparade kolumnmappningen')
    .option('--source <name>', 'whose calls these are (default asterisk, or the mapping’s)')
    .option('--dry-run', 'read and check, save nothing / läs och kontrollera, spara inget')
    .option('--json', 'print each summary as JSON / skriv sammanfattningen som JSON')
    .option(
      '--explain',
      'dry run showing a sample of calls with the lines that made each / provkörning som visar ett urval samtal med raderna bakom vart och ett',
    )
    .argument('<files...>', 'files in order (gzip is read too) / filer i ordning')
    .action(async (files: string[], options: ImportCallsOptions) => {
      if (!(CALL_FILE_FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError('unknown_format', {
          format: options.format,
          formats: CALL_FILE_FORMATS.join(', '),
        });
      }
      const summaries: CallImportSummary[] = [];
      let failed = false;
      await withDatabase(context, async (db) => {
        const tenantId = await tenantIdByCode(db, options.tenant);
        for (const file of files) {
          if (options.explain) {
            const explanation = await explainCallFile({
              db,
              actor: { tenantId, userId: null },
              format: options.format as CallFileFormat,
              source: options.source,
              mappingName: options.mapping,
              fileName: path.basename(file),
              open: () => createReadStream(file),
            });
            context.stdout(
              options.json ? `${JSON.stringify(explanation)}\n` : explanationText(file, explanation),
            );
            continue;
          }
          try {
            const summary = await importCallFile({
              db,
              actor: { tenantId, userId: null },
              format: options.format as CallFileFormat,
              source: options.source,
              mappingName: options.mapping,
              fileName: path.basename(file),
              dryRun: options.dryRun === true,
              input: createReadStream(file),
            });
            summaries.push(summary);
            if (!options.json) context.stdout(summaryText(file, summary));
          } catch (error) {
            if (!(error instanceof Problem) || error.code !== 'call_import_invalid') throw error;
            failed = true;
            const rejected = error.fieldErrors.map((e) => ({
              line: Number(e.pointer.split('/').pop()),
              reason: String(e.params?.['reason'] ?? e.params?.['count'] ?? e.code),
            }));
            if (options.json) {
              context.stdout(`${JSON.stringify({ file, imported: 0, rejected })}\n`);
            } else {
              context.stderr(
                `${file}: ingenting importerades, rader som inte går att läsa / nothing imported, lines that cannot be read:\n` +
                  rejected
                    .map((r) => `  rad / line ${Number.isNaN(r.line) ? '…' : r.line}: ${r.reason}`)
                    .join('\n') +
                  '\n',
              );
            }
            break;
          }
        }
      });
      if (options.json) for (const s of summaries) context.stdout(`${JSON.stringify(s)}\n`);
      if (failed) throw new CliError('import_stopped', {});
    });
}
