/**
 * A Lots server with the demo municipality (its published logins, catalogue and a few days of
 * contacts), for end-to-end tests that sign in as the demo's people as a new user would.
 * Build the web app first: `npm run build`.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { addDays } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { openEmbedded } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { DEMO_PASSWORD } from '../src/server/demo/demo-municipality.js';
import { seedDemo } from '../src/server/demo/seed-demo.js';
import { CHROMIUM_ARGS } from './harness.js';

export interface DemoHarness {
  baseUrl: string;
  newPage: (options?: { width?: number }) => Promise<Page>;
  /** Signs in through the form as a demo login and waits for the start page's heading. */
  signInAs: (page: Page, email: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function startDemoHarness({ days = 3 }: { days?: number } = {}): Promise<DemoHarness> {
  const config = loadConfig({});
  const webRoot = await mkdtemp(path.join(os.tmpdir(), 'lots-e2e-demo-web-'));
  await cp(config.webRoot, webRoot, { recursive: true });
  const db = await openEmbedded();
  await migrate(db);
  const today = calendarDayOf(new Date());
  await seedDemo(db, {
    contacts: { today, period: { from: addDays(today, -days), to: addDays(today, -1) } },
  });
  const app = await buildApp({ db, config: { ...config, webRoot, loginRateLimit: 1000 }, logger: false });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    baseUrl,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        ...(options.width ? { viewport: { width: options.width, height: 844 } } : {}),
      });
      return context.newPage();
    },
    signInAs: async (page, email) => {
      await page.goto('/login');
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('heading', { level: 1, name: /^Välkommen, / }).waitFor();
    },
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
      await rm(webRoot, { recursive: true, force: true });
    },
  };
}
