/**
 * The public e-form for synpunkter (issue #17), in Chromium at phone and desktop width: axe at
 * zero violations on the form, the form with errors and the receipt; no sideways scrolling; no
 * script; after a server round trip with an error the first invalid field has focus and nothing
 * typed is lost; a form sent within seconds is held back (the time check) with its text kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalOverflow, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('the e-form for synpunkter', () => {
  it.each([390, 1366])(
    'at %i px: errors focused and kept, then the receipt with its number; accessible, no script',
    async (width) => {
      const page = await h.newPage({ width });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`/s/${h.tenant.municipalityCode}`);
      await expect.poll(() => page.getByRole('heading', { name: 'Lämna en synpunkt' }).count()).toBe(1);
      await expectAccessible(page, `the e-form at ${width} px`);
      await expectNoHorizontalOverflow(page, `the e-form at ${width} px`);

      const text = 'Snöröjningen på Skolvägen har inte kommit på tre dagar.';
      await page.getByRole('radio', { name: 'Klagomål' }).check();
      await page.getByRole('radio', { name: 'Tjänsten levererades inte eller fungerar inte' }).check();
      await page.getByLabel('Din synpunkt').fill(text);
      await page.getByLabel('E-postadress').fill('kalle@');
      await page.getByRole('checkbox', { name: 'Jag vill ha svar' }).check();
      await page.getByRole('button', { name: 'Skicka' }).click();

      await expect.poll(() => page.getByText('Rätta följande innan du skickar').count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('email');
      await expect.poll(() => page.getByLabel('Din synpunkt').inputValue()).toBe(text);
      await expect.poll(() => page.getByRole('radio', { name: 'Klagomål' }).isChecked()).toBe(true);
      await expect.poll(() => page.getByRole('checkbox', { name: 'Jag vill ha svar' }).isChecked()).toBe(true);
      await expectAccessible(page, `the e-form with errors at ${width} px`);
      await expectNoHorizontalOverflow(page, `the e-form with errors at ${width} px`);

      await page.getByLabel('E-postadress').fill('kalle@example.se');
      // The page just came back with a fresh token: a person takes more than three seconds.
      await page.waitForTimeout(3_200);
      await page.getByRole('button', { name: 'Skicka' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Tack för din synpunkt!' }).count()).toBe(1);
      await expect.poll(() => page.getByText(/SYN \d{4}\/\d+/).count()).toBe(1);
      await expectAccessible(page, `the receipt at ${width} px`, { minimumPasses: 5 });
      await expectNoHorizontalOverflow(page, `the receipt at ${width} px`);

      await page.getByRole('link', { name: 'In English' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Thank you for your feedback!' }).count()).toBe(1);
      await expectAccessible(page, `the English receipt at ${width} px`, { minimumPasses: 5 });
      expect(scripts).toEqual([]);
    },
  );

  it('holds back a form sent within seconds, keeping the text, in English too', async () => {
    const page = await h.newPage({ width: 390 });
    await page.goto(`/s/${h.tenant.municipalityCode}?lang=en`);
    await page.getByRole('radio', { name: 'Praise' }).check();
    await page.getByLabel('Your feedback').fill('Quick and kind help at the desk.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByText('The form was sent very quickly.', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByLabel('Your feedback').inputValue()).toBe('Quick and kind help at the desk.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('body');
    await expectAccessible(page, 'the English e-form held back');
  });
});
