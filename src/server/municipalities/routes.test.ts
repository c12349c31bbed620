import { describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';

const server = await testServer();
const { app } = server;

// GET /api/municipalities takes no input and is open to every signed-in user: there is no 400
// or 403 case to test.
describe('GET /api/municipalities', () => {
  it('401 without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/municipalities' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('lists all 290 municipalities to any signed-in user, in Swedish alphabetical order (Å, Ä, Ö last)', async () => {
    const guide = await signedInAs(server, ['guide']);
    const res = await app.inject({ method: 'GET', url: '/api/municipalities', headers: guide.headers });
    expect(res.statusCode).toBe(200);
    const list: { code: string; name: string }[] = res.json().municipalities;
    expect(list).toHaveLength(290);
    expect(list[0]).toEqual({
      code: '1440',
      name: 'Ale kommun',
      countyCode: '14',
      countyName: 'Västra Götalands län',
    });
    expect(list.find((m) => m.code === '0123')).toEqual({
      code: '0123',
      name: 'Järfälla kommun',
      countyCode: '01',
      countyName: 'Stockholms län',
    });
    expect(list.slice(-6).map((m) => m.name)).toEqual([
      'Östersunds kommun',
      'Österåkers kommun',
      'Östhammars kommun',
      'Östra Göinge kommun',
      'Överkalix kommun',
      'Övertorneå kommun',
    ]);
    const firstA = list.findIndex((m) => m.name.startsWith('Å'));
    const firstAe = list.findIndex((m) => m.name.startsWith('Ä'));
    const firstOe = list.findIndex((m) => m.name.startsWith('Ö'));
    expect(list[firstA - 1]?.name).toBe('Ystads kommun');
    expect(firstA).toBeLessThan(firstAe);
    expect(firstAe).toBeLessThan(firstOe);
  });
});
