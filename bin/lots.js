#!/usr/bin/env node
// The `lots` command. It runs the compiled CLI in dist/, which `npm run build` produces.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'Lots är inte byggt ännu: kör "npm run build" först.\n' +
      'Lots is not built yet: run "npm run build" first.\n',
  );
  process.exit(1);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv);
