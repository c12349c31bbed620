/**
 * The whole path of a citizen survey (issue #15), in Chromium against a real server and a local
 * SMTP server: a quality person starts "Efter kontakten" in Enkäter; a guide logs a phone contact
 * with the keyboard and, with K, the citizen's e-mail address; the survey run sends the invitation;
 * the mail arrives on loopback; one click on a grade in it opens the answer page at 390 px, where
 * one tap stores the grade; the figure shows on the staff results page, and the answers behind it;
 * the guide reads it in Min återkoppling. axe on every staff page built for this, at 390 and 1366 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/server/signals/mailer.js';
import { runSurveys } from '../src/server/surveys/run-surveys.js';
import { createTopic, createUnit } from '../src/test/factories.js';
import { mailHeader, mailPart, startMailServer, type MailServer } from '../src/test/mail-server.js';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  settled,
  signIn,
  startHarness,
  type Harness,
} from './harness.js';

const CITIZEN = 'medborgare@example.se';

let h: Harness;
let mail: MailServer;
beforeAll(async () => {
  h = await startHarness();
  mail = await startMailServer();
  const owner = await createUnit(h.db, h.tenant.id, { name: 'Samhällsbyggnadsförvaltningen' });
  const water = await createTopic(h.db, h.tenant.id, { name: 'Vatten och avlopp', ownerUnitId: owner.id });
  await createTopic(h.db, h.tenant.id, { name: 'Faktura', parentId: water.id, ownerUnitId: owner.id });
});
afterAll(async () => {
  await h?.close();
  await mail?.close();
});

async function bothWidths(page: Page, what: string): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 844 });
    await settled(page);
    await expectAccessible(page, `${what} at ${width} px`);
    await expectNoHorizontalOverflow(page, `${what} at ${width} px`);
  }
}

describe('a survey from the logged contact to the result', () => {
  it('runs the whole path', async () => {
    // 1. Enkäter: a new survey from the template, started.
    const staff = await h.newPage({ width: 1366 });
    await signIn(staff, h.users.administrator);
    await staff.getByRole('link', { name: 'Enkäter' }).first().click();
    await staff.getByRole('heading', { level: 1, name: 'Enkäter' }).waitFor();
    await bothWidths(staff, 'the survey list (empty)');
    await staff.getByRole('button', { name: 'Skapa enkät' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Efter kontakten' }).waitFor();
    await bothWidths(staff, 'a draft survey with its rules and questions');
    // Before the first invitation a change stays in version 1.
    await staff.getByLabel('Frågetext (engelska)').first().fill('I am happy with the contact.');
    await staff.getByRole('button', { name: 'Spara frågorna' }).click();
    await staff.getByText('Frågorna är sparade i samma version.').waitFor();
    await staff.getByRole('button', { name: 'Starta' }).click();
    await staff.getByText('Enkäten är nu: Pågår.').waitFor();
    const surveyPath = new URL(staff.url()).pathname;

    // A rule typed wrong is named on its field; nothing is sent.
    await staff.getByLabel('Karens (dagar)').fill('nittio');
    await staff.getByRole('button', { name: 'Spara reglerna' }).click();
    await staff.getByText('Skriv ett heltal, till exempel 90.').waitFor();
    await expectAccessible(staff, 'the rules form with an error');
    await staff.getByLabel('Karens (dagar)').fill('90');
    await staff.getByRole('button', { name: 'Spara reglerna' }).click();
    await staff.getByText('Reglerna är sparade.').waitFor();

    // 2. The guide logs a phone contact with the keyboard, and the citizen's address with K.
    const guide = await h.newPage({ width: 1366 });
    await signIn(guide, h.users.guide);
    await guide.goto('/contacts');
    await settled(guide);
    await guide.getByRole('combobox', { name: /Ämne/ }).focus();
    await guide.keyboard.type('faktura');
    await guide.getByRole('option', { name: 'Vatten och avlopp › Faktura', selected: true }).waitFor();
    await guide.keyboard.press('Enter');
    await guide.keyboard.press('2');
    await guide.keyboard.press('q');
    await guide.keyboard.press('k');
    const address = guide.getByLabel('Mobilnummer eller e-post för enkät');
    await expect.poll(() => address.evaluate((el) => el === document.activeElement)).toBe(true);
    // A landline is refused on the field, before anything is sent.
    await guide.keyboard.type('08-123 456 78');
    await guide.keyboard.press('Control+Enter');
    await guide.getByText(/Sms går bara till svenska mobilnummer/).waitFor();
    await expectAccessible(guide, 'the logging screen with a refused survey address');
    await address.fill(CITIZEN);
    await guide.keyboard.press('Control+Enter');
    await guide.getByText('Adressen för enkäten är sparad.', { exact: false }).waitFor();

    // 3. The survey run (every minute in lots serve).
    const mailer = createMailer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' })!;
    const run = (now: Date) =>
      runSurveys({ db: h.db, mailer, publicUrl: h.baseUrl, now, tenantId: h.tenant.id });
    // The run right after the save decides (sent at the first moment of the e-mail window after
    // the delay); the run a day later sends.
    const [decided] = await run(new Date());
    expect(decided?.planned).toMatchObject({ invited: 1 });
    const [sending] = await run(new Date(Date.now() + 86_400_000));
    mailer.close();
    expect(sending?.error).toBeNull();
    expect(sending?.sent).toMatchObject({ sent: 1, failed: 0 });
    const received = mail.received.find((m) => m.to.includes(CITIZEN));
    expect(received, 'the invitation reached the local SMTP server').toBeDefined();
    expect(mailHeader(received!.raw, 'subject')).not.toBe('');
    const html = mailPart(received!.raw, 'text/html');
    const five = /href="([^"]*\/e\/[^"?]+\?q=overall&amp;v=5)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(five, 'a one-click link for grade 5').toBeDefined();

    // 4. One click in the mail: the answer page at 390 px, the grade chosen; one tap stores it.
    const citizen = await h.newPage({ width: 390 });
    await citizen.goto(new URL(five!).pathname + new URL(five!).search);
    await citizen.getByText('Fråga 1 av 7').waitFor();
    await expectAccessible(citizen, 'the answer page opened from the mail at 390 px');
    await expect.poll(() => citizen.getByRole('radio', { name: /^5 – / }).isChecked()).toBe(true);
    await citizen.getByRole('button', { name: 'Nästa' }).click();
    await citizen.getByText('Fråga 2 av 7').waitFor();

    // 5. The result on the staff page: one answer of 5 (uncertain, n 1), with its drill-down link.
    await staff.goto(`${surveyPath}/results`);
    await staff.getByRole('heading', { level: 1, name: /^Resultat: Efter kontakten/ }).waitFor();
    await settled(staff);
    const row = staff.getByRole('row', { name: /Jag är nöjd med kontakten\./ });
    await expect.poll(() => row.getByRole('cell').first().textContent()).toBe('1');
    await expect.poll(() => row.textContent()).toMatch(/5,00/);
    await expect.poll(() => row.textContent()).toMatch(/Osäker: färre än 30 svar/);
    const drill = row.getByRole('link', { name: /1 svar: Jag är nöjd med kontakten/ });
    expect(await drill.getAttribute('href')).toMatch(/\/answers\?from=.*&question=overall$/);
    await staff.getByText(/1 av 1 levererade inbjudningar besvarades/).waitFor();
    await bothWidths(staff, 'the results page');

    // The answers behind the figure, from GET /api/surveys/:id/answers: the one respondent.
    await drill.click();
    await staff.getByRole('heading', { level: 1, name: 'Svaren bakom siffran' }).waitFor();
    await staff.getByText('Svar på ”Jag är nöjd med kontakten.”.', { exact: false }).waitFor();
    await staff.getByText('1 svar visas.').waitFor();
    await expect
      .poll(() => staff.locator('.answer-card').first().textContent())
      .toMatch(/Telefon.*Jag är nöjd med kontakten\.\s*5/s);
    await bothWidths(staff, 'the answers behind a figure');
    await staff.getByRole('link', { name: 'Tillbaka till resultaten' }).click();
    await staff.getByRole('heading', { level: 1, name: /^Resultat: Efter kontakten/ }).waitFor();
    await staff.getByLabel('Dela upp efter').selectOption({ label: 'kanal' });
    await staff.getByRole('button', { name: 'Visa', exact: true }).click();
    await staff.getByRole('heading', { level: 2, name: 'Uppdelat efter kanal' }).waitFor();
    await staff.getByRole('heading', { level: 3, name: 'Telefon' }).waitFor();
    await expectAccessible(staff, 'the results broken down by channel');

    // Once sent, a change of the questions makes version 2; version 1's answer stays with version 1.
    await staff.goto(surveyPath);
    await staff.getByRole('heading', { level: 1, name: 'Efter kontakten' }).waitFor();
    await staff.getByText(/Enkäten har skickats/).waitFor();
    await staff.getByLabel('Frågetext (svenska)').nth(1).fill('Jag fick svar snabbt.');
    await staff.getByRole('button', { name: 'Spara frågorna' }).click();
    await staff.getByText('Frågorna är sparade som version 2.').waitFor();
    await staff.goto(`${surveyPath}/results`);
    await staff.getByText(/Version 2\./).waitFor();
    await staff.getByText(/0 av 0 levererade inbjudningar besvarades/).waitFor();
    await staff.getByLabel('Version', { exact: true }).selectOption('1');
    await staff.getByRole('button', { name: 'Visa', exact: true }).click();
    await staff.getByText(/1 av 1 levererade inbjudningar besvarades/).waitFor();

    // 6. The guide's own feedback.
    await guide.goto('/contacts/feedback');
    await guide.getByRole('heading', { level: 1, name: 'Min återkoppling' }).waitFor();
    await guide.getByText('Jag är nöjd med kontakten.').waitFor();
    await bothWidths(guide, 'Min återkoppling');
    await staff.context().close();
    await guide.context().close();
    await citizen.context().close();
  });
});
