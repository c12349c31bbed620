/**
 * The browser side of bench/analysis.ts: a private build of the web app, the Analys pages timed
 * in headless Chromium from navigation until every chart is drawn, and the JavaScript a first
 * load ships (gzip).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** As e2e/harness.ts starts Chromium. */
export const VIEWPORT = { width: 1280, height: 900 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WebBuild {
  root: string;
  /** What was built or used, for the printout. */
  note: string;
}

/**
 * The web app as the working tree has it, built by vite into a temporary folder (so neither a
 * build nor a test that others run on dist/ meanwhile gets in the way). BENCH_WEB_ROOT uses an
 * existing build instead. Null, with the reason, when there is nothing to serve.
 */
export async function buildWeb(): Promise<WebBuild | { error: string }> {
  const given = process.env['BENCH_WEB_ROOT'];
  if (given) {
    const dir = path.resolve(given);
    return existsSync(path.join(dir, 'index.html'))
      ? { root: dir, note: `the build in ${dir}` }
      : { error: `no index.html in BENCH_WEB_ROOT=${dir}` };
  }
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'lots-bench-analysis-web-'));
  const started = performance.now();
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  const args = [
    'build',
    '--config',
    'vite.config.ts',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, output }));
  });
  if (code !== 0 || !existsSync(path.join(outDir, 'index.html'))) {
    return { error: `vite build failed (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}` };
  }
  return {
    root: outDir,
    note: `vite build of the working tree into ${outDir} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  };
}

export interface GzipFile {
  file: string;
  bytes: number;
  gzip9: number;
  gzip6: number;
}

async function gzipOf(webRoot: string, file: string): Promise<GzipFile> {
  const data = await readFile(path.join(webRoot, file.replace(/^\//, '')));
  return {
    file,
    bytes: data.length,
    gzip9: gzipSync(data, { level: 9 }).length,
    gzip6: gzipSync(data, { level: 6 }).length,
  };
}

/** index.html's entry scripts and modulepreload links: the JavaScript of any first load. */
export async function firstLoadScripts(webRoot: string): Promise<string[]> {
  const html = await readFile(path.join(webRoot, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) files.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel="modulepreload"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) files.add(href);
  }
  return [...files];
}

export async function gzipSizes(webRoot: string, files: readonly string[]): Promise<GzipFile[]> {
  return Promise.all(files.map((f) => gzipOf(webRoot, f)));
}

export interface PageSpec {
  name: string;
  /** Path and query, from the server's root. */
  url: string;
}

export interface PageTiming {
  name: string;
  url: string;
  /** ms from navigation start until the first screen was usable, one per successful run. */
  usable: number[];
  /** ms from navigation start until every chart of the page was drawn without scrolling (when it was). */
  all: number[];
  /**
   * The first screen again, opened a second time in the same browser context: the code comes
   * from the HTTP cache (the assets are immutable), as for everyone but the day's first visit.
   */
  usableCached: number[];
  /** Charts on the page, and of them on the first screen, when it was usable (the last run). */
  charts: number;
  firstScreen: number;
  /** ms of the slowest /api/analysis request of each run (request sent to response end). */
  api: number[];
  failures: string[];
}

interface ReadyState {
  /** performance.now() when the first screen was usable; when every chart was drawn. */
  usable: number | null;
  all: number | null;
  charts: number;
  firstScreen: number;
  error: string | null;
}

/**
 * Runs in the page from its first script on: every animation frame it checks, and records the
 * first time (performance.now(): ms since the navigation started) that
 * - the first screen is usable: no "Laddar …" (.loading) left, no chart still waiting for its code
 *   (.chart-loading), at least one chart, and every chart that starts within the viewport (and the
 *   first chart in any case) has a canvas with something painted on it;
 * - all charts are drawn: the same for every chart of the page (the Analys charts below the
 *   screen are drawn when they near it or when the browser is idle: chart.tsx).
 * An API error (.alert-error) is recorded instead. Each canvas is read once it has been seen
 * painted, so the checks stay cheap.
 */
// Plain JavaScript in a string: tsx would wrap inner functions of a TypeScript one in a helper
// (__name) that the page does not have.
const READY_PROBE = `(() => {
  const state = { usable: null, all: null, charts: 0, firstScreen: 0, error: null };
  window.__lotsBench = state;
  const painted = new WeakSet();
  const drawn = (chart) => {
    const canvas = chart.querySelector('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    if (painted.has(canvas)) return true;
    const context = canvas.getContext('2d');
    if (!context) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 16) {
      if (pixels[i] !== 0) {
        painted.add(canvas);
        return true;
      }
    }
    return false;
  };
  const started = performance.now();
  const check = () => {
    const error = document.querySelector('.alert-error');
    if (error) {
      state.error = (error.textContent || '').trim().slice(0, 200);
      return;
    }
    if (!document.querySelector('.loading, .chart-loading')) {
      const charts = [...document.querySelectorAll('div.chart[role="img"]')];
      if (charts.length > 0) {
        const first = charts.filter((c, i) => i === 0 || c.getBoundingClientRect().top < window.innerHeight);
        if (state.usable === null && first.every(drawn)) {
          state.usable = performance.now();
          state.charts = charts.length;
          state.firstScreen = first.length;
        }
        if (state.usable !== null && charts.every(drawn)) {
          state.all = performance.now();
          state.charts = charts.length;
          return;
        }
      }
    }
    if (performance.now() - started < 120000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export interface PageRun {
  timings: PageTiming[];
  /** JavaScript files the browser fetched on these pages (paths), in first-seen order. */
  scripts: string[];
  /** ms from opening the login page until the start page greeted the user. */
  signInMs: number;
}

/**
 * Signs in once through the login form, then opens each page `runs` times, each time in a fresh
 * browser context with the session cookie only (an empty HTTP cache: the first visit of the day),
 * the pages taken in turn so that noise spreads over all of them. A page that fails twice in a
 * row is not tried again.
 */
export async function measurePages(options: {
  baseUrl: string;
  email: string;
  password: string;
  pages: readonly PageSpec[];
  runs: number;
  /** How long to wait for all charts, from navigation. */
  timeoutMs?: number;
}): Promise<PageRun> {
  const executablePath = process.env['LOTS_CHROMIUM'] ?? '/usr/bin/chromium';
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const newContext = (storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) =>
      browser.newContext({
        baseURL: options.baseUrl,
        locale: 'sv-SE',
        viewport: VIEWPORT,
        ...(storageState ? { storageState } : {}),
      });
    const login = await newContext();
    const signInPage = await login.newPage();
    const signInStarted = performance.now();
    await signInPage.goto('/login');
    await signInPage.getByLabel('E-postadress').fill(options.email);
    await signInPage.getByLabel('Lösenord').fill(options.password);
    await signInPage.getByRole('button', { name: 'Logga in' }).click();
    await signInPage.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor({ timeout: 30_000 });
    const signInMs = performance.now() - signInStarted;
    const state = await login.storageState();
    await login.close();

    const timings: PageTiming[] = options.pages.map((p) => ({
      name: p.name,
      url: p.url,
      usable: [],
      all: [],
      usableCached: [],
      charts: 0,
      firstScreen: 0,
      api: [],
      failures: [],
    }));
    const failedInARow = new Map<number, number>();
    const scripts: string[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      for (const [i, spec] of options.pages.entries()) {
        if ((failedInARow.get(i) ?? 0) >= 2) continue;
        const timing = timings[i] as PageTiming;
        const context = await newContext(state);
        await context.addInitScript({ content: READY_PROBE });
        const page = await context.newPage();
        page.on('request', (request) => {
          if (request.resourceType() !== 'script') return;
          const file = new URL(request.url()).pathname;
          if (!scripts.includes(file)) scripts.push(file);
        });
        let slowestApi = 0;
        page.on('requestfinished', (request) => {
          if (!new URL(request.url()).pathname.startsWith('/api/analysis/')) return;
          slowestApi = Math.max(slowestApi, request.timing().responseEnd);
        });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
        const probe = () =>
          page.evaluate(() => (window as unknown as { __lotsBench?: ReadyState }).__lotsBench ?? null);
        const openAndWait = async () => {
          await page.goto(spec.url, { waitUntil: 'commit' });
          await page
            .waitForFunction(
              () => {
                const b = (window as unknown as { __lotsBench?: ReadyState }).__lotsBench;
                return Boolean(b && (b.error !== null || b.all !== null));
              },
              undefined,
              { polling: 100, timeout: options.timeoutMs ?? 20_000 },
            )
            .catch(() => undefined);
          return probe();
        };
        try {
          const ready = await openAndWait();
          if (ready?.error) throw new Error(`error on the page: ${ready.error}`);
          if (errors.length > 0) throw new Error(errors.join('; '));
          if (!ready || ready.usable === null) throw new Error('the first screen was not drawn in time');
          timing.usable.push(ready.usable);
          if (ready.all !== null) timing.all.push(ready.all);
          timing.charts = ready.charts;
          timing.firstScreen = ready.firstScreen;
          timing.api.push(slowestApi);
          const cached = await openAndWait();
          if (cached && cached.error === null && cached.usable !== null)
            timing.usableCached.push(cached.usable);
          failedInARow.set(i, 0);
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
          timing.failures.push(`run ${run + 1}: ${message ?? ''}`);
          failedInARow.set(i, (failedInARow.get(i) ?? 0) + 1);
        } finally {
          await context.close();
        }
      }
    }
    return { timings, scripts, signInMs };
  } finally {
    await browser.close();
  }
}
