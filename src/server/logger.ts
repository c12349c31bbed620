/**
 * The process logger: pino writing one JSON object per line to stdout, which is what log
 * collectors read. On a terminal it can print readable lines instead through pino-pretty, a
 * development dependency: when that is not installed (a production install) the output stays JSON.
 *
 * Nothing personal is logged anywhere (request lines carry method, route pattern, status and
 * duration only; see app.ts). The redaction below is a second line of defence for a field that
 * slips into a log call by mistake.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

export type { Logger } from 'pino';

/** Fields that must never reach a log line, wherever they appear one level down. */
const REDACTED_PATHS = [
  'password',
  'email',
  'displayName',
  'cookie',
  'csrfToken',
  'sessionId',
  '*.password',
  '*.email',
  '*.displayName',
  '*.cookie',
  '*.csrfToken',
  '*.sessionId',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
];

export interface LoggerSettings {
  level: Config['logLevel'];
  /** Human-readable lines when pino-pretty can be loaded; JSON otherwise. */
  pretty?: boolean;
  /** Where to write; stdout when omitted (tests pass a stream to read what was logged). */
  destination?: DestinationStream;
}

/** Creates the logger; async because the optional pretty printer is loaded on demand. */
export async function createLogger({ level, pretty = false, destination }: LoggerSettings): Promise<Logger> {
  const options: LoggerOptions = {
    level,
    base: { service: 'lots' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (pretty) {
    const stream = await prettyStream();
    if (stream) return pino(options, stream);
  }
  return pino(options);
}

/**
 * pino-pretty as an in-process stream (no worker thread: less memory and a faster start).
 * Returns undefined when the package is absent, as in an install without devDependencies.
 */
async function prettyStream(): Promise<DestinationStream | undefined> {
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({
      colorize: true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
    });
  } catch {
    return undefined;
  }
}
