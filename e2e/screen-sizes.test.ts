/**
 * Every page at phone width (390 px) and at desktop width (1366 px), issue #13: axe with the
 * WCAG 2.1 A and AA rules at zero violations, and the document no wider than the viewport (the
 * page itself never scrolls sideways; wide tables scroll inside their own region).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  signIn,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** The pages an administrator reaches, each with the h1 it shows. */
const ADMINISTRATOR_PAGES: [path: string, heading: string | RegExp][] = [
  ['/', /^Välkommen/],
  ['/contacts/list', /.+/],
  ['/telephony?scope=all&from=2026-W10&to=2026-W11', 'Veckorapport'],
  ['/telephony/import', 'Importera samtal'],
  ['/telephony/settings', 'Inställningar för telefoni'],
  ['/analysis', 'Analys'],
  ['/analysis/who', 'Analys'],
  ['/analysis/why', 'Analys'],
  ['/analysis/outcome', 'Analys'],
  ['/analysis/trend', 'Analys'],
  ['/analysis/fix-first', 'Analys'],
  ['/analysis/departments', 'Analys'],
  ['/goals', 'Där vi står'],
  ['/goals/manage', /.+/],
  ['/goals/charts', 'Styrdiagram'],
  ['/improvements', 'Tavelmöte'],
  ['/improvements/new', /.+/],
  ['/admin', 'Administration'],
  ['/admin/units', 'Enheter'],
  ['/admin/users', 'Användare'],
  ['/admin/integrations', 'Integrationer'],
  ['/admin/contact-import', 'Importera kontakter'],
  ['/admin/topics', 'Ämneskatalog'],
  ['/no-such-page', 'Sidan finns inte'],
];

async function check(page: Page, path: string, heading: string | RegExp, width: number): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  const what = `${path} at ${width} px`;
  await expectNoHorizontalOverflow(page, what);
  await expectAccessible(page, what);
}

describe.each([390, 1366])('every page at %i px: axe and no sideways scrolling', (width) => {
  it('the sign-in page', async () => {
    const page = await h.newPage({ width });
    await check(page, '/login', 'Logga in', width);
    await page.context().close();
  });

  it.each(ADMINISTRATOR_PAGES)("an administrator's %s", async (path, heading) => {
    const page = await h.newPage({ width });
    await signIn(page, h.users.administrator);
    await check(page, path, heading, width);
    await page.context().close();
  });

  it("a guide's start page and logging screen", async () => {
    const page = await h.newPage({ width });
    await signIn(page, h.users.guide);
    await check(page, '/', /^Välkommen/, width);
    await check(page, '/contacts', /.+/, width);
    await page.context().close();
  });

  it("a platform administrator's municipalities", async () => {
    const page = await h.newPage({ width });
    await signIn(page, h.users.platformAdmin);
    await check(page, '/admin/municipalities', 'Kommuner', width);
    await page.context().close();
  });
});

/**
 * The tablet and wide-desktop widths (768 and 1920 px): no sideways scrolling of the document on
 * any page. One signed-in page per width visits them all; axe ran at 390 and 1366 px above and
 * the markup does not change with the width, so it is not run again here.
 */
describe.each([768, 1920])('every page at %i px: no sideways scrolling', (width) => {
  it('the sign-in page, and every page of an administrator, a guide and a platform administrator', async () => {
    const page = await h.newPage({ width });
    const visit = async (path: string, heading: string | RegExp) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      await expectNoHorizontalOverflow(page, `${path} at ${width} px`);
    };
    await visit('/login', 'Logga in');
    await signIn(page, h.users.administrator);
    for (const [path, heading] of ADMINISTRATOR_PAGES) await visit(path, heading);
    await page.context().clearCookies();
    await signIn(page, h.users.guide);
    await visit('/', /^Välkommen/);
    await visit('/contacts', /.+/);
    await page.context().clearCookies();
    await signIn(page, h.users.platformAdmin);
    await visit('/admin/municipalities', 'Kommuner');
    await page.context().close();
  });
});
