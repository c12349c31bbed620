/**
 * Starting Lots as a process: open the database (embedded PGlite in the data folder, or the
 * PostgreSQL server of DATABASE_URL), apply migrations, create the demo municipality on a fresh
 * installation, then serve HTTP until SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../db/database.js';
import { ANALYZE_EVERY_MS, analyzeDatabase } from '../db/maintenance.js';
import { migrate } from '../db/migrate.js';
import { connectionRole } from '../db/connection-role.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { lockDataDir } from './data-dir-lock.js';
import { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo/demo-municipality.js';
import { demoIsInstalled, seedDemo } from './demo/seed-demo.js';
import { createLogger, type Logger } from './logger.js';
import { createMailer } from './signals/mailer.js';
import { startSurveySchedule } from './surveys/schedule-surveys.js';
import { runSignals } from './signals/run-signals.js';
import { scheduleSignals, type SignalSchedule } from './signals/schedule-signals.js';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  logger: Logger;
  /** Where the server listens, for example http://127.0.0.1:3000. */
  url: string;
  /** Closes HTTP first (in-flight requests finish), then the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Close on SIGINT/SIGTERM and exit the process (true for `lots serve`, false in tests). */
  handleSignals?: boolean;
  /** Print the URL, the demo logins and the startup time (true for `lots serve`). */
  printBanner?: boolean;
  /** Where the banner goes. */
  write?: (text: string) => void;
  logger?: Logger;
}

/** An open database and how to give it back (closing it and, when embedded, unlocking its folder). */
export interface OpenedDatabase {
  db: Database;
  close(): Promise<void>;
}

/**
 * Opens the configured database: the PostgreSQL server when DATABASE_URL is set, otherwise the
 * embedded one in the data folder, which this process then holds alone (see data-dir-lock.ts).
 */
