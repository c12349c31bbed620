/**
 * A run of the daily evaluation: for every tenant (or one), evaluate the day and e-mail each
 * subscriber of the tenant one message listing its new signals. Used by the schedule in
 * `lots serve`, by `lots signals run` and by POST /api/signals/run. A failed tenant or e-mail is
 * reported and the run goes on with the others.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { rowsOf } from '../../db/rows.js';
import { withPlatform, withTenantClient } from '../../db/tenant-context.js';
import { evaluateSignals } from './evaluate-signals.js';
import type { Mailer } from './mailer.js';
import { listSubscribers, readTenantName } from './queries/signal-subscriptions.js';
import type { SignalRow } from './queries/signals.js';
import { signalMail } from './signal-mail.js';

export interface TenantRun {
  tenantId: string;
  signals: SignalRow[];
  mailed: number;
  mailFailures: number;
  error: string | null;
}

export interface RunSignalsOptions {
  db: Database;
  day: string;
  /** One tenant; every tenant when absent. */
  tenantId?: string | undefined;
  mailer: Mailer | null;
  publicUrl?: string | undefined;
  minimumN?: number;
  now?: Date;
  /** Events without personal data (ids, counts, error types). */
  log?: (event: Record<string, unknown>, message: string) => void;
}

/** Every tenant's id, read as the platform role (which may list tenants). */
export async function listTenantIds(db: Database): Promise<string[]> {
  return (
    await withPlatform(db, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`SELECT id FROM tenants ORDER BY created_at, id`)),
    )
  ).map((r) => r.id);
}

export async function runSignals(options: RunSignalsOptions): Promise<TenantRun[]> {
  const { db, day, mailer } = options;
  const log = options.log ?? (() => undefined);
  const tenantIds = options.tenantId ? [options.tenantId] : await listTenantIds(db);
  const runs: TenantRun[] = [];
  for (const tenantId of tenantIds) {
    const run: TenantRun = { tenantId, signals: [], mailed: 0, mailFailures: 0, error: null };
    runs.push(run);
    try {
      run.signals = await evaluateSignals({
        db,
        tenantId,
        day,
        ...(options.minimumN === undefined ? {} : { minimumN: options.minimumN }),
        ...(options.now ? { now: options.now } : {}),
      });
    } catch (error) {
      run.error = error instanceof Error ? error.name : 'unknown';
      log({ tenantId, day, err: { type: run.error } }, 'signal evaluation failed');
      continue;
    }
    if (run.signals.length > 0 && mailer) await mailSignals(run, options, mailer, log);
    log({ tenantId, day, signals: run.signals.length, mailed: run.mailed }, 'signals evaluated');
  }
  return runs;
}

async function mailSignals(
  run: TenantRun,
  options: RunSignalsOptions,
  mailer: Mailer,
  log: NonNullable<RunSignalsOptions['log']>,
): Promise<void> {
  const { subscribers, tenantName } = await withTenantClient(options.db, run.tenantId, async (client) => ({
    subscribers: await listSubscribers(client),
    tenantName: await readTenantName(client),
  }));
  for (const subscriber of subscribers) {
    const mail = signalMail({
      signals: run.signals,
      tenantName,
      locale: subscriber.locale,
      publicUrl: options.publicUrl,
    });
    try {
      await mailer.send({ to: subscriber.email, ...mail });
      run.mailed += 1;
    } catch (error) {
      run.mailFailures += 1;
      // The user's id, never the address.
      log(
        {
          tenantId: run.tenantId,
          userId: subscriber.userId,
          err: { type: error instanceof Error ? error.name : 'unknown' },
        },
        'signal e-mail failed',
      );
    }
  }
}
