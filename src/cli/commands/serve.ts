import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { startServer } from '../../server/start.js';
import type { CliContext } from '../context.js';

interface ServeOptions {
  port?: string;
  host?: string;
}

/** `lots serve`: migrate, create the demo on a fresh embedded install, serve until stopped. */
export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Start the web server (migrates the database first) / Starta webbservern')
    .option('--port <port>', 'port to listen on (default: PORT, LOTS_PORT or 3000)')
    .option('--host <address>', 'address to listen on (default: LOTS_HOST or 127.0.0.1)')
    .action(async (options: ServeOptions) => {
      const env = { ...context.env };
      if (options.port !== undefined) env['LOTS_PORT'] = options.port;
      if (options.host !== undefined) env['LOTS_HOST'] = options.host;
      await startServer(loadConfig(env), { handleSignals: context.handleSignals, write: context.stdout });
    });
}
