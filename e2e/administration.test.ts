import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { signIn, startHarness, type Harness } from './harness.js';

/** A unit's name in the tree (the row's buttons repeat the name for screen readers). */
const unitNamed = (tree: Locator, name: string) =>
  tree.locator('.unit-name', { hasText: new RegExp(`^${name}$`) });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('an administrator organises the municipality', () => {
  it('creates a department and a unit below it, renames and archives one', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Enheter' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();
    const tree = page.getByRole('region', { name: 'Organisation' });
    await unitNamed(tree, 'Socialförvaltningen').waitFor();

    const form = page.getByRole('region', { name: 'Ny förvaltning eller enhet' });
    // An empty name gets the server's message next to the field.
    await form.getByRole('button', { name: 'Skapa' }).click();
    await form.getByRole('alert').filter({ hasText: 'Rätta de markerade fälten' }).waitFor();
    await expect.poll(() => form.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Namn').fill('Kultur- och fritidsförvaltningen');
    await form.getByRole('button', { name: 'Skapa' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Kultur- och fritidsförvaltningen har skapats.' })
      .waitFor();
    await unitNamed(tree, 'Kultur- och fritidsförvaltningen').waitFor();

    await form.getByLabel('Namn').fill('Bibliotek');
    await form.getByLabel('Ligger under').selectOption({ label: 'Kultur- och fritidsförvaltningen' });
    await form.getByRole('button', { name: 'Skapa' }).click();
    await page.getByRole('status').filter({ hasText: 'Bibliotek har skapats.' }).waitFor();
    // Nested under its department, in the tree.
    const department = tree
      .getByRole('listitem')
      .filter({ hasText: 'Kultur- och fritidsförvaltningen' })
      .first();
    await department.getByRole('listitem').filter({ hasText: 'Bibliotek' }).waitFor();

    await tree.getByRole('button', { name: 'Byt namn Bibliotek' }).click();
    await tree.getByLabel('Nytt namn för Bibliotek').fill('Stadsbibliotek');
    await tree.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Namnet är ändrat till Stadsbibliotek.' }).waitFor();

    await tree.getByRole('button', { name: 'Arkivera Stadsbibliotek' }).click();
    await page.getByRole('status').filter({ hasText: 'Stadsbibliotek är arkiverad.' }).waitFor();
    await expect.poll(() => unitNamed(tree, 'Stadsbibliotek').count()).toBe(0);
    await tree.getByLabel('Visa arkiverade').check();
    await tree.getByRole('button', { name: 'Återställ Stadsbibliotek' }).click();
    await page.getByRole('status').filter({ hasText: 'Stadsbibliotek är återställd.' }).waitFor();
    await page.context().close();
  });

  it('creates a user with roles, and the user can sign in', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    const form = page.getByRole('region', { name: 'Ny användare' });

    // A weak password and a department contact without a unit are refused with clear messages.
    await form.getByLabel('E-postadress').fill('sara.lind@e2e.example');
    await form.getByLabel('Namn').fill('Sara Lind');
    await form.getByLabel('Lösenord').fill('kort');
    await form.getByRole('checkbox', { name: 'Kommunvägledare' }).check();
    await form.getByRole('checkbox', { name: 'Förvaltningskontakt' }).check();
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await form.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expect.poll(() => form.getByLabel('Lösenord').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Lösenord').fill('en-lång-fras-om-bibliotek');
    await form
      .getByLabel('Enhet som förvaltningskontakten företräder')
      .selectOption({ label: 'Socialförvaltningen › Äldreomsorg' });
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await page.getByRole('status').filter({ hasText: 'Sara Lind har lagts till.' }).waitFor();

    const row = page.getByRole('row').filter({ hasText: 'sara.lind@e2e.example' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Kommunvägledare');
    await expect.poll(() => row.textContent()).toContain('Förvaltningskontakt (Äldreomsorg)');
    await expect.poll(() => row.textContent()).toContain('Aktiv');

    // Edit: drop the guide role.
    await row.getByRole('button', { name: 'Ändra Sara Lind' }).click();
    const edit = page.getByRole('region', { name: 'Ändra Sara Lind' });
    await edit.getByRole('checkbox', { name: 'Kommunvägledare' }).uncheck();
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Ändringarna för Sara Lind är sparade.' }).waitFor();
    await expect.poll(() => row.textContent()).not.toContain('Kommunvägledare');
    await page.context().close();

    // The new user signs in with the password the administrator gave.
    const own = await h.newPage();
    await own.goto('/login');
    await own.getByLabel('E-postadress').fill('sara.lind@e2e.example');
    await own.getByLabel('Lösenord').fill('en-lång-fras-om-bibliotek');
    await own.getByRole('button', { name: 'Logga in' }).click();
    await own.getByRole('heading', { level: 1, name: 'Välkommen, Sara Lind' }).waitFor();
    await expect
      .poll(() => own.getByRole('region', { name: 'Dina roller' }).getByRole('listitem').allTextContents())
      .toEqual(['Förvaltningskontakt']);
    await own.context().close();
  });
});
