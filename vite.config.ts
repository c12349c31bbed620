/**
 * Build of the single-page app: root src/web, output dist/web (served by the API server in
 * production, see src/server/app.ts). In development `vite` serves the app and forwards /api to
 * a running `lots serve` on port 3000.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('./src/web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // The server's CSP allows scripts from 'self' only; the polyfill is not needed by the
    // browsers we support and would be one more thing to reason about.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
