// Helpers shared by the build and test scripts: run a tool from node_modules and time it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs an installed tool (node_modules/.bin) with this Node: no shell, no npx lookup. */
export function runTool(name, args, options = {}) {
  return run(process.execPath, [path.join(root, 'node_modules', '.bin', name), ...args], options);
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
