/**
 * Importing contacts from another system (issue #3, "Nothing lost"), in a real browser: an
 * administrator writes a column mapping, checks a file that has a bad line (the line, column and
 * reason are listed and nothing is saved), then checks and imports the corrected file. axe
 * (WCAG 2.1 A/AA) on each state.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../src/db/schema.js';
import { createTopic, createUnit } from '../src/test/factories.js';
import { expectAccessible, expectNoPageErrors, signIn, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const unit = await createUnit(h.db, h.tenant.id, { name: 'Samhällsbyggnad' });
  await createTopic(h.db, h.tenant.id, { name: 'Bygglov', ownerUnitId: unit.id });
});
afterAll(() => h?.close());

const HEADER = 'ID;Start;Längd;Behov;Ämne;Utfall;Handläggare';
const csvFile = (lines: string[]) => ({
  name: 'telefoni.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8'),
});

describe('importing contacts from a CSV file', () => {
  it('writes a mapping, shows every rejected line, then imports the corrected file', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Importera kontakter' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Importera kontakter' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ny kolumnmappning' }).waitFor();

    await page.getByLabel('Mappningens namn').fill('Telefoni');
    await page.getByLabel('Källsystem').fill('Telefoni');
    const columns: [string, string][] = [
      ['Källans id', 'ID'],
      ['Datum och tid', 'Start'],
      ['Längd', 'Längd'],
      ['Behov', 'Behov'],
      ['Ämne', 'Ämne'],
      ['Utfall', 'Utfall'],
    ];
    for (const [field, column] of columns) await page.getByLabel(`Kolumn för ${field}`).fill(column);
    await page.getByLabel('Fast värde för Kanal').fill('phone');
    await page.getByLabel('Behov', { exact: true }).fill('Fråga = want_to_know');
    await page.getByLabel('Utfall', { exact: true }).fill('Löst = resolved_self');
    await page.getByRole('button', { name: 'Spara mappningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Mappningen Telefoni är sparad.' }).waitFor();
    await expectAccessible(page, 'contact import with a saved mapping');

    const file = page.getByLabel('CSV-fil');
    await file.setInputFiles(
      csvFile([
        'T-1;2026-01-15 09:00;245;Fråga;Bygglov;Löst;Anna',
        'T-2;2026-01-15 09:10;60;Klagomål;Bygglov;Löst;Bo',
      ]),
    );
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const table = page.getByRole('table', { name: 'Fel per rad' });
    await table.waitFor();
    const firstRow = table.locator('tbody tr').first().locator('th, td');
    await expect
      .poll(async () => (await firstRow.allTextContents()).slice(0, 3))
      .toEqual(['3', 'Behov', expect.stringMatching(/^Välj ett av: fråga, want_service/)]);
    await expect.poll(() => page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(page, 'contact import with rejected lines');

    await file.setInputFiles(
      csvFile([
        'T-1;2026-01-15 09:00;245;Fråga;Bygglov;Löst;Anna',
        'T-2;2026-01-15 09:10;60;Fråga;Bygglov;Löst;Bo',
      ]),
    );
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await page.getByText('Nya kontakter utan fel: 2.').waitFor();
    await page.getByRole('button', { name: 'Importera (2 kontakter)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Klart: 2 kontakter importerades och 0 fanns redan.' })
      .waitFor();
    await expectAccessible(page, 'contact import done');
    expectNoPageErrors(page);

    const saved = await h.db.orm
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, h.tenant.id), eq(contacts.externalSource, 'Telefoni')));
    expect(saved.map((c) => [c.externalId, c.startedAt.toISOString(), c.durationSeconds]).sort()).toEqual([
      ['T-1', '2026-01-15T08:00:00.000Z', 245],
      ['T-2', '2026-01-15T08:10:00.000Z', 60],
    ]);
    await page.context().close();
  });
});
