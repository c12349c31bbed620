/**
 * The Analys area (issue #5) in a real browser against a real server: a manager opens it on a
 * month of seeded contacts, the charts are drawn within 1.5 s, a filter set in the bar goes into
 * the address, a table row's link opens exactly its contacts in the contact list, a chart's CSV
 * holds the numbers of its table, and axe (WCAG 2.1 A/AA) finds nothing on any sub-page, tables
 * open.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createContact,
  createTopic,
  createUnit,
  createUser,
  type TestTopic,
  type TestUser,
} from '../src/test/factories.js';
import {
  expectAccessible,
  expectNoPageErrors,
  settled,
  signIn,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
let manager: TestUser;
let bygglov: TestTopic;

const PERIOD = 'from=2025-03-01&to=2025-03-31';

/** An instant in Stockholm's winter time (UTC+1), as March 2025 before the clocks change. */
const stockholm = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

beforeAll(async () => {
  h = await startHarness();
  manager = await createUser(h.db, h.tenant.id, {
    roles: ['manager'],
    email: 'karin.lind@e2e.example',
    displayName: 'Karin Lind',
  });
  const building = await createUnit(h.db, h.tenant.id, { name: 'Samhällsbyggnadsförvaltningen' });
  const culture = await createUnit(h.db, h.tenant.id, { name: 'Kultur- och fritidsförvaltningen' });
  bygglov = await createTopic(h.db, h.tenant.id, { name: 'Bygglov', ownerUnitId: building.id });
  const water = await createTopic(h.db, h.tenant.id, { name: 'Vatten och avlopp', ownerUnitId: building.id });
  const library = await createTopic(h.db, h.tenant.id, { name: 'Bibliotek', ownerUnitId: culture.id });
  const seed = (
    topic: TestTopic,
    day: string,
    time: string,
    summary: string,
    more: Partial<Parameters<typeof createContact>[2]> = {},
  ) => {
    const startedAt = stockholm(day, time);
    return createContact(h.db, h.tenant.id, {
      loggedByUserId: h.users.guide.id,
      topic,
      startedAt,
      createdAt: new Date(startedAt.getTime() + 5 * 60_000),
      summary,
      ...more,
    });
  };
  await seed(bygglov, '2025-03-03', '09:15', 'Bygglov ett');
  await seed(bygglov, '2025-03-03', '09:40', 'Bygglov två', {
    need: 'problem',
    problemKind: 'delivery',
    resolution: 'unresolved',
    isFailureDemand: true,
    failureReason: 'chasing_case',
    concernsExistingCase: true,
  });
  await seed(bygglov, '2025-03-04', '10:05', 'Bygglov tre', {
    need: 'want_service',
    resolution: 'resolved_handling',
  });
  await seed(bygglov, '2025-03-05', '13:00', 'Bygglov fyra via e-post', { channel: 'email' });
  await seed(water, '2025-03-04', '09:20', 'Vatten ett', {
    need: 'dont_understand',
    isFailureDemand: true,
    failureReason: 'did_not_understand_information',
    citizenGender: 'woman',
    citizenAgeBand: '40-49',
    citizenDistrict: 'Jakobsberg',
  });
  await seed(water, '2025-03-06', '14:10', 'Vatten två');
  await seed(library, '2025-03-07', '11:00', 'Bibliotek ett', { channel: 'visit', need: 'want_service' });
  // Outside the period.
  await seed(bygglov, '2025-04-02', '09:00', 'Bygglov i april');
});
afterAll(() => h?.close());

/** A chart section by its heading. */
const section = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });

/** The cells of a table as text, without the last column of links to the contacts. */
async function tableCells(table: Locator): Promise<string[][]> {
  // The table is filled when the figures arrive: wait for its first row before reading.
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
      return cells.slice(0, -1);
    }),
  );
}

/** "1 234", "60,0 %" and "−4,1" as the CSV writes them: "1234", "60,0", "-4,1". */
const asCsv = (text: string) =>
  text
    .replaceAll('\u2212', '-')
    .replace(/[\s\u00a0]*%$/, '')
    .replace(/(\d)[\s\u00a0](?=\d{3}\b)/g, '$1')
    .replace(/^–$/, '');

/** Opens every "Visa som tabell" and waits until each has made its table (or said it is empty). */
async function openAllTables(page: Page): Promise<void> {
  await page.locator('details.table-alternative').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.table-alternative')].every((d) => d.querySelector('table, p')),
  );
}

async function openSubPage(page: Page, link: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Analys' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  await settled(page);
}

