/**
 * The survey answer page citizens open from an invitation (issue #15), in Chromium at phone and
 * desktop width: axe at zero violations on every page of it, no sideways scrolling, no script at
 * all, answered with the keyboard alone, and kind pages for a link that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/core/auth/roles.js';
import { createLink, createSurvey } from '../src/server/surveys/manage-surveys.js';
import { expectAccessible, expectNoHorizontalOverflow, startHarness, type Harness } from './harness.js';

/** The thanks and error pages are a heading and a paragraph or two: fewer things for axe to check. */
const SMALL_PAGE = { minimumPasses: 5 };

let h: Harness;
let actor: Actor;
beforeAll(async () => {
  h = await startHarness();
  actor = {
    tenantId: h.tenant.id,
    userId: h.users.administrator.id,
    roles: [{ role: 'administrator', unitId: null }],
    isPlatformAdmin: false,
  };
});
afterAll(() => h?.close());

describe('the answer page', () => {
  it.each([390, 1366])(
    'at %i px: every question with the keyboard, accessible, no script, then thanks',
    async (width) => {
      const survey = await createSurvey({ db: h.db, actor, body: { template: 'skr_phone' } });
      const { token } = await createLink({ db: h.db, actor, id: survey.id, contactId: null });
      const page = await h.newPage({ width });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`/e/${token}?v=4`);
      await expect.poll(() => page.getByText('Fråga 1 av 4').count()).toBe(1);
      await expectAccessible(page, `the answer page's first question at ${width} px`);
      await expectNoHorizontalOverflow(page, `the answer page at ${width} px`);
      // The grade clicked in the mail is chosen, not yet stored: one tap sends it.
      await expect.poll(() => page.getByRole('radio', { name: /^4$/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Nästa' }).click();

      await expect.poll(() => page.getByText('Fråga 2 av 4').count()).toBe(1);
      // The keyboard alone: focus the first choice, move to the fifth with the arrow keys, send.
      await page.getByRole('radio').first().focus();
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.getByRole('radio', { name: /^5 – / }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');

      await expect.poll(() => page.getByText('Fråga 3 av 4').count()).toBe(1);
      await page.getByRole('button', { name: 'Hoppa över' }).click();
      await expect.poll(() => page.getByText('Fråga 4 av 4').count()).toBe(1);
      await page.getByRole('textbox').fill('Tack för hjälpen, ring mig på 070-123 45 67');
      await page.getByRole('button', { name: 'Skicka' }).click();

      await expect.poll(() => page.getByRole('heading', { name: 'Tack för dina svar!' }).count()).toBe(1);
      await expectAccessible(page, `the thanks page at ${width} px`, SMALL_PAGE);
      expect(scripts).toEqual([]);

      await page.getByRole('link', { name: 'In English' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Thank you for your answers!' }).count())
        .toBe(1);
      await expectAccessible(page, `the English thanks page at ${width} px`, SMALL_PAGE);
    },
  );

  it('says kindly that a link does not exist', async () => {
    const page = await h.newPage({ width: 390 });
    const response = await page.goto('/e/AAAAAAAAAAAAAAAAAAAAAA');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { name: 'Länken hittades inte' }).count()).toBe(1);
    await expectAccessible(page, 'the unknown-link page', SMALL_PAGE);
  });
});
