import type { CliContext } from './context.js';
import { CliError } from './messages.js';

export interface PasswordSource {
  /** Value of the command's password option, when given. */
  option: string | undefined;
  /** The option's name, for the message when no password can be had, e.g. "--admin-password". */
  optionName: string;
  /** Environment variable read next, e.g. LOTS_ADMIN_PASSWORD (keeps it out of `ps` and shell history). */
  envName: string;
}

/** The password from the option, else the environment, else typed twice on the terminal. */
export async function resolvePassword(context: CliContext, source: PasswordSource): Promise<string> {
  if (source.option !== undefined) return source.option;
  const fromEnv = context.env[source.envName];
  if (fromEnv) return fromEnv;
  if (!context.promptSecret)
    throw new CliError('password_missing', { flag: source.optionName, env: source.envName });
  const first = await context.promptSecret('Lösenord / Password: ');
  const second = await context.promptSecret('Upprepa lösenordet / Repeat the password: ');
  if (first !== second) throw new CliError('password_mismatch');
  return first;
}
