import { describe, expect, it } from 'vitest';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app } = server;

const classify = (who: SignedIn | null, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/comments/classify',
    payload: payload as object,
    ...(who ? { headers: who.headers } : {}),
  });

describe('POST /api/comments/classify', () => {
  it('gives tone, areas, confidences and reasons in the order of the comments', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const res = await classify(developer, {
      comments: ['Jättekul att sitta i kö i 40 minuter', '', 'Toppen'],
    });
    expect(res.statusCode).toBe(200);
    const { results } = res.json<{
      results: Array<{ status: string; tone: string | null; areas: Array<{ area: string }> }>;
    }>();
    expect(results.map((r) => r.status)).toEqual(['analysed', 'empty', 'analysed']);
    expect(results.map((r) => r.tone)).toEqual(['negative', null, 'positive']);
    expect(results[0]?.areas.map((a) => a.area)).toContain('waiting_time');
  });

  it('is for those who may read surveys', async () => {
    const guide = await signedInAs(server, ['guide']);
    expect((await classify(guide, { comments: ['Bra'] })).statusCode).toBe(403);
    expect((await classify(null, { comments: ['Bra'] })).statusCode).toBe(401);
  });

  it('answers bad input with problem+json, never a 5xx', async () => {
    const manager = await signedInAs(server, ['manager']);
    for (const payload of [
      {},
      { comments: [] },
      { comments: [42] },
      { comments: Array.from({ length: 10_001 }, () => 'ok') },
    ]) {
      const res = await classify(manager, payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('handles enormous, binary and foreign comments without error', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await classify(manager, {
      comments: [
        'lång kö '.repeat(3000),
        '\u0001\u0002\u0003\ufffd\u0007',
        'Очень плохо',
        'Very helpful staff',
      ],
    });
    expect(res.statusCode).toBe(200);
    const { results } = res.json<{ results: Array<{ status: string; truncated: boolean }> }>();
    expect(results.map((r) => r.truncated)).toEqual([true, false, false, false]);
    expect(results[1]?.status).toBe('empty');
    // NUL is refused everywhere in the API (no PostgreSQL text can hold it), as a field error.
    const nul = await classify(manager, { comments: ['ok', 'PK\u0000\u0000'] });
    expect(nul.statusCode).toBe(400);
    expect(nul.headers['content-type']).toContain('application/problem+json');
  });
});
