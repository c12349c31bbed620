/**
 * axe-core with the WCAG 2.1 A and AA rules on every page of the app, in the states a person
 * meets: empty forms, a form with errors, an open edit panel. Zero violations allowed.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FUTURE_AREA_PATHS } from '../src/web/layout/areas.js';
import { expectAccessible, signIn, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  it('the sign-in page, empty and with an error, in Swedish and English', async () => {
    const page = await h.newPage();
    await visit(page, '/login', 'Logga in');
    await expectAccessible(page, 'sign-in page');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expectAccessible(page, 'sign-in page with errors');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'sign-in page in English');
    await page.context().close();
  });

  it('the start page and every area page', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await expectAccessible(page, 'start page');
    const headings: Record<keyof typeof FUTURE_AREA_PATHS, string> = {
      contacts: 'Kontakter',
      telephony: 'Veckorapport',
      analysis: 'Analys',
      goals: 'Där vi står',
      improvements: 'Tavelmöte',
      surveys: 'Enkäter',
      departmentSurveys: 'Förvaltningarnas nöjdhet',
    };
    for (const [area, path] of Object.entries(FUTURE_AREA_PATHS)) {
      await visit(page, path, headings[area as keyof typeof headings]);
      await expectAccessible(page, `area ${area}`);
    }
    await visit(page, '/no-such-page', 'Sidan finns inte');
    await expectAccessible(page, 'not found page');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await visit(page, '/', `Welcome, ${h.users.administrator.displayName}`);
    await expectAccessible(page, 'start page in English');
    // The choice is saved on the account; switch back so later sign-ins start in Swedish.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Välkommen, ${h.users.administrator.displayName}` })
      .waitFor();
    await page.context().close();
  });

  it('the administration pages of a municipal administrator', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await visit(page, '/admin', 'Administration');
    await expectAccessible(page, 'administration index');

    await visit(page, '/admin/units', 'Enheter');
    await expectAccessible(page, 'units');
    await page.getByRole('button', { name: 'Byt namn Äldreomsorg' }).click();
    await page.getByLabel('Nytt namn för Äldreomsorg').fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('alert').filter({ hasText: /.+/ }).first().waitFor();
    await expectAccessible(page, 'units with a rename form in error');

    await visit(page, '/admin/users', 'Användare');
    await expectAccessible(page, 'users');
    const create = page.getByRole('region', { name: 'Ny användare' });
    await create.getByRole('checkbox', { name: 'Förvaltningskontakt' }).check();
    await create.getByRole('button', { name: 'Skapa användare' }).click();
    await create.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expectAccessible(page, 'users with the create form in error');
    await page.getByRole('button', { name: `Ändra ${h.users.guide.displayName}` }).click();
    await page.getByRole('region', { name: `Ändra ${h.users.guide.displayName}` }).waitFor();
    await expectAccessible(page, 'users with the edit panel open');

    await visit(page, '/admin/integrations', 'Integrationer');
    await expectAccessible(page, 'integrations');
    const newIntegration = page.getByRole('region', { name: 'Ny integration' });
    await newIntegration.getByRole('button', { name: 'Skapa integration' }).click();
    await newIntegration.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expectAccessible(page, 'integrations with the create form in error');

    await visit(page, '/admin/contact-import', 'Importera kontakter');
    await expectAccessible(page, 'contact import (no mapping yet: the mapping form)');
    await page.getByRole('button', { name: 'Spara mappningen' }).click();
    await page.getByRole('alert').filter({ hasText: /.+/ }).first().waitFor();
    await expectAccessible(page, 'contact import with the mapping form in error');

    await visit(page, '/admin/topics', 'Ämneskatalog');
    await expectAccessible(page, 'topics (service catalogue)');
    await page.getByRole('button', { name: 'Skapa ämne' }).click();
    await page.getByRole('alert').filter({ hasText: /.+/ }).first().waitFor();
    await expectAccessible(page, 'topics with the create form in error');
    await page.context().close();
  });

  it('the telephony pages: the report without data, import, settings, in English too', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await visit(page, '/telephony', 'Veckorapport');
    await expectAccessible(page, 'weekly report without calls');
    // Two weeks from here on: the default ten make axe slow on a table of 1,200 cells.
    await visit(page, '/telephony?scope=all&from=2026-W10&to=2026-W11', 'Veckorapport');
    // The week picker: a year and a week number list, the same in every browser.
    await page.getByRole('combobox', { name: 'Från vecka Veckonummer' }).selectOption('12');
    await page.getByRole('combobox', { name: 'Till och med vecka Veckonummer' }).selectOption('2');
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page.getByText('Slutveckan är före startveckan.').waitFor();
    await expectAccessible(page, 'weekly report with the weeks in error');
    await visit(page, '/telephony/import', 'Importera samtal');
    await expectAccessible(page, 'call import');
    await page.getByRole('button', { name: 'Importera filen' }).click();
    await page.getByText('Välj en fil.').waitFor();
    await expectAccessible(page, 'call import without a file');
    await visit(page, '/telephony/settings', 'Inställningar för telefoni');
    await expectAccessible(page, 'telephony settings');
    await page.getByLabel('E-post: arbetsdagen slutar').fill('07:00');
    await page.getByRole('button', { name: 'Spara mätinställningarna' }).click();
    await page.getByText('Arbetsdagen måste sluta efter att den börjar.').waitFor();
    await expectAccessible(page, 'telephony settings with the measuring form in error');
    await page.getByRole('button', { name: 'English' }).click();
    await visit(page, '/telephony?scope=all&from=2026-W10&to=2026-W11', 'Weekly report');
    await expectAccessible(page, 'weekly report in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await visit(page, '/', `Välkommen, ${h.users.administrator.displayName}`);
    await page.context().close();
  });

  it('the municipalities page of a platform administrator', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.platformAdmin);
    await visit(page, '/admin/municipalities', 'Kommuner');
    await expectAccessible(page, 'municipalities');
    const create = page.getByRole('region', { name: 'Lägg till en kommun' });
    await create.getByRole('button', { name: 'Lägg till kommun' }).click();
    await create.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expectAccessible(page, 'municipalities with the form in error');
    await page.context().close();
  });

  it('the refusal a guide gets on an administration page', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.guide);
    await visit(page, '/admin/users', 'Ingen behörighet');
    await expectAccessible(page, 'forbidden page');
    await page.context().close();
  });
});
