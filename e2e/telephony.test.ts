/**
 * Telephony and the weekly report (issue #4) in a real browser against a real server: an
 * administrator uploads a small queue_log through the import page (3 answered calls and 1
 * abandoned on a recent open weekday), reads the summary, sends a file with a bad line (nothing is
 * imported, the line is listed), reads availability 75,0 % in the right cell of the weekly
 * report, downloads it as Excel and PDF, and configures queue groups and closed days. axe (WCAG
 * 2.1 A/AA) on every page and state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isClosedDay } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf } from '../src/core/contacts/calendar-day.js';
import { formatIsoWeek, isoWeekOfDay } from '../src/core/telephony/iso-week.js';
import { ROW_LABELS } from '../src/core/telephony/report-labels.js';
import { WEEKDAYS } from '../src/core/telephony/weekly-report.js';
import { answeredCallLines, stockholmEpoch, unansweredCallLines } from '../src/test/telephony.js';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  expectNoPageErrors,
  signIn,
  startHarness,
  type Harness,
} from './harness.js';

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
const WEEK = formatIsoWeek(isoWeekOfDay(DAY));
/** The report's row of the day: 'Måndag' ... 'Fredag'. */
const WEEKDAY = ROW_LABELS[WEEKDAYS[(new Date(`${DAY}T00:00:00Z`).getUTCDay() + 6) % 7] ?? 'monday'].sv;

