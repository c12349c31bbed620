/**
 * End-to-end harness: a real Lots server (in-memory PGlite, migrated, one municipality with a
 * user per kind of access) serving the built web app, and Debian's chromium driven by
 * playwright-core. Build the web app first: `npx vite build`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openEmbedded, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { tenants as tenantsTable, users as usersTable } from '../src/db/schema.js';
import type { RoleGrant } from '../src/core/auth/roles.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import {
  createTenant,
  createUnit,
  createUser,
  type TestTenant,
  type TestUser,
} from '../src/test/factories.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  baseUrl: string;
  db: Database;
  tenant: TestTenant;
  users: { administrator: TestUser; guide: TestUser; platformAdmin: TestUser };
  /** A page in a fresh browser context (its own cookies and storage), as AxeBuilder needs; `width` sets the viewport (height 844). */
  newPage: (options?: { width?: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const config = loadConfig({});
  if (!existsSync(path.join(config.webRoot, 'index.html'))) {
    throw new Error(
      `No built web app in ${config.webRoot}: run \`npx vite build\` before the end-to-end tests.`,
    );
  }
  // A private copy: a build started meanwhile (npm run build empties dist/) cannot pull the
  // pages away from a running test.
  const webRoot = await mkdtemp(path.join(os.tmpdir(), 'lots-e2e-web-'));
  await cp(config.webRoot, webRoot, { recursive: true });
  const db = await openEmbedded();
  await migrate(db);
  const tenant = {
    ...(await createTenant(db, { municipalityCode: '0123', emailDomain: 'e2e.example' })),
    name: 'Järfälla kommun',
  };
  await db.orm.update(tenantsTable).set({ name: tenant.name }).where(eq(tenantsTable.id, tenant.id));
  const social = await createUnit(db, tenant.id, { name: 'Socialförvaltningen' });
  await createUnit(db, tenant.id, { name: 'Äldreomsorg', parentId: social.id });
  // createUser derives a name from the e-mail; people in the UI get real-looking names instead.
  const person = async (
    displayName: string,
    email: string,
    roles: RoleGrant['role'][],
    isPlatformAdmin = false,
  ): Promise<TestUser> => {
    const user = await createUser(db, tenant.id, { roles, email, isPlatformAdmin });
    await db.orm.update(usersTable).set({ displayName }).where(eq(usersTable.id, user.id));
    return { ...user, displayName };
  };
  const users = {
    administrator: await person('Maria Andersson', 'maria.andersson@e2e.example', ['administrator']),
    guide: await person('Erik Johansson', 'erik.johansson@e2e.example', ['guide']),
    platformAdmin: await person('Lena Ek', 'lena.ek@e2e.example', ['administrator'], true),
  };
  const app: FastifyInstance = await buildApp({
    db,
    config: { ...config, webRoot, loginRateLimit: 1000 },
    logger: false,
  });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    await app.close();
    await db.close();
    await rm(webRoot, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    db,
    tenant,
    users,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'sv-SE',
        ...(options.width ? { viewport: { width: options.width, height: 844 } } : {}),
      });
      const page = await context.newPage();
      watchForPageErrors(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
      await rm(webRoot, { recursive: true, force: true });
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/**
 * Records uncaught script errors and Content-Security-Policy refusals (an inline style or
 * script would be one), so that every check of a page also proves the app runs under the CSP.
 */
function watchForPageErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      errors.push(message.text());
  });
}

/** Fails when the page has thrown or broken the CSP since it was opened. */
export function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

/** Signs in through the login form and waits for the start page. */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-postadress').fill(user.email);
  await page.getByLabel('Lösenord').fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: `Välkommen, ${user.displayName}` }).waitFor();
}

/** Waits until no "Laddar …" / "Loading …" placeholder is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
}

/**
 * Fails when the document is wider than the viewport: the page itself scrolls sideways (wide
 * tables must scroll inside their own region). Web-first: waits until the layout settles.
 */
export async function expectNoHorizontalOverflow(page: Page, what: string): Promise<void> {
  await settled(page);
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
  } catch {
    // Name the elements that reach past the viewport, innermost first, so the failure says where.
    const wide = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter((e) => {
          // Inside a region that scrolls (or clips) sideways it does not widen the page.
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return false;
          }
          return true;
        })
        .filter(
          (e) => ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5),
        )
        .slice(0, 5)
        .map((e) => {
          const name =
            e.tagName.toLowerCase() +
            (e.className && typeof e.className === 'string'
              ? `.${e.className.trim().replaceAll(/\s+/g, '.')}`
              : '');
          return `${name} (right ${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent ?? '').trim().slice(0, 40)}`;
        }),
    );
    throw new Error(
      `the page is wider than the viewport on ${what} (${page.url()}); reaching past it: ${wide.join('; ') || 'nothing named'}`,
    );
  }
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules and fails with a readable list of what it found.
 * `minimumPasses` guards against analysing an empty or half-rendered page; a small page made on
 * the server (a survey's thanks page, a kind error page) has fewer things to check than 11.
 */
export async function expectAccessible(page: Page, what: string, { minimumPasses = 11 } = {}): Promise<void> {
  await settled(page);
  expectNoPageErrors(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = result.violations.map((v) => {
    const nodes = v.nodes
      .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replaceAll('\n', '\n      ')}`)
      .join('\n');
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
  });
  // Guards against analysing an empty or half-rendered page.
  expect(result.passes.length, `axe found almost nothing to check on ${what}`).toBeGreaterThanOrEqual(
    minimumPasses,
  );
  expect(report, `axe violations on ${what} (${page.url()}):\n${report.join('\n')}`).toEqual([]);
}
