import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseScope } from '../../core/telephony/scope.js';
import { weeklyReportCsv } from '../../core/telephony/weekly-report-csv.js';
import { loadConfig } from '../../server/config.js';
import { buildWeeklyReport } from '../../server/reports/build-weekly-report.js';
import { printPdf } from '../../server/reports/print-pdf.js';
import { weeklyReportHtml } from '../../server/reports/weekly-report-html.js';
import { weeklyReportXlsx } from '../../server/reports/weekly-report-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../messages.js';
import { tenantIdByCode } from '../tenant-by-code.js';
import { withDatabase } from '../with-database.js';

const FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;

interface ReportOptions {
  tenant: string;
  from: string;
  to: string;
  scope: string;
  format: string;
  out?: string;
  lang: string;
}

/**
 * `lots report weekly`: the weekly report of docs/metrics.md as JSON (shares as fractions 0..1,
 * times in seconds, closed days marked), CSV, Excel or PDF, to a file or (JSON, CSV) stdout.
 */
export function registerReportWeekly(report: Command, context: CliContext): void {
  report
    .command('weekly')
    .description('The weekly report / Veckorapporten')
    .requiredOption('--tenant <code>', 'municipality code, e.g. 0123')
    .requiredOption('--from <week>', 'first ISO week, e.g. 2026-W10')
    .requiredOption('--to <week>', 'last ISO week, e.g. 2026-W19')
    .option('--scope <scope>', 'all, group:<id> or queue:<id>', 'all')
    .option('--format <format>', FORMATS.join('|'), 'json')
    .option('--out <file>', 'write to this file (needed for xlsx and pdf)')
    .option('--lang <lang>', 'labels: sv or en', 'sv')
    .action(async (options: ReportOptions) => {
      const format = options.format as (typeof FORMATS)[number];
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new CliError('unknown_format', { format: options.format, formats: FORMATS.join(', ') });
      }
      if (options.lang !== 'sv' && options.lang !== 'en') throw new CliError('unknown_locale', {});
      const locale = options.lang;
      const scope = parseScope(options.scope);
      if (!scope) throw new CliError('invalid_scope', { scope: options.scope });
      if ((format === 'xlsx' || format === 'pdf') && !options.out)
        throw new CliError('out_required', { format });
      const document = await withDatabase(context, async (db) =>
        buildWeeklyReport({
          db,
          actor: { tenantId: await tenantIdByCode(db, options.tenant) },
          scope,
          from: options.from,
          to: options.to,
        }),
      );
      const body =
        format === 'json'
          ? `${JSON.stringify(document, null, 2)}\n`
          : format === 'csv'
            ? weeklyReportCsv(document, locale)
            : format === 'xlsx'
              ? await weeklyReportXlsx(document, locale)
              : await printPdf(weeklyReportHtml(document, locale), loadConfig(context.env).chromiumPath);
      if (options.out) {
        await writeFile(options.out, body);
        context.stderr(`Skrev / Wrote ${options.out}\n`);
      } else {
        context.stdout(typeof body === 'string' ? body : body.toString('utf8'));
      }
    });
}
