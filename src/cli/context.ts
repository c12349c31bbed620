/**
 * Everything a command touches outside itself, passed in so that tests run commands in-process
 * against their own database and read what was printed.
 */
import type { Database } from '../db/database.js';
import type { Config } from '../server/config.js';
import { openConfiguredDatabase } from '../server/start.js';
import { promptSecret } from './prompt-secret.js';

export interface CliContext {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a secret typed on the terminal; undefined when there is no terminal to ask. */
  promptSecret: ((question: string) => Promise<string>) | undefined;
  /** Opens the database a command works on; `close` gives it back. */
  openDatabase: (config: Config) => Promise<{ db: Database; close: () => Promise<void> }>;
  /** Reads all of standard input (tests give their own); the process's stdin when left out. */
  readStdin?: () => Promise<string>;
  /** `lots serve` closes on SIGINT/SIGTERM and exits the process; tests keep control. */
  handleSignals: boolean;
}

/** The context of a real `lots` process. */
export function processContext(): CliContext {
  return {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    promptSecret:
      process.stdin.isTTY && process.stderr.isTTY ? (question) => promptSecret(question) : undefined,
    openDatabase: openConfiguredDatabase,
    handleSignals: true,
  };
}
