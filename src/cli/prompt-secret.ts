import readline from 'node:readline';
import { CliError } from './messages.js';

/**
 * Asks for a secret on the terminal without echoing it. The question goes to stderr so that
 * stdout stays clean for scripts.
 */
export function promptSecret(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // readline has no option to hide input; silencing its echo after the question is printed is
    // the usual way (the same as the "read" package does).
    const internals = rl as unknown as { _writeToOutput: (text: string) => void };
    let muted = false;
    internals._writeToOutput = (text) => {
      if (!muted) process.stderr.write(text);
    };
    rl.on('SIGINT', () => {
      rl.close();
      process.stderr.write('\n');
      reject(new CliError('cancelled'));
    });
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
