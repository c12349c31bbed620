/** Settings from the environment, validated once at start. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LOTS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LOTS_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  LOTS_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOTS_TRUST_PROXY: bool.optional(),
  LOTS_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOTS_DEMO: bool.optional(),
  LOTS_DEMO_CONTACTS: bool.optional(),
  LOTS_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  LOTS_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  LOTS_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  LOTS_MAIL_FROM: z.string().min(3).default('Lots <lots@localhost>'),
  LOTS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOTS_SIGNALS_SCHEDULE: z.enum(['on', 'off']).default('on'),
  LOTS_SIGNAL_MINIMUM_N: z.coerce.number().int().min(1).max(100000).default(30),
});

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** 'auto': Secure cookies when the request came over HTTPS (as seen through a trusted proxy). */
  cookieSecure: 'auto' | boolean;
  /** Create the demo municipality when the database has no municipality yet. */
  seedDemo: boolean;
  /** With the demo, a year of contacts (about 120,000; the longest part of a first start). */
  demoContacts: boolean;
  /** Sign-in attempts per client address and minute. */
  loginRateLimit: number;
  /** Built single-page app (vite build output). */
  webRoot: string;
  /** Chromium for PDF reports (Debian's package); without it, PDF answers 503. */
  chromiumPath: string;
  /** Where signal e-mails are sent from (smtp://host:port or smtps://user:pass@host); none: no mail. */
  smtpUrl: string | undefined;
  /** The From of Lots's e-mails. */
  mailFrom: string;
  /** The address people open Lots at, for links in e-mails; none: no link. */
  publicUrl: string | undefined;
  /** The daily evaluation of signals at 06:00 Europe/Stockholm in `lots serve`. */
  signalsSchedule: boolean;
  /** Contacts (or calls) a day's share or mean time needs before a rule on it raises a signal. */
  signalsMinimumN: number;
}

export const projectRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = EnvSchema.parse(env);
  return {
    host: e.LOTS_HOST,
    port: e.LOTS_PORT ?? e.PORT ?? 3000,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.LOTS_DATA_DIR ?? path.join(process.cwd(), 'data')),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.LOTS_TRUST_PROXY ?? false,
    cookieSecure: e.LOTS_COOKIE_SECURE === 'auto' ? 'auto' : e.LOTS_COOKIE_SECURE === 'true',
    // Demo accounts have published passwords: on by default only for the embedded database.
    seedDemo: e.LOTS_DEMO ?? e.DATABASE_URL === undefined,
    demoContacts: e.LOTS_DEMO_CONTACTS ?? true,
    loginRateLimit: e.LOTS_LOGIN_RATE_LIMIT,
    webRoot: path.join(projectRoot, 'dist', 'web'),
    chromiumPath: e.LOTS_CHROMIUM,
    smtpUrl: e.LOTS_SMTP_URL,
    mailFrom: e.LOTS_MAIL_FROM,
    publicUrl: e.LOTS_PUBLIC_URL?.replace(/\/+$/, ''),
    signalsSchedule: e.LOTS_SIGNALS_SCHEDULE === 'on',
    signalsMinimumN: e.LOTS_SIGNAL_MINIMUM_N,
  };
}