describe('the Analys area', () => {
  it('draws the charts, filters in the address, drills down to exactly the contacts, exports the table’s numbers', async () => {
    const page = await h.newPage();
    await signIn(page, manager);
    await expect
      .poll(() =>
        page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Analys' }).count(),
      )
      .toBe(1);

    // The first chart is drawn (bench/analysis.ts measures the 1.5 s target on a quiet machine;
    // a timed assertion here would fail on a busy CI runner). ECharts draws in the same task
    // that puts its canvas in the page, so the canvas's arrival, seen by a MutationObserver from
    // the document's start, is when the chart was drawn (performance.now() counts from navigation).
    await page.addInitScript(() => {
      const w = window as unknown as { firstChartAt?: number };
      new MutationObserver((_records, observer) => {
        if (document.querySelector('.chart canvas')) {
          w.firstChartAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/analysis?${PERIOD}`);
    const heatmap = section(page, 'Kontakter per veckodag och timme');
    await heatmap.getByRole('img').locator('canvas').first().waitFor();
    const drawnAt = await page.evaluate(
      () => (window as unknown as { firstChartAt?: number }).firstChartAt ?? Infinity,
    );
    expect(Number.isFinite(drawnAt), 'a chart canvas was drawn').toBe(true);
    console.log(`first chart drawn ${Math.round(drawnAt)} ms after navigation`);
    await page.getByRole('heading', { level: 1, name: 'Analys' }).waitFor();
    await expect.poll(() => heatmap.getByText('n = 7 kontakter').count()).toBe(1);

    // A filter set in the bar goes into the address and applies to the charts.
    const filters = page.getByRole('form', { name: 'Filter' });
    await filters.getByLabel('Kanal').selectOption({ label: 'Telefon' });
    await filters.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(/[?&]channel=phone(&|$)/);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2025-03-01');
    await heatmap.getByText('n = 5 kontakter').waitFor();

    // Why: the topics as a Pareto chart and its table; switching sub-page keeps the filters.
    await openSubPage(page, 'Varför', 'Varför tar medborgarna kontakt?');
    expect(new URL(page.url()).searchParams.get('channel')).toBe('phone');
    const topics = section(page, 'Ämnen (Pareto)');
    // Charts are drawn as they near the screen.
    await topics.getByRole('img').scrollIntoViewIfNeeded();
    await topics.getByRole('img').locator('canvas').first().waitFor();
    await topics.getByText('Visa som tabell').click();
    const table = topics.getByRole('table', { name: 'Ämnen (Pareto)' });
    // Web-first: the rows are read until they hold what is expected (issue #13: a read right
    // after the click once saw the table before its rows).
    const cells = [
      ['Bygglov', 'Samhällsbyggnadsförvaltningen', '3', '60,0\u00a0%', '60,0\u00a0%'],
      ['Vatten och avlopp', 'Samhällsbyggnadsförvaltningen', '2', '40,0\u00a0%', '100,0\u00a0%'],
    ];
    await expect.poll(() => tableCells(table)).toEqual(cells);

    // The chart's CSV holds the table's numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      topics.getByRole('link', { name: 'Ladda ner CSV: Ämnen (Pareto)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\ufeff/, '');
    const records = Papa.parse<string[]>(csv.trim(), { delimiter: ';' }).data;
    expect(records.slice(1)).toEqual(cells.map((row) => row.map(asCsv)));
    await topics
      .getByRole('status')
      .filter({ hasText: /^Filen .*\.csv är nedladdad\.$/ })
      .waitFor();

    // A row's link: exactly its contacts in the contact list.
    await table.getByRole('link', { name: 'Visa kontakterna: Bygglov' }).click();
    await page.waitForURL(/\/contacts\/list\?/);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      channel: 'phone',
      topicId: bygglov.id,
    });
    await page.getByRole('status').filter({ hasText: 'Visar 3 kontakter.' }).waitFor();
    const summaries = await page
      .getByRole('region', { name: 'Resultat' })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td:nth-last-child(2)')?.textContent ?? ''));
    expect(summaries.sort()).toEqual(['Bygglov ett', 'Bygglov tre', 'Bygglov två']);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('every sub-page, its tables open, passes axe; the department report downloads as a PDF', async () => {
    const page = await h.newPage();
    await signIn(page, manager);
    await page.goto(`/analysis?${PERIOD}`);
    await page.getByRole('heading', { level: 2, name: 'När tar medborgarna kontakt?' }).waitFor();
    await settled(page);
    await openAllTables(page);
    await expectAccessible(page, 'analysis: when');

    const pages: [string, string][] = [
      ['Varifrån och vem', 'Varifrån och vem?'],
      ['Varför', 'Varför tar medborgarna kontakt?'],
      ['Hur det slutade', 'Hur slutade kontakterna?'],
      ['Trend och förändring', 'Trend och förändring'],
      ['Åtgärda först', 'Åtgärda först'],
    ];
    for (const [link, heading] of pages) {
      await openSubPage(page, link, heading);
      await openAllTables(page);
      await expectAccessible(page, `analysis: ${link}`);
    }

    // The change between the period and a base period is said in words; a base without data
    // (nothing was logged a year before) is said so, not compared as zero.
    await openSubPage(page, 'Trend och förändring', 'Trend och förändring');
    await page
      .getByText(
        /^Andelen undvikbar efterfrågan .*(större än slumpen|kan vara slump)\.$|^Förändringen kan inte räknas ut|^Jämförelseperioden börjar innan några kontakter registrerades/,
      )
      .waitFor();

    // A filter with nothing in it, and a period in error, are accessible too.
    await page.getByRole('form', { name: 'Filter' }).getByLabel('Till och med').fill('2025-02-01');
    await page
      .getByRole('form', { name: 'Filter' })
      .getByRole('button', { name: 'Visa', exact: true })
      .click();
    await page.getByText('Slutdagen kan inte vara före startdagen.').waitFor();
    await expectAccessible(page, 'analysis: filter bar with an error');

    // The department report: chosen, shown, and downloaded as a PDF.
    await openSubPage(page, 'Förvaltningar', 'Förvaltningar');
    await page
      .getByLabel('Förvaltning', { exact: true })
      .selectOption({ label: 'Samhällsbyggnadsförvaltningen' });
    await page.getByRole('button', { name: 'Visa rapporten' }).click();
    await page
      .getByRole('heading', { level: 3, name: /^Samhällsbyggnadsförvaltningen, 2025-03-01–2025-03-31$/ })
      .waitFor();
    await settled(page);
    await openAllTables(page);
    await expectAccessible(page, 'analysis: department report');
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 45_000 }),
      page.getByRole('button', { name: 'Ladda ner PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await pdf.failure()).toBeNull();
    expectNoPageErrors(page);
    await page.context().close();
  });
});
