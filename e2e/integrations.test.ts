import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, signIn, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const TOKEN = /^lots_[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/;

/** GET /api/units with the token, as the other system would call it. */
async function unitsStatus(token: string): Promise<number> {
  const res = await fetch(`${h.baseUrl}/api/units`, { headers: { authorization: `Bearer ${token}` } });
  return res.status;
}

describe('an administrator connects another system', () => {
  it('creates an integration and a token, sees it once, copies it, and revokes it', async () => {
    const page = await h.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
    await signIn(page, h.users.administrator);
    await page.goto('/admin');
    await page.getByRole('main').getByRole('link', { name: 'Integrationer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Integrationer' }).waitFor();
    await page.getByText('Det finns inga integrationer ännu.').waitFor();

    const create = page.getByRole('region', { name: 'Ny integration' });
    await create.getByRole('button', { name: 'Skapa integration' }).click();
    await create.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten' }).waitFor();
    await expect.poll(() => create.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    // The same states e2e/accessibility.test.ts checks: the empty page with the form in error.
    await expectAccessible(page, 'integrations, none yet, with the create form in error');
    await create.getByLabel('Namn').fill('Telefoni');
    await create.getByRole('button', { name: 'Skapa integration' }).click();
    await page.getByRole('status').filter({ hasText: 'Integrationen Telefoni är skapad.' }).waitFor();

    const section = page.getByRole('region', { name: 'Telefoni', exact: true });
    await section.getByText('Integrationen har inga nycklar.').waitFor();
    const tokenForm = section.getByRole('form', { name: 'Ny API-nyckel för Telefoni' });
    await tokenForm.getByLabel('Nyckelns namn').fill('Produktion');
    await tokenForm.getByLabel('Giltighetstid').selectOption({ label: '90 dagar' });
    await tokenForm.getByRole('button', { name: 'Skapa nyckel' }).click();

    const panel = page.getByRole('region', { name: 'Ny API-nyckel för Telefoni' });
    await panel.getByText('Kopiera nyckeln nu.').waitFor();
    await panel.getByText(/Den visas inte igen/).waitFor();
    // Focus moves to the panel so that the one-time token is not missed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ny API-nyckel för Telefoni');
    const token = await panel.getByLabel('API-nyckel (Produktion)').inputValue();
    expect(token).toMatch(TOKEN);
    await expectAccessible(page, 'integrations with a new token shown once');

    await panel.getByRole('button', { name: 'Kopiera nyckeln' }).click();
    await panel.getByRole('status').filter({ hasText: 'Nyckeln är kopierad.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(await unitsStatus(token)).toBe(200);

    await panel.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(token);
    const row = section.getByRole('row').filter({ hasText: 'Produktion' });
    await row.getByText('Aktiv').waitFor();
    await section.getByText('1 nyckel i bruk').waitFor();

    await row.getByRole('button', { name: 'Återkalla Produktion' }).click();
    const confirm = row.getByRole('group', { name: 'Bekräfta att nyckeln Produktion ska återkallas' });
    await confirm.getByText(/slutar fungera direkt/).waitFor();
    await expectAccessible(page, 'integrations with a revoke confirmation open');
    await confirm.getByRole('button', { name: 'Ja, återkalla' }).click();
    await page.getByRole('status').filter({ hasText: 'Nyckeln Produktion är återkallad.' }).waitFor();
    await row.getByText(/^Återkallad/).waitFor();
    await section.getByText('0 nycklar i bruk').waitFor();
    expect(await unitsStatus(token)).toBe(401);
    await page.context().close();
  });
});
