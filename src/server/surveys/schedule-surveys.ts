/**
 * The survey work every minute in `lots serve` (LOTS_SURVEYS_SCHEDULE=off turns it off): a run
 * never starts while the last one is still going. Without LOTS_SMTP_URL and LOTS_PUBLIC_URL no
 * e-mail invitation can be made (its link needs the public address); addresses given are then
 * deleted at once, counted as 'no_sender', and the log says so once.
 */
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import type { Database } from '../../db/database.js';
import { createMailer } from '../signals/mailer.js';
import { runSurveys } from './run-surveys.js';
import { elksSender } from './sms.js';

export const SURVEY_RUN_EVERY_MS = 60_000;

export function startSurveySchedule(
  db: Database,
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl' | 'sms'>,
  logger: Pick<Logger, 'info' | 'error'>,
): { stop: () => void } {
  const mailer = createMailer(config);
  const sms = config.sms ? elksSender(config.sms) : null;
  if (!mailer || !config.publicUrl) {
    logger.info('survey e-mail off: LOTS_SMTP_URL and LOTS_PUBLIC_URL are both needed');
  }
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSurveys({ db, mailer, sms, publicUrl: config.publicUrl })
      .then((runs) => {
        const failed = runs.filter((r) => r.error !== null);
        const sent = runs.reduce((n, r) => n + (r.sent?.sent ?? 0) + (r.sent?.reminders ?? 0), 0);
        const invited = runs.reduce((n, r) => n + (r.planned?.invited ?? 0), 0);
        if (sent > 0 || invited > 0 || failed.length > 0) {
          logger.info({ tenants: runs.length, invited, sent, failedTenants: failed.length }, 'surveys run');
        }
      })
      .catch((error: unknown) =>
        logger.error({ err: error instanceof Error ? { type: error.name } : {} }, 'surveys run failed'),
      )
      .finally(() => {
        running = false;
      });
  }, SURVEY_RUN_EVERY_MS);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      mailer?.close();
    },
  };
}
