/**
 * Förvaltningarnas nöjdhet (issue #15) in Chromium at phone and desktop width: a round answered by
 * two departments, the results table and the "one thing" list, axe at zero violations and no
 * sideways scrolling; at desktop width a "one thing" starts an improvement and the answer then
 * links to its card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/core/auth/roles.js';
import { openRound } from '../src/server/department-surveys/open-round.js';
import { changeRecipient } from '../src/server/department-surveys/recipients.js';
import { answerQuestion } from '../src/server/surveys/answer-survey.js';
import { changeSurvey, createSurvey } from '../src/server/surveys/manage-surveys.js';
import { createUnit } from '../src/test/factories.js';
import { withTenantClient } from '../src/db/tenant-context.js';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  signIn,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
let surveyId = '';
beforeAll(async () => {
  h = await startHarness();
  const actor: Actor = {
    tenantId: h.tenant.id,
    userId: h.users.administrator.id,
    roles: [{ role: 'administrator', unitId: null }],
    isPlatformAdmin: false,
  };
  const survey = await createSurvey({ db: h.db, actor, body: { template: 'departments' } });
  surveyId = survey.id;
  await changeSurvey({ db: h.db, actor, id: survey.id, body: { status: 'active' } });
  const answers: [string, string, number[], string][] = [
    ['Socialförvaltningen', 'soc@e2e.example', [4, 4, 5], 'Boka tid hos handläggaren direkt i samtalet.'],
    ['Samhällsbyggnadsförvaltningen', 'bygg@e2e.example', [3, 2, 3], 'Skicka med fastighetsbeteckningen.'],
  ];
  // Read inside the tenant: the owner's connection sees no tenant's rows.
  const roots = await withTenantClient(h.db, h.tenant.id, (c) =>
    c.query<{ id: string; name: string }>('SELECT id, name FROM units WHERE parent_id IS NULL'),
  );
  for (const [name, address] of answers) {
    const unit = roots.find((r) => r.name === name) ?? (await createUnit(h.db, h.tenant.id, { name }));
    await changeRecipient({
      db: h.db,
      actor,
      surveyId: survey.id,
      departmentId: unit.id,
      address,
      remove: false,
    });
  }
  await openRound({ db: h.db, actor, surveyId: survey.id, period: '2026-T1' });
  const tokens = await withTenantClient(h.db, h.tenant.id, (c) =>
    c.query<{ address: string; token: string }>('SELECT address, link_token AS token FROM survey_addresses'),
  );
  for (const [, address, grades, change] of answers) {
    const token = tokens.find((t) => t.address === address)!.token;
    for (const [key, value] of [
      ['forwarding', grades[0]!],
      ['informing', grades[1]!],
      ['cooperation', grades[2]!],
      ['one_change', change],
    ] as const)
      await answerQuestion(h.db, token, key, value);
  }
});
afterAll(() => h?.close());

describe('Förvaltningarnas nöjdhet', () => {
  it.each([390, 1366])(
    'at %i px: the departments side by side and their one thing, accessible',
    async (width) => {
      const page = await h.newPage({ width });
      await signIn(page, h.users.administrator);
      await page.goto('/department-surveys');
      await page.getByRole('heading', { level: 1, name: 'Förvaltningarnas nöjdhet' }).waitFor();
      const table = page.getByRole('table', { name: 'Samarbetsindex per förvaltning och period' });
      await table.waitFor();
      // Socialförvaltningen: 4, 4, 5 is a mean of 13/3, index 83,3.
      await expect
        .poll(() => table.getByRole('row', { name: /Socialförvaltningen/ }).textContent())
        .toContain('83,3');
      await expectNoHorizontalOverflow(page, `department surveys at ${width} px`);
      await expectAccessible(page, `department surveys at ${width} px`);
      if (width === 1366) {
        await page.getByRole('button', { name: /Starta en förbättring.*fastighetsbeteckningen/ }).click();
        await page.getByRole('link', { name: 'Skicka med fastighetsbeteckningen.' }).waitFor();
        await expectAccessible(page, 'department surveys after an improvement was started');
        // The card shows where it came from and the departments' index before and after.
        await page.getByRole('link', { name: 'Skicka med fastighetsbeteckningen.' }).click();
        await page.getByRole('heading', { level: 2, name: 'Enkät: index (0–100) före och efter' }).waitFor();
        await page.getByRole('link', { name: 'Se svaren' }).waitFor();
        await expectAccessible(page, 'an improvement started from a department answer');
      }
      await page.context().close();
    },
  );

  it('the goal form offers a survey measure with its survey’s dimension and questions', async () => {
    const page = await h.newPage({ width: 1366 });
    await signIn(page, h.users.administrator);
    await page.goto('/goals/manage');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByLabel('Mått').selectOption('survey_index');
    const scope = page.getByLabel('Enkät och fråga eller dimension');
    await scope.waitFor();
    await expect
      .poll(() => scope.locator('option').allTextContents())
      .toContain('Förvaltningarnas nöjdhet: Samarbete');
    await expectAccessible(page, 'the goal form with a survey measure');
    await page.context().close();
  });

  it('the control chart of the departments’ samarbete index: weekly, X-bar, accessible', async () => {
    const page = await h.newPage({ width: 390 });
    await signIn(page, h.users.administrator);
    const scope = `survey:${surveyId}:dimension:samarbete`;
    await page.goto(
      `/goals/charts?measure=survey_index&scope=${encodeURIComponent(scope)}&from=2026-04-01&to=2026-05-10`,
    );
    await page.getByRole('heading', { level: 2, name: /X-bar-diagram per vecka/ }).waitFor();
    await expectAccessible(page, 'a survey measure’s control chart at 390 px');
    await page.context().close();
  });
});