export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<OpenedDatabase> {
  const unlock = config.databaseUrl ? () => Promise.resolve() : await lockDataDir(config.dataDir);
  try {
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    return {
      db,
      close: async () => {
        try {
          await db.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

interface Timings {
  database: number;
  migrations: number;
  demo: number;
  reopen: number;
  analyze: number;
  http: number;
}

/**
 * Warns when DATABASE_URL names a superuser or a role with BYPASSRLS: isolation then rests on
 * there being no SQL injection anywhere. The embedded database is in-process and has no other
 * clients, so it is not warned about.
 */
export async function warnIfPrivileged(db: Database, logger: Logger): Promise<void> {
  const role = await connectionRole(db);
  if (role.isSuperuser || role.bypassesRls)
    logger.warn(
      { role: role.name, superuser: role.isSuperuser, bypassRls: role.bypassesRls },
      'DATABASE_URL connects as a role that bypasses row-level security; connect as the owner role of scripts/database-setup.sql instead',
    );
}

/** Starts the server with the given configuration and resolves once it listens. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const {
    handleSignals = true,
    printBanner = true,
    write = (text: string) => process.stdout.write(text),
  } = options;
  const started = performance.now();
  const logger =
    options.logger ?? (await createLogger({ level: config.logLevel, pretty: process.stdout.isTTY }));
  const timings: Timings = { database: 0, migrations: 0, demo: 0, reopen: 0, analyze: 0, http: 0 };
  const lap = async <T>(key: keyof Timings, step: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await step();
    } finally {
      timings[key] = performance.now() - t;
    }
  };

  // A new embedded database leaves PGlite's WebAssembly heap at ~850 MB after initdb; reopened,
  // it needs about half. Reopening costs ~0.5 s, once, on the first start.
  const isNewEmbedded = !config.databaseUrl && !existsSync(path.join(config.dataDir, 'PG_VERSION'));
  let opened = await lap('database', () => openConfiguredDatabase(config));
  let app: FastifyInstance | undefined;
  let demoLogins: readonly DemoLogin[] = [];
  try {
    const { db } = opened;
    if (db.kind === 'server') await warnIfPrivileged(db, logger);
    const applied = await lap('migrations', () => migrate(db));
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    if (config.seedDemo) {
      const seeded = await lap('demo', () =>
        seedDemo(db, { onlyIfEmpty: true, ...(config.demoContacts ? {} : { contacts: false }) }),
      );
      if (seeded.created)
        logger.info(
          {
            contacts: seeded.contacts?.contacts ?? 0,
            contactsMs: Math.round(seeded.contacts?.ms ?? 0),
            calls: seeded.telephony?.calls ?? 0,
            callsMs: Math.round(seeded.telephony?.ms ?? 0),
          },
          'demo municipality created',
        );
      if (await demoIsInstalled(db)) demoLogins = DEMO_LOGINS;
    }
    if (isNewEmbedded) {
      await opened.close();
      opened = await lap('reopen', () => openConfiguredDatabase(config));
    }
    // PGlite has no autovacuum: statistics now, after the demo's year, and every few hours.
    if (opened.db.kind === 'embedded') await lap('analyze', () => analyzeDatabase(opened.db));
    const httpApp = await buildApp({ db: opened.db, config, logger });
    app = httpApp;
    await lap('http', () => httpApp.listen({ host: config.host, port: config.port }));
  } catch (error) {
    await app?.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  }
  // Fixed from here on: `opened` was reassigned above.
  const database = opened;
  const { db } = database;

  const url = listeningUrl(app, config.host);
  const totalMs = performance.now() - started;
  logger.info(
    {
      database: db.kind,
      ms: Math.round(totalMs),
      ...roundAll(timings),
      processMs: Math.round(performance.now()),
    },
    'lots started',
  );

  const analyzer =
    db.kind === 'embedded'
      ? setInterval(() => {
          analyzeDatabase(db).catch((error: unknown) =>
            logger.error({ err: error instanceof Error ? { type: error.name } : {} }, 'analyze failed'),
          );
        }, ANALYZE_EVERY_MS)
      : null;
  analyzer?.unref();

  const signals = config.signalsSchedule ? startSignalSchedule(db, config, logger) : null;
  const surveys = config.surveysSchedule ? startSurveySchedule(db, config, logger) : null;

  let closing: Promise<void> | undefined;
  const running: RunningServer = {
    app,
    db,
    logger,
    url,
    close: () => {
      const httpApp = app;
      closing ??= (async () => {
        if (analyzer) clearInterval(analyzer);
        signals?.stop();
        surveys?.stop();
        await httpApp?.close();
        await database.close();
      })();
      return closing;
    },
  };

  if (printBanner) {
    write(banner({ url, database: db.kind, dataDir: config.dataDir, totalMs, demoLogins }));
  }
  if (handleSignals) closeOnSignals(running);
  return running;
}

/**
 * The daily evaluation of signals at 06:00 Europe/Stockholm (LOTS_SIGNALS_SCHEDULE=off turns it
 * off). Without LOTS_SMTP_URL signals are still raised, and the log says once that no mail goes.
 */
function startSignalSchedule(db: Database, config: Config, logger: Logger): SignalSchedule {
  const mailer = createMailer(config);
  if (!mailer) logger.info('signal e-mail off: LOTS_SMTP_URL is not set');
  const schedule = scheduleSignals({
    run: async (day, now) => {
      const runs = await runSignals({
        db,
        day,
        mailer,
        publicUrl: config.publicUrl,
        minimumN: config.signalsMinimumN,
        now,
        log: (event, message) => logger.info(event, message),
      });
      logger.info(
        { day, tenants: runs.length, signals: runs.reduce((n, r) => n + r.signals.length, 0) },
        'signals run',
      );
    },
    onError: (error) =>
      logger.error({ err: error instanceof Error ? { type: error.name } : {} }, 'signals run failed'),
  });
  return {
    stop: () => {
      schedule.stop();
      mailer?.close();
    },
  };
}

function listeningUrl(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // 0.0.0.0 and :: listen everywhere; a browser on this machine reaches them as localhost.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

function roundAll(t: Timings): Record<string, number> {
  return {
    databaseMs: Math.round(t.database),
    migrationsMs: Math.round(t.migrations),
    demoMs: Math.round(t.demo),
    reopenMs: Math.round(t.reopen),
    httpMs: Math.round(t.http),
  };
}

interface BannerInput {
  url: string;
  database: Database['kind'];
  dataDir: string;
  totalMs: number;
  demoLogins: readonly DemoLogin[];
}

/** The lines a person starting Lots reads: where to go and how to sign in. Swedish, then English. */
export function banner({ url, database, dataDir, totalMs, demoLogins }: BannerInput): string {
  const seconds = (totalMs / 1000).toFixed(1);
  const lines = [
    '',
    `Lots körs på / Lots is running at: ${url}`,
    database === 'embedded'
      ? `Databas / Database: inbyggd PostgreSQL (PGlite) i / embedded PostgreSQL (PGlite) in ${dataDir}`
      : 'Databas / Database: PostgreSQL-server (DATABASE_URL) / PostgreSQL server (DATABASE_URL)',
    `Startade på / Started in: ${seconds} s`,
  ];
  if (demoLogins.length > 0) {
    const width = Math.max(...demoLogins.map((l) => l.email.length));
    lines.push(
      '',
      `Demoinloggningar, lösenord för alla / Demo logins, password for all: ${DEMO_PASSWORD}`,
      ...demoLogins.map((l) => `  ${l.email.padEnd(width)}  ${l.roleSv} / ${l.roleEn}`),
    );
  }
  lines.push('', 'Avsluta med Ctrl+C / Stop with Ctrl+C', '');
  return lines.join('\n');
}

function closeOnSignals(server: RunningServer): void {
  const stop = (signal: NodeJS.Signals) => {
    server.logger.info({ signal }, 'shutting down');
    // A second signal while closing means "now": skip the clean shutdown.
    process.once(signal, () => process.exit(130));
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error(
          { err: { type: error instanceof Error ? error.name : typeof error } },
          'shutdown failed',
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
