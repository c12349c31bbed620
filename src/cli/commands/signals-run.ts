import type { Command } from 'commander';
import { isCalendarDay } from '../../core/contacts/calendar-day.js';
import { dayToEvaluate } from '../../core/signals/schedule.js';
import { loadConfig } from '../../server/config.js';
import { createMailer } from '../../server/signals/mailer.js';
import { runSignals } from '../../server/signals/run-signals.js';
import type { CliContext } from '../context.js';
import { CliError } from '../messages.js';
import { tenantIdByCode } from '../tenant-by-code.js';
import { withDatabase } from '../with-database.js';

interface RunOptions {
  day?: string;
  tenant?: string;
}

/**
 * `lots signals run`: the daily evaluation of signals (as `lots serve` runs it at 06:00) for a day
 * (default yesterday) and every municipality or one, e-mailing each subscriber the new signals.
 * For a cron job when Lots runs without `serve`, or to catch up a day. Idempotent.
 */
export function registerSignalsRun(signals: Command, context: CliContext): void {
  signals
    .command('run')
    .description('Evaluate a day and e-mail new signals / Utvärdera en dag och skicka nya signaler')
    .option('--day <day>', 'the day evaluated, YYYY-MM-DD (default: yesterday)')
    .option('--tenant <code>', 'only this municipality, e.g. 0123 (default: every one)')
    .action(async (options: RunOptions) => {
      if (options.day !== undefined && !isCalendarDay(options.day)) {
        throw new CliError('invalid_day', { day: options.day });
      }
      const config = loadConfig(context.env);
      const day = options.day ?? dayToEvaluate(new Date());
      const mailer = createMailer(config);
      if (!mailer) {
        context.stderr(
          'E-post skickas inte: LOTS_SMTP_URL saknas / No e-mail is sent: LOTS_SMTP_URL is not set\n',
        );
      }
      try {
        const runs = await withDatabase(context, async (db) =>
          runSignals({
            db,
            day,
            tenantId: options.tenant === undefined ? undefined : await tenantIdByCode(db, options.tenant),
            mailer,
            publicUrl: config.publicUrl,
            minimumN: config.signalsMinimumN,
          }),
        );
        for (const run of runs) {
          context.stdout(
            run.error
              ? `${day} ${run.tenantId}: fel / error (${run.error})\n`
              : `${day} ${run.tenantId}: ${run.signals.length} nya signaler / new signals, ` +
                  `${run.mailed} e-postmeddelanden / e-mails${run.mailFailures > 0 ? `, ${run.mailFailures} misslyckades / failed` : ''}\n`,
          );
        }
        if (runs.some((r) => r.error !== null || r.mailFailures > 0))
          throw new CliError('signals_failed', {});
      } finally {
        mailer?.close();
      }
    });
}
