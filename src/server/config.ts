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
  LOTS_TRUST_PROXY: z.string().optional(),
  LOTS_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOTS_DEMO: bool.optional(),
  LOTS_DEMO_CONTACTS: bool.optional(),
  LOTS_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  LOTS_LOGIN_ACCOUNT_FAILURE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOTS_LOGIN_GLOBAL_FAILURE_LIMIT: z.coerce.number().int().min(1).default(300),
  LOTS_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  LOTS_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  LOTS_MAIL_FROM: z.string().min(3).default('Lots <lots@localhost>'),
  LOTS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOTS_SIGNALS_SCHEDULE: z.enum(['on', 'off']).default('on'),
  LOTS_SIGNAL_MINIMUM_N: z.coerce.number().int().min(1).max(100000).default(30),
  LOTS_SURVEYS_SCHEDULE: z.enum(['on', 'off']).default('on'),
  LOTS_SMS_PROVIDER: z.enum(['46elks']).optional(),
  LOTS_46ELKS_URL: z.url({ protocol: /^https?$/ }).default('https://api.46elks.com'),
  LOTS_46ELKS_USERNAME: z.string().min(1).optional(),
  LOTS_46ELKS_PASSWORD: z.string().min(1).optional(),
  LOTS_SMS_FROM: z
    .string()
    .regex(/^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{2,10})$/)
    .optional(),
});

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /**
   * Which reverse proxies to believe about the client's address and protocol (X-Forwarded-For,
   * X-Forwarded-Proto): false, the number of proxy hops in front of Lots (the client is taken from
   * the right end of X-Forwarded-For, past that many proxies), or the proxies' addresses or CIDR
   * ranges. Never "every hop": a client could then choose its own address.
   */
  trustProxy: TrustProxy;
  /** 'auto': Secure cookies when the request came over HTTPS (as seen through a trusted proxy). */
  cookieSecure: 'auto' | boolean;
  /** Create the demo municipality when the database has no municipality yet. */
  seedDemo: boolean;
  /** With the demo, a year of contacts (about 120,000; the longest part of a first start). */
  demoContacts: boolean;
  /** Sign-in attempts per client address and minute. */
  loginRateLimit: number;
  /** Failed sign-ins to one address within 15 minutes before further attempts get 429. */
  loginAccountFailureLimit: number;
  /** Failed sign-ins to any address within a minute before every attempt gets 429. */
  loginGlobalFailureLimit: number;
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
  /** Survey invitations decided and sent every minute in `lots serve` (issue #15). */
  surveysSchedule: boolean;
  /** Text messages for survey invitations through 46elks; none: no text messages. */
  sms: { provider: '46elks'; baseUrl: string; username: string; password: string; from: string } | undefined;
}

export type TrustProxy = false | number | string[];

const PROXY_ADDRESS = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

/**
 * LOTS_TRUST_PROXY: unset, false, 0 or no: no proxy; true, yes or 1: one proxy hop; a number: that
 * many hops; otherwise a comma-separated list of the proxies' addresses or CIDR ranges.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'false' || text === 'no' || text === '0') return false;
  if (text === 'true' || text === 'yes') return 1;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error('LOTS_TRUST_PROXY: at most 10 proxy hops');
    return hops;
  }
  const addresses = text.split(',').map((a) => a.trim());
  if (addresses.some((a) => !PROXY_ADDRESS.test(a)))
    throw new Error(
      'LOTS_TRUST_PROXY: give false, a number of proxy hops, or proxy addresses/CIDRs separated by commas',
    );
  return addresses;
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
    trustProxy: parseTrustProxy(e.LOTS_TRUST_PROXY),
    cookieSecure: e.LOTS_COOKIE_SECURE === 'auto' ? 'auto' : e.LOTS_COOKIE_SECURE === 'true',
    // Demo accounts have published passwords: on by default only for the embedded database.
    seedDemo: e.LOTS_DEMO ?? e.DATABASE_URL === undefined,
    demoContacts: e.LOTS_DEMO_CONTACTS ?? true,
    loginRateLimit: e.LOTS_LOGIN_RATE_LIMIT,
    loginAccountFailureLimit: e.LOTS_LOGIN_ACCOUNT_FAILURE_LIMIT,
    loginGlobalFailureLimit: e.LOTS_LOGIN_GLOBAL_FAILURE_LIMIT,
    webRoot: path.join(projectRoot, 'dist', 'web'),
    chromiumPath: e.LOTS_CHROMIUM,
    smtpUrl: e.LOTS_SMTP_URL,
    mailFrom: e.LOTS_MAIL_FROM,
    publicUrl: e.LOTS_PUBLIC_URL?.replace(/\/+$/, ''),
    signalsSchedule: e.LOTS_SIGNALS_SCHEDULE === 'on',
    signalsMinimumN: e.LOTS_SIGNAL_MINIMUM_N,
    surveysSchedule: e.LOTS_SURVEYS_SCHEDULE === 'on',
    sms: smsSettings(e),
  };
}

/** The text message provider's settings: all of them, or none (a half-set provider is an error). */
function smsSettings(e: z.infer<typeof EnvSchema>): Config['sms'] {
  if (!e.LOTS_SMS_PROVIDER) return undefined;
  if (!e.LOTS_46ELKS_USERNAME || !e.LOTS_46ELKS_PASSWORD || !e.LOTS_SMS_FROM) {
    throw new Error(
      'LOTS_SMS_PROVIDER=46elks needs LOTS_46ELKS_USERNAME, LOTS_46ELKS_PASSWORD and LOTS_SMS_FROM',
    );
  }
  return {
    provider: e.LOTS_SMS_PROVIDER,
    baseUrl: e.LOTS_46ELKS_URL,
    username: e.LOTS_46ELKS_USERNAME,
    password: e.LOTS_46ELKS_PASSWORD,
    from: e.LOTS_SMS_FROM,
  };
}
