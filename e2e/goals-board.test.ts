/**
 * Goals, signals and the improvement board (issue #6) in a real browser against a real server:
 * a manager sets a goal on the failure-demand share, runs the evaluation and sees the goal's
 * signal, starts an improvement from it, acknowledges the signal, and moves the improvement
 * across the board to evaluated; the control chart is drawn. axe (WCAG 2.1 A/AA) finds nothing on
 * any of the pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/calendar/swedish-calendar.js';
import { calendarDayOf, startOfCalendarDay } from '../src/core/contacts/calendar-day.js';
import { formatDayLong } from '../src/core/text/format.js';
import { createContact, createTopic, createUnit, createUser, type TestUser } from '../src/test/factories.js';
import { expectAccessible, settled, signIn, startHarness, type Harness } from './harness.js';

let h: Harness;
let manager: TestUser;
const today = calendarDayOf(new Date());
const yesterday = addDays(today, -1);

beforeAll(async () => {
  h = await startHarness();
  manager = await createUser(h.db, h.tenant.id, {
    roles: ['manager'],
    email: 'maria.holm@e2e.example',
    displayName: 'Maria Holm',
  });
  const water = await createUnit(h.db, h.tenant.id, { name: 'Vatten och avlopp' });
  const invoice = await createTopic(h.db, h.tenant.id, { name: 'VA-faktura', ownerUnitId: water.id });
  // Yesterday: four contacts about the invoice, three of them failure demand (75 %).
  for (let i = 0; i < 4; i++) {
    const startedAt = new Date(startOfCalendarDay(yesterday).getTime() + (9 * 60 + 10 * i) * 60_000);
    await createContact(h.db, h.tenant.id, {
      loggedByUserId: h.users.guide.id,
      topic: invoice,
      startedAt,
      createdAt: new Date(startedAt.getTime() + 5 * 60_000),
      summary: `Förstod inte fakturan ${i + 1}`,
      ...(i < 3
        ? { need: 'dont_understand', isFailureDemand: true, failureReason: 'did_not_understand_information' }
        : {}),
    });
  }
});
afterAll(() => h?.close());

/**
 * "Bekräfta: <the signal>": a control's visible words and the visually hidden rest, which
 * Chromium joins with a space (the hidden part is positioned, so not inline).
 */
