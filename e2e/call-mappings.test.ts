/**
 * Column mappings for CSV files of calls, in a real browser against a real server: an
 * administrator finds the page from the telephony settings, saves a mapping with a date column
 * but no time column (the server's error is shown at the date field), completes it (date and time
 * columns, the source's outcome codes), then imports a small CSV file with it through the import
 * page and reads the summary. axe (WCAG 2.1 A/AA) on the list, the empty form, the form with
 * errors and the filled form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isClosedDay } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { expectAccessible, expectNoPageErrors, signIn, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** The latest open weekday before today (Stockholm): not a weekend, holiday or eve off. */
function recentOpenDay(): string {
  let day = addDays(calendarDayOf(new Date()), -1);
  while (isClosedDay(day)) day = addDays(day, -1);
  return day;
}

const DAY = recentOpenDay();

/** Three calls of one queue, in the source's words: two answered, one abandoned. */
function callsCsv(): Buffer {
  const lines = [
    'Samtals-id;Kö;Datum;Tid;Utfall;Kötid',
    `T-1;kundtjanst;${DAY};09:00;Besvarat;20`,
    `T-2;kundtjanst;${DAY};09:10;Avbrutet;45`,
    `T-3;kundtjanst;${DAY};09:20;Besvarat;95`,
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('column mappings for CSV files of calls', () => {
  it('creates a mapping in the form, then imports a CSV file with it', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await page.goto('/telephony/settings');
    await page.getByRole('heading', { level: 1, name: 'Inställningar för telefoni' }).waitFor();
    await page.getByRole('link', { name: 'Skapa och ändra kolumnmappningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kolumnmappningar för CSV' }).waitFor();
    await page.getByText(/^Det finns inga kolumnmappningar ännu\./).waitFor();
    await expectAccessible(page, 'call mappings without any');

    await page.getByRole('button', { name: 'Ny kolumnmappning' }).click();
    const form = page.getByRole('region', { name: 'Ny kolumnmappning' });
    await form.getByRole('button', { name: 'Spara mappningen' }).waitFor();
    await expectAccessible(page, 'call mapping form, empty');

    // A date column without a time column: refused by the server, shown at the date field.
    await form.getByLabel('Mappningens namn').fill('Telia');
    await form.getByLabel('Källa', { exact: true }).fill('Telia ACD');
    await form.getByLabel('Samtals-id').fill('Samtals-id');
    await form.getByRole('radio', { name: 'Datum och tid i var sin kolumn' }).check();
    await form.getByLabel('Datum', { exact: true }).fill('Datum');
    await form.getByRole('button', { name: 'Spara mappningen' }).click();
    await form.getByText('En datumkolumn kräver en tidskolumn.').waitFor();
    const date = form.getByLabel('Datum', { exact: true });
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain('En datumkolumn kräver en tidskolumn.');
    await expectAccessible(page, 'call mapping form with the server’s errors');

    // Completed: the time, queue, outcome and queue time columns, and the source's outcome codes.
    await form.getByLabel('Tid', { exact: true }).fill('Tid');
    await form.getByLabel('Kolumn för kö').fill('Kö');
    await form.getByLabel('Utfall', { exact: true }).fill('Utfall');
    await form.getByLabel('Kötid', { exact: true }).fill('Kötid');
    const codes = form.getByRole('group', { name: 'Källans koder för utfall' });
    await codes.getByLabel('Källans kod (rad 1)').fill('Besvarat');
    await codes.getByLabel('Betyder (rad 1)').selectOption('answered');
    await codes.getByRole('button', { name: 'Lägg till en kod' }).click();
    await codes.getByLabel('Källans kod (rad 2)').fill('Avbrutet');
    await codes.getByLabel('Betyder (rad 2)').selectOption('abandoned');
    await expectAccessible(page, 'call mapping form, filled');
    await form.getByRole('button', { name: 'Spara mappningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Mappningen Telia är sparad.' }).waitFor();
    const list = page.getByRole('table', { name: 'Sparade kolumnmappningar för CSV-filer med samtal' });
    await list.getByRole('rowheader', { name: 'Telia' }).waitFor();
    await expect.poll(() => list.getByRole('cell', { name: 'Telia ACD' }).count()).toBe(1);
    await expectAccessible(page, 'call mappings with one saved');

    // The import page offers it for CSV files.
    await page.getByRole('link', { name: 'Till importen av samtal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera samtal' }).waitFor();
    await page.getByLabel('Samtalsfil').setInputFiles({
      name: 'telia.csv',
      mimeType: 'text/csv',
      buffer: callsCsv(),
    });
    await page.getByRole('radio', { name: 'CSV med kolumnmappning' }).check();
    const mapping = page.getByLabel('Kolumnmappning', { exact: true });
    await expect
      .poll(() => mapping.locator('option:checked').textContent())
      .toBe('Telia (Telia ACD, samtal)');
    await page.getByRole('button', { name: 'Importera filen' }).click();
    await page.getByRole('status').filter({ hasText: 'Klart: 3 samtal importerades.' }).waitFor();
    const imported = page
      .getByRole('region', { name: 'Resultat' })
      .locator('dt', { hasText: /^Importerade samtal$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => imported.textContent()).toBe('3');
    await page
      .getByRole('table', { name: 'Senaste importerna av samtal, nyast först' })
      .getByRole('cell', { name: 'telia.csv', exact: true })
      .waitFor();
    await expectAccessible(page, 'call import with a CSV mapping');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
