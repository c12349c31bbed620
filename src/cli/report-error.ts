/**
 * How a failed command tells the person at the terminal what went wrong: Swedish line, English
 * line, per-field lines for invalid input; no stack trace for anything expected.
 */
import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { fieldText, FIELD_MESSAGES, problemText, type FieldMessageCode } from '../server/http/messages.js';
import { Problem, type FieldError } from '../server/http/problem.js';
import { DataDirLockedError } from '../server/data-dir-lock.js';
import { loggableError } from '../server/http/error-handler.js';
import { CliError, cliText } from './messages.js';

/** Request fields (after /body) as the options that set them, so a message names what to fix. */
const OPTION_OF_FIELD: Record<string, string> = {
  municipalityCode: '--code',
  'admin.email': '--admin-email',
  'admin.displayName': '--admin-name',
  'admin.password': '--admin-password',
  'admin.locale': '--locale',
  email: '--email',
  displayName: '--name',
  password: '--password',
  locale: '--locale',
  roles: '--role',
  'roles.role': '--role',
  'roles.unitId': '--unit',
  unitId: '--unit',
  parentId: '--parent',
  name: '--name',
  'token.name': '--token-name',
  'token.expiresInDays': '--expires-in-days',
};

function isFieldMessageCode(code: string): code is FieldMessageCode {
  return code in FIELD_MESSAGES;
}

/** One line per field, or nothing when the field has no text beyond the problem's own. */
function fieldLine(error: FieldError, problem: Problem): string | undefined {
  const field = error.pointer.replace(/^\/body\/?/, '').replaceAll('/', '.');
  const label = OPTION_OF_FIELD[field.replace(/\.\d+(?=\.|$)/g, '')] ?? (field || error.pointer);
  if (isFieldMessageCode(error.code)) {
    return `  ${label}: ${fieldText(error.code, 'sv', error.params)} / ${fieldText(error.code, 'en', error.params)}`;
  }
  return error.code === problem.code ? undefined : `  ${label}: ${error.code}`;
}

function twoLanguages(sv: string, en: string): string {
  return `Fel: ${sv}\nError: ${en}\n`;
}

/** Prints the error and returns the process exit code. */
export function reportError(error: unknown, write: (text: string) => void, env: NodeJS.ProcessEnv): number {
  if (error instanceof CommanderError) return error.exitCode; // commander printed its own message
  if (error instanceof Problem) {
    write(twoLanguages(problemText(error.code, 'sv'), problemText(error.code, 'en')));
    for (const field of error.fieldErrors) {
      const line = fieldLine(field, error);
      if (line) write(`${line}\n`);
    }
    return 1;
  }
  if (error instanceof CliError) {
    write(twoLanguages(cliText(error.code, 'sv', error.params), cliText(error.code, 'en', error.params)));
    return 1;
  }
  if (error instanceof DataDirLockedError) {
    const params = { dir: error.dataDir, pid: error.pid };
    write(twoLanguages(cliText('data_dir_locked', 'sv', params), cliText('data_dir_locked', 'en', params)));
    return 1;
  }
  if (error instanceof ZodError) {
    // Only loadConfig parses with zod outside a request: a bad environment variable.
    const names = [...new Set(error.issues.map((i) => i.path.join('.')))].join(', ');
    write(
      twoLanguages(cliText('invalid_setting', 'sv', { names }), cliText('invalid_setting', 'en', { names })),
    );
    return 1;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    const port = (error as { port?: unknown }).port;
    const params = { port: typeof port === 'number' ? port : '' };
    write(twoLanguages(cliText('port_in_use', 'sv', params), cliText('port_in_use', 'en', params)));
    return 1;
  }
  const details = loggableError(error);
  const type = [details['type'], details['code']].filter(Boolean).join(' ');
  write(twoLanguages(cliText('unexpected', 'sv', { type }), cliText('unexpected', 'en', { type })));
  const stack = details['stack'];
  if ((env['LOG_LEVEL'] === 'debug' || env['LOG_LEVEL'] === 'trace') && typeof stack === 'string')
    write(`${stack}\n`);
  return 1;
}
