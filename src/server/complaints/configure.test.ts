/**
 * The tenant's own categories and deadlines (issue #17): a category left out is retired and no
 * longer offered, past cases keep theirs; deadlines per type change the deadlines of new cases.
 */
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app } = server;

const request = (who: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('the tenant’s categories and deadlines', () => {
  it('edits the list: renamed, reordered, added, retired; a retired category is refused for new cases', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const old = await request(developer, 'POST', '/api/complaints', { type: 'complaint', body: 'Otrevlig', categories: ['rude'] });
    expect(old.statusCode).toBe(201);
    const res = await request(developer, 'PUT', '/api/complaints/categories', {
      categories: [
        { key: 'too_slow', sv: 'Handläggningstid', en: 'Processing time' },
        { key: 'not_delivered', sv: 'Tjänsten fungerar inte', en: 'The service does not work' },
        { key: 'signage', sv: 'Skyltning', en: 'Signs' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ categories: { key: string; sv: string; retired: boolean }[] }>().categories;
    expect(list.filter((c) => !c.retired).map((c) => [c.key, c.sv])).toEqual([
      ['too_slow', 'Handläggningstid'],
      ['not_delivered', 'Tjänsten fungerar inte'],
      ['signage', 'Skyltning'],
    ]);
    expect(list.filter((c) => c.retired).map((c) => c.key).sort()).toEqual(['competence', 'no_contact', 'not_understood', 'rude']);
    const refused = await request(developer, 'POST', '/api/complaints', { type: 'complaint', body: 'X', categories: ['rude'] });
    expect(refused.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['complaint_category_unknown']);
    expect((await request(developer, 'POST', '/api/complaints', { type: 'complaint', body: 'X', categories: ['signage'] })).statusCode).toBe(201);
    // The old case keeps its category.
    const one = await request(developer, 'GET', `/api/complaints/${old.json<{ id: string }>().id}`);
    expect(one.json()).toMatchObject({ categories: ['rude'] });
    const twice = await request(developer, 'PUT', '/api/complaints/categories', {
      categories: [
        { key: 'a', sv: 'A', en: 'A' },
        { key: 'a', sv: 'B', en: 'B' },
      ],
    });
    expect(twice.json<{ errors: { pointer: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ pointer: '/body/categories/1/key', code: 'complaint_category_twice' }),
    ]);
    const guide = await signedInAs(server, ['guide'], { tenant: developer.tenant });
    expect((await request(guide, 'PUT', '/api/complaints/categories', { categories: [{ key: 'a', sv: 'A', en: 'A' }] })).statusCode).toBe(403);
  });

  it('changes the deadlines per type: new cases get them, in working days', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const settings = await request(developer, 'GET', '/api/complaints/settings');
    expect(settings.json()).toEqual({
      deadlines: {
        complaint: { acknowledgeDays: 1, answerDays: 5 },
        praise: { acknowledgeDays: 1, answerDays: 5 },
        suggestion: { acknowledgeDays: 1, answerDays: 5 },
        question: { acknowledgeDays: 1, answerDays: 5 },
      },
      formOpen: true,
    });
    const body = {
      deadlines: {
        complaint: { acknowledgeDays: 2, answerDays: 10 },
        praise: { acknowledgeDays: 1, answerDays: 5 },
        suggestion: { acknowledgeDays: 1, answerDays: 5 },
        question: { acknowledgeDays: 0, answerDays: 1 },
      },
      formOpen: false,
    };
    expect((await request(developer, 'PUT', '/api/complaints/settings', body)).statusCode).toBe(200);
    // In on Friday 9 January 2026: two working days is Tuesday 13, ten is Friday 23.
    const c = await request(developer, 'POST', '/api/complaints', { type: 'complaint', body: 'X', receivedAt: '2026-01-09T10:00:00Z' });
    const q = await request(developer, 'POST', '/api/complaints', { type: 'question', body: 'Y', receivedAt: '2026-01-09T10:00:00Z' });
    const get = async (res: typeof c) => (await request(developer, 'GET', `/api/complaints/${res.json<{ id: string }>().id}`)).json<unknown>();
    expect(await get(c)).toMatchObject({ acknowledgeBy: '2026-01-13', answerBy: '2026-01-23' });
    expect(await get(q)).toMatchObject({ acknowledgeBy: '2026-01-09', answerBy: '2026-01-12' });
    // The e-form is closed now.
    expect((await app.inject({ method: 'GET', url: `/s/${developer.tenant.municipalityCode}` })).statusCode).toBe(404);
    const wrong = await request(developer, 'PUT', '/api/complaints/settings', {
      ...body,
      deadlines: { ...body.deadlines, praise: { acknowledgeDays: 3, answerDays: 2 } },
    });
    expect(wrong.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual(['/body/deadlines/praise/answerDays']);
    const guide = await signedInAs(server, ['guide'], { tenant: developer.tenant });
    expect((await request(guide, 'GET', '/api/complaints/settings')).statusCode).toBe(403);
  });
});