const named = (visible: string, hidden: string) =>
  new RegExp(`^${visible}\\s*: ${hidden.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

describe('goals, signals and the improvement board', () => {
  it('a goal is set, its signal seen, acknowledged and turned into an improvement that moves across the board', async () => {
    const page = await h.newPage();
    await signIn(page, manager);

    // Set a goal: at most 10 % failure demand a day, judged from 1 contact.
    await mainNav(page).getByRole('link', { name: 'Mål och signaler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Där vi står' }).waitFor();
    await settled(page);
    await expect
      .poll(() => page.getByText('Inga mål är satta än. Sätt det första under Mål.').count())
      .toBe(1);
    await page
      .getByRole('navigation', { name: 'Mål och signaler' })
      .getByRole('link', { name: 'Mål', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mål' }).waitFor();
    await expectAccessible(page, 'the goals page');
    await page.getByLabel('Mått', { exact: true }).selectOption({ label: 'Andel undvikbar efterfrågan' });
    await page.getByLabel('Område').selectOption({ label: 'Trovärdig' });
    await page.getByLabel('Nivå').selectOption({ label: 'Dag (operativt)' });
    await expect.poll(() => page.getByLabel('Riktning').inputValue()).toBe('at_most');
    await page.getByLabel('Målvärde').fill('10');
    await page.getByLabel('Gäller från').fill(addDays(today, -7));
    await page.getByLabel('Minsta antal (n)').fill('1');
    await page.getByRole('button', { name: 'Spara målet' }).click();
    await page.getByText('Målet är sparat.').waitFor();
    const goals = page.getByRole('table', { name: 'Gällande mål' });
    await goals.getByRole('rowheader', { name: 'Andel undvikbar efterfrågan' }).waitFor();
    await expect.poll(() => goals.getByRole('cell', { name: 'högst 10,0 %' }).count()).toBe(1);

    // Run the evaluation for yesterday: the goal was missed (75 % of 4 contacts).
    await page
      .getByRole('navigation', { name: 'Mål och signaler' })
      .getByRole('link', { name: 'Där vi står' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Där vi står' }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Utvärdera nu' }).click();
    await page.getByText(`Utvärderat ${formatDayLong(yesterday, 'sv')}: 1 nya signaler.`).waitFor();
    const signalTitle = `Andel undvikbar efterfrågan: målet nåddes inte ${yesterday}`;
    const signal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: signalTitle }) });
    await signal.waitFor();
    await expect
      .poll(() => signal.getByText('Utfall 75,0 % mot målet högst 10,0 % (n = 4).').count())
      .toBe(1);
    await expectAccessible(page, 'where we are, with a signal');

    // The start page shows it too, until it is acknowledged.
    await mainNav(page).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('region', { name: 'Mål och signaler' }).getByText(signalTitle).waitFor();
    await expectAccessible(page, 'the start page with goals and a signal');

    // Start an improvement from the signal.
    await mainNav(page).getByRole('link', { name: 'Mål och signaler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Där vi står' }).waitFor();
    await settled(page);
    await page.getByRole('link', { name: named('Starta en förbättring', signalTitle) }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny förbättring' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'the new improvement form');
    await page.getByRole('button', { name: 'Skapa förbättringen' }).click();
    await page.getByText('Skriv en rubrik.').waitFor();
    await page.getByLabel('Rubrik').fill('Ny VA-faktura som går att förstå');
    await page.getByLabel('Problemet').fill('Fakturan förstås inte, och många ringer efter varje utskick.');
    await page.getByLabel('Ägande enhet').selectOption({ label: 'Vatten och avlopp' });
    await page.getByLabel('VA-faktura').check();
    await page.getByRole('button', { name: 'Skapa förbättringen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny VA-faktura som går att förstå' }).waitFor();
    await page.getByText('Förbättringen är skapad och förmätningen är gjord.').waitFor();
    await expect.poll(() => page.getByText('Startad från: En signal').count()).toBe(1);
    await expectAccessible(page, 'an improvement');

    // Acknowledge the signal.
    await mainNav(page).getByRole('link', { name: 'Mål och signaler' }).click();
    await page.getByRole('button', { name: named('Bekräfta', signalTitle) }).click();
    await page.getByRole('button', { name: 'Bekräfta', exact: true }).click();
    await page.getByText('Skriv vad som gjordes eller varför inget behövs.').waitFor();
    await page.getByLabel('Vi gjorde något').check();
    await page.getByLabel('Vad gjordes, eller varför behövs inget?').fill('Förbättring startad: ny faktura.');
    await page.getByRole('button', { name: 'Bekräfta', exact: true }).click();
    await page.getByText('Signalen är bekräftad.').waitFor();
    await page.getByText('Inga öppna signaler.').waitFor();
    await expectAccessible(page, 'where we are, the signal acknowledged');

    // Move the improvement across the board: in progress, done (its day), evaluated.
    await mainNav(page).getByRole('link', { name: 'Förbättringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tavelmöte' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'the board meeting');
    const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
    const card = (name: string) =>
      column(name).getByRole('listitem').filter({ hasText: 'Ny VA-faktura som går att förstå' });
    await card('Idé').waitFor();
    for (const [to, label] of [
      ['in_progress', 'Pågår'],
      ['done', 'Genomförd'],
      ['evaluated', 'Utvärderad'],
    ] as const) {
      const from = card(['Idé', 'Pågår', 'Genomförd'][['in_progress', 'done', 'evaluated'].indexOf(to)]!);
      await from.getByLabel('Flytta till').selectOption(to);
      if (to === 'done') await from.getByLabel('Genomförd den').fill(today);
      await from.getByRole('button', { name: named('Flytta', 'Ny VA-faktura som går att förstå') }).click();
      await page.getByText(`Ny VA-faktura som går att förstå flyttades till ${label}.`).waitFor();
      await card(label).waitFor();
    }
    // Done today: no whole week after yet, so no verdict the data cannot give.
    await expect.poll(() => card('Utvärderad').getByText('Bedömning: För lite data än').count()).toBe(1);
    await expectAccessible(page, 'the board with the improvement evaluated');

    // The control chart of the measure is drawn.
    await page.goto('/goals/charts?measure=failure_demand_share');
    await page.getByRole('heading', { level: 1, name: 'Styrdiagram' }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await expectAccessible(page, 'the control chart');
  });
});
