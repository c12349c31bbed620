/**
 * The start page as each demo person meets it (issue #13): a guide lands at the logging
 * screen's door with their own day; a manager keeps the dashboard.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoHarness, type DemoHarness } from './demo-harness.js';
import { expectAccessible, expectNoHorizontalOverflow } from './harness.js';

let h: DemoHarness;
beforeAll(async () => {
  h = await startDemoHarness();
});
afterAll(() => h?.close());

describe('start pages of the demo’s people', () => {
  it('a guide lands on their own day: “Registrera kontakt” first, today’s count, their latest contacts', async () => {
    const page = await h.newPage();
    await h.signInAs(page, 'vagledare@jarfalla.example');
    expect(new URL(page.url()).pathname).toBe('/');
    const day = page.getByRole('region', { name: 'Din dag' });
    await expect.poll(() => day.getByRole('link').first().textContent()).toBe('Registrera kontakt');
    // The first region of the page is the guide's day, before the team's goals.
    await expect
      .poll(() => page.locator('main section').first().getAttribute('aria-labelledby'))
      .toBe('my-day');
    // The demo's year ends yesterday: nothing logged today yet, and the latest own contacts listed.
    await expect.poll(() => day.getByText('Du har registrerat 0 kontakter i dag.').count()).toBe(1);
    await expect.poll(() => day.getByRole('listitem').count()).toBe(5);

    // A contact logged now is counted when the page is opened again.
    const topics = (await (await page.request.get('/api/topics')).json()) as { topics: { id: string }[] };
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const saved = await page.request.post('/api/contacts', {
      headers: { 'idempotency-key': randomUUID(), 'x-csrf-token': session.csrfToken },
      data: {
        channel: 'phone',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        durationSeconds: 120,
        need: 'want_to_know',
        topicId: topics.topics[0]?.id,
        resolution: 'resolved_self',
      },
    });
    expect(saved.status()).toBe(201);
    await page.reload();
    await expect.poll(() => day.getByText('Du har registrerat 1 kontakt i dag.').count()).toBe(1);

    await day.getByRole('link', { name: 'Registrera kontakt' }).click();
    await page.waitForURL('**/contacts');
    await page.getByRole('heading', { level: 1, name: 'Registrera kontakt' }).waitFor();
    await page.context().close();
  });

  it('a manager’s start page stays the dashboard, without a guide’s day', async () => {
    const page = await h.newPage();
    await h.signInAs(page, 'chef@jarfalla.example');
    await page.getByRole('region', { name: 'Mål och signaler' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Din dag' }).count()).toBe(0);
    await page.context().close();
  });

  it.each([390, 1366])(
    'a guide’s start page at %i px: axe finds nothing, the page does not scroll sideways',
    async (width) => {
      const page = await h.newPage({ width });
      await h.signInAs(page, 'vagledare@jarfalla.example');
      await page.getByRole('region', { name: 'Din dag' }).getByRole('listitem').first().waitFor();
      await expectAccessible(page, `guide start page at ${width} px`);
      await expectNoHorizontalOverflow(page, `guide start page at ${width} px`);
      await page.context().close();
    },
  );

  it('a department contact sees their department by name, never “Alla”, and no page offers what they cannot do', async () => {
    const page = await h.newPage();
    await h.signInAs(page, 'forvaltning@jarfalla.example');
    const scope = 'Du ser kontakterna om Vatten och avlopp och enheterna under, inte hela kommunens.';
    await expect.poll(() => page.getByText(scope).count()).toBe(1);
    const areas = page.getByRole('region', { name: 'Områden' });
    await expect.poll(() => areas.getByText(/^Här läser ni de kontakter/).count()).toBe(1);
    await expect.poll(() => areas.getByText(/registrerar ni|driver ni|sätter ni/).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Din dag' }).count()).toBe(0);

    await page.goto('/contacts');
    await page.waitForURL('**/contacts/list');
    await expect.poll(() => page.getByText(scope).count()).toBe(1);
    const unit = page.getByLabel('Enhet som äger ämnet');
    await expect.poll(() => unit.locator('option').first().textContent()).toBe('Vatten och avlopp');
    await expect.poll(() => unit.locator('option', { hasText: 'Socialförvaltningen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Registrera kontakt' }).count()).toBe(0);

    await page.goto('/analysis');
    await expect.poll(() => page.getByText(scope).count()).toBe(1);
    const analysisUnit = page.getByLabel('Förvaltning eller enhet som äger ämnet');
    await expect.poll(() => analysisUnit.locator('option').first().textContent()).toBe('Vatten och avlopp');
    await page.goto('/analysis/departments');
    const department = page.getByLabel('Förvaltning', { exact: true });
    await expect
      .poll(() => department.locator('option').allTextContents())
      .toEqual(['Välj förvaltning', 'Samhällsbyggnadsförvaltningen']);
    await page.goto('/analysis/fix-first');
    await page.getByRole('heading', { level: 1, name: 'Analys' }).waitFor();
    await expect.poll(() => page.getByText(/Starta en förbättring/).count()).toBe(0);

    await page.goto('/improvements');
    await page.getByRole('heading', { level: 1, name: 'Tavelmöte' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Ny förbättring/ }).count()).toBe(0);
    await page.context().close();
  });
});