/** Three answered calls and one abandoned (after 45 s, so not a short abandon): availability 3/4. */
function queueLog(): Buffer {
  const at = (time: string) => stockholmEpoch(`${DAY} ${time}`);
  const lines = [
    ...answeredCallLines({
      callId: '1700000001.1',
      queue: 'kundtjanst',
      at: at('09:00:00'),
      wait: 20,
      talk: 180,
    }),
    ...answeredCallLines({
      callId: '1700000002.2',
      queue: 'kundtjanst',
      at: at('09:10:00'),
      wait: 45,
      talk: 240,
    }),
    ...answeredCallLines({
      callId: '1700000003.3',
      queue: 'kundtjanst',
      at: at('09:20:00'),
      wait: 95,
      talk: 60,
    }),
    ...unansweredCallLines({ callId: '1700000004.4', queue: 'kundtjanst', at: at('09:30:00'), wait: 45 }),
  ].sort((a, b) => Number(a.split('|')[0]) - Number(b.split('|')[0]));
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

async function openImportPage(page: Page): Promise<void> {
  await page.goto('/telephony');
  await page.getByRole('heading', { level: 1, name: 'Veckorapport' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Telefoni' })
    .getByRole('link', { name: 'Importera samtal' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Importera samtal' }).waitFor();
}

describe('telephony: importing calls and the weekly report', () => {
  it('imports a queue_log, refuses a bad file, and shows the day in the report, with downloads', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await openImportPage(page);
    await expectAccessible(page, 'call import page');

    // A good file: four calls imported.
    await page
      .getByLabel('Samtalsfil')
      .setInputFiles({ name: 'queue_log', mimeType: 'text/plain', buffer: queueLog() });
    await page.getByRole('button', { name: 'Importera filen' }).click();
    await page.getByRole('status').filter({ hasText: 'Klart: 4 samtal importerades.' }).waitFor();
    const result = page.getByRole('region', { name: 'Resultat' });
    const imported = result
      .locator('dt', { hasText: /^Importerade samtal$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => imported.textContent()).toBe('4');
    await page
      .getByRole('table', { name: 'Senaste importerna av samtal, nyast först' })
      .getByRole('cell', { name: 'queue_log', exact: true })
      .waitFor();
    await expectAccessible(page, 'call import summary');

    // The same file again changes nothing.
    await page
      .getByLabel('Samtalsfil')
      .setInputFiles({ name: 'queue_log', mimeType: 'text/plain', buffer: queueLog() });
    await page.getByRole('button', { name: 'Importera filen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Filen är redan importerad. Inget ändrades.' })
      .waitFor();

    // A file with a line that cannot be read: nothing is imported, the line is named.
    const bad = Buffer.from(
      [
        `${stockholmEpoch(`${DAY} 10:00:00`)}|1700000009.9|kundtjanst|NONE|ENTERQUEUE||0701234567|1`,
        'klockan tio|1700000009.9|kundtjanst|NONE|ABANDON|1|1|30',
      ].join('\n'),
    );
    await page
      .getByLabel('Samtalsfil')
      .setInputFiles({ name: 'trasig_queue_log', mimeType: 'text/plain', buffer: bad });
    await page.getByRole('button', { name: 'Importera filen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ingenting importerades' }).waitFor();
    const lines = page.getByRole('region', { name: 'Rader som inte kan läsas' });
    await expect
      .poll(() => lines.getByRole('listitem').first().textContent())
      .toMatch(/^Rad 2: Raden kan inte läsas: /);
    await expectAccessible(page, 'call import refused with line errors');

    // The weekly report of that week: availability 3 of 4 on that weekday.
    await page.goto(`/telephony?scope=all&from=${WEEK}&to=${WEEK}`);
    const report = page.getByRole('table', { name: /^Veckorapport för Alla köer/ });
    await report.waitFor();
    const availability = report.locator('tbody', {
      has: page.getByRole('rowheader', { name: 'Tillgänglighet' }),
    });
    const row = availability
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: WEEKDAY, exact: true }) });
    // Mean, goal, lowest, highest, then the week's cell.
    await expect.poll(() => row.locator('td').nth(4).textContent()).toMatch(/^75,0\s%/);
    const offered = report.locator('tbody', {
      has: page.getByRole('rowheader', { name: 'Erbjudna samtal' }),
    });
    const week = offered
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Veckan', exact: true }) });
    // Only that day has telephony data, so the week's other open days are incomplete, and so is
    // the week: italic, and said in words.
    const weekCell = week.locator('td').nth(4);
    await expect.poll(() => weekCell.textContent()).toBe('4 ofullständig vecka');
    await expect.poll(() => weekCell.getAttribute('class')).toContain('cell-incomplete');
    await expectAccessible(page, 'weekly report with data');

    // Downloads: fetched by the page, saved under the server's name.
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel' }).click(),
    ]);
    expect(excel.suggestedFilename()).toBe(`veckorapport-${WEEK}--${WEEK}.xlsx`);
    expect(await excel.failure()).toBeNull();
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 45_000 }),
      page.getByRole('button', { name: 'PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^veckorapport-.*\.pdf$/);
    await page
      .getByRole('status')
      .filter({ hasText: /^Filen veckorapport-.*\.pdf är nedladdad\.$/ })
      .waitFor();

    // The start page's glance links to the report.
    await page.goto('/');
    await page.getByRole('region', { name: 'Telefoni i dag och den här veckan' }).waitFor();
    await expectAccessible(page, 'start page with telephony at a glance');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('Förklara at phone width: the sampled calls with the lines that made each, nothing saved, axe clean', async () => {
    const page = await h.newPage({ width: 390 });
    await signIn(page, h.users.administrator);
    await openImportPage(page);
    await page
      .getByLabel('Samtalsfil')
      .setInputFiles({ name: 'queue_log', mimeType: 'text/plain', buffer: queueLog() });
    await page.getByRole('button', { name: 'Förklara filen (provkörning med exempel)' }).click();
    const view = page.getByRole('region', { name: 'Så läste Lots filen' });
    await expect.poll(() => view.getByRole('heading', { level: 4 }).count()).toBe(4);
    // The abandoned call: its ENTERQUEUE and ABANDON lines, by number, with its wait.
    const abandoned = view.getByRole('listitem').filter({ hasText: 'Samtal 1700000004.4' });
    await expect
      .poll(() => abandoned.getByRole('list', { name: 'Raderna i filen' }).getByRole('listitem').count())
      .toBe(2);
    await expect.poll(() => abandoned.first().textContent()).toContain('Väntade 45 s');
    await expectAccessible(page, 'call import explanation at 390 px');
    await expectNoHorizontalOverflow(page, 'call import explanation at 390 px');
    expectNoPageErrors(page);
  });

  it('visitors: a count is saved for a day, a day to come is refused at the field', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.guide);
    await page.goto(`/telephony?scope=all&from=${WEEK}&to=${WEEK}`);
    await page.getByRole('table', { name: /^Veckorapport för Alla köer/ }).waitFor();
    // A guide reads the report and counts visitors, but has no import or settings.
    await expect.poll(() => page.getByRole('navigation', { name: 'Telefoni' }).count()).toBe(0);
    const form = page.getByRole('region', { name: 'Besökare i servicecenter' });
    await form.getByLabel('Dag').fill(DAY);
    await form.getByLabel('Antal besökare').fill('42');
    await form.getByRole('button', { name: 'Spara besökare' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: /^Sparat: 42 besökare den / })
      .waitFor();
    const visitors = page.locator('tbody', {
      has: page.getByRole('rowheader', { name: 'Besökare i servicecenter' }),
    });
    const row = visitors
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: WEEKDAY, exact: true }) });
    await expect.poll(() => row.locator('td').nth(4).textContent()).toBe('42');

    await form.getByLabel('Dag').fill(addDays(calendarDayOf(new Date()), 7));
    await form.getByLabel('Antal besökare').fill('5');
    await form.getByRole('button', { name: 'Spara besökare' }).click();
    await form.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    await expect.poll(() => form.getByLabel('Dag').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'weekly report with the visitors form in error');
    await page.context().close();
  });

  it('settings: a queue group, the queue in it, and a closed day of the municipality', async () => {
    const page = await h.newPage();
    await signIn(page, h.users.administrator);
    await page.goto('/telephony/settings');
    await page.getByRole('heading', { level: 1, name: 'Inställningar för telefoni' }).waitFor();
    await expectAccessible(page, 'telephony settings');

    const groups = page.getByRole('region', { name: 'Kögrupper' });
    await groups.getByRole('button', { name: 'Skapa kögrupp' }).click();
    await groups.getByText('Skriv ett namn.').waitFor();
    await expectAccessible(page, 'telephony settings with the group form in error');
    await groups.getByLabel('Gruppens namn').fill('Kundtjänst');
    await groups.getByRole('button', { name: 'Skapa kögrupp' }).click();
    await groups.getByRole('status').filter({ hasText: 'Kögruppen Kundtjänst är skapad.' }).waitFor();
    await groups.getByLabel('Gruppens namn').fill('Kundtjänst');
    await groups.getByRole('button', { name: 'Skapa kögrupp' }).click();
    await groups
      .getByRole('alert')
      .filter({ hasText: 'Det finns redan en kögrupp med det namnet.' })
      .waitFor();

    const queues = page.getByRole('region', { name: 'Köer' });
    await queues.getByLabel('Grupp för kundtjanst').selectOption({ label: 'Kundtjänst' });
    await queues.getByLabel('Namn för kundtjanst').fill('Kundtjänst, växel');
    await queues.getByRole('button', { name: 'Spara kundtjanst' }).click();
    await queues.getByRole('status').filter({ hasText: 'Kön Kundtjänst, växel är sparad.' }).waitFor();

    const closed = page.getByRole('region', { name: 'Kommunens egna stängda dagar' });
    await closed.getByLabel('Dag').fill(addDays(DAY, 28));
    await closed.getByLabel('Anledning').fill('Kompetensdag');
    await closed.getByRole('button', { name: 'Lägg till stängd dag' }).click();
    await closed.getByRole('cell', { name: 'Kompetensdag' }).waitFor();
    await expectAccessible(page, 'telephony settings with a group and a closed day');

    // The group is a scope of the report now.
    await page.goto(`/telephony?scope=all&from=${WEEK}&to=${WEEK}`);
    await page.getByLabel('Köer', { exact: true }).selectOption({ label: 'Kögrupp: Kundtjänst' });
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page.getByRole('table', { name: /^Veckorapport för Kundtjänst/ }).waitFor();
    expect(page.url()).toContain('scope=group%3A');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
