// npm run dev: the API server from source, restarted on change (tsx watch, port 3000), and the
// Vite dev server with hot reload, which forwards /api to it (see vite.config.ts). Ctrl+C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './run.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const children = [
  spawn(process.execPath, [bin('tsx'), 'watch', '--clear-screen=false', 'src/cli/main.ts', 'serve'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOTS_PORT: '3000' },
  }),
  spawn(process.execPath, [bin('vite'), '--config', 'vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
