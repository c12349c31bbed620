/**
 * The drill-down from a survey figure to the answers behind it (GET /api/surveys/:id/answers):
 * exactly the respondents the figure counts, paged by an opaque cursor, comments masked, never the
 * address or the guide; who may call it and what a bad query gets.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../core/surveys/questions.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { createTopic, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const get = (who: SignedIn | null, url: string) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });

interface Item {
  id: string;
  day: string;
  channel: string | null;
  topic: { id: string; name: string } | null;
  unit: { id: string; name: string } | null;
  answers: { question: string; kind: string; value: AnswerValue }[];
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

/** An 'Efter kontakten' survey with four invitations, three answered (hand-made below). */
async function world() {
  const manager = await signedInAs(server, ['manager']);
  const tenantId = manager.tenant.id;
  const unit = await createUnit(db, tenantId, { name: 'Bygglov' });
  const topic = await createTopic(db, tenantId, { name: 'Bygglov', ownerUnitId: unit.id });
  const created = await app.inject({
    method: 'POST',
    url: '/api/surveys',
    headers: manager.headers,
    payload: { template: 'after_contact' },
  });
  const surveyId = created.json<{ id: string }>().id;
  const invite = (day: string, channel: string) =>
    withTenantClient(db, tenantId, async (c) => {
      const [row] = await c.query<{ id: string }>(
        `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, channel, topic_id,
                                         unit_id, send_at, sent_at, expires_at)
         VALUES (lots_current_tenant(), $1, 1, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'email', $2, $3,
                 $4, $5, now(), now(), now() + interval '14 days')
         RETURNING id`,
        [surveyId, day, channel, topic.id, unit.id],
      );
      return row!.id;
    });
  const answer = (id: string, answers: Record<string, AnswerValue>) =>
    withTenantClient(db, tenantId, (c) =>
      c.run(
        `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value)
         SELECT lots_current_tenant(), $1, key, value FROM jsonb_each($2::jsonb)`,
        [id, JSON.stringify(answers)],
      ),
    );
  const a = await invite('2026-03-02', 'phone');
  const b = await invite('2026-03-03', 'email');
  const c = await invite('2026-03-04', 'phone');
  await invite('2026-03-05', 'phone');
  // Written straight into the table (as the demo does): the comment's personnummer is masked on the way out.
  await answer(a, { overall: 5, ease: 4, comment: 'Ring mig, 19121212-1212' });
  await answer(b, { overall: 2, ease: 5 });
  await answer(c, { overall: 5 });
  return { manager, surveyId, topic, unit, a, b, c };
}

const url = (surveyId: string, query: string) =>
  `/api/surveys/${surveyId}/answers?from=2026-03-01&to=2026-03-31${query}`;

describe('the answers behind a figure', () => {
  it('are the respondents the figure counts, newest day first, with their counted answers', async () => {
    const w = await world();
    const all = await get(w.manager, url(w.surveyId, ''));
    expect(all.statusCode, all.body).toBe(200);
    const page = all.json<Page>();
    expect(page.items.map((i) => i.id)).toEqual([w.c, w.b, w.a]);
    expect(page.nextCursor).toBeNull();
    const first = page.items[2]!;
    expect(first).toMatchObject({
      day: '2026-03-02',
      channel: 'phone',
      topic: { id: w.topic.id, name: 'Bygglov' },
      unit: { id: w.unit.id, name: 'Bygglov' },
    });
    // In the survey's order: overall, ease, ..., comment; the personnummer masked.
    expect(first.answers).toEqual([
      { question: 'overall', kind: 'scale5', value: 5 },
      { question: 'ease', kind: 'scale5', value: 4 },
      { question: 'comment', kind: 'text', value: 'Ring mig, [personnummer]' },
    ]);
    expect(JSON.stringify(first)).not.toMatch(/address|guide|contact|user/i);

    const grade = (q: string) =>
      get(w.manager, url(w.surveyId, q)).then((r) => r.json<Page>().items.map((i) => i.id));
    // overall 5: a and c; the satisfied of overall (4-5) too; the others: b.
    expect(await grade('&question=overall&value=5')).toEqual([w.c, w.a]);
    expect(await grade('&question=overall&satisfied=true')).toEqual([w.c, w.a]);
    expect(await grade('&question=overall&satisfied=false')).toEqual([w.b]);
    // enkelhet (ease): a 4 and b 5, both satisfied; c did not answer it.
    expect(await grade('&dimension=enkelhet')).toEqual([w.b, w.a]);
    expect(await grade('&dimension=enkelhet&satisfied=false')).toEqual([]);
    expect(await grade('&channel=phone')).toEqual([w.c, w.a]);
    expect(await grade('&question=comment')).toEqual([w.a]);
  });

  it('pages through an opaque cursor without losing or repeating anyone', async () => {
    const w = await world();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(w.manager, url(w.surveyId, `&limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      expect(res.statusCode, res.body).toBe(200);
      const page: Page = res.json<Page>();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual([w.c, w.b, w.a]);
  });

  it('is for those who read surveys, and says what is wrong with a query', async () => {
    const w = await world();
    expect((await get(null, url(w.surveyId, ''))).statusCode).toBe(401);
    const guide = await signedInAs(server, ['guide'], { tenant: w.manager.tenant });
    expect((await get(guide, url(w.surveyId, ''))).statusCode).toBe(403);
    const other = await signedInAs(server, ['manager']);
    expect((await get(other, url(w.surveyId, ''))).statusCode).toBe(404);
    const problems = async (query: string) => {
      const res = await get(w.manager, url(w.surveyId, query));
      expect(res.statusCode, query).toBe(400);
      return res.json<{ errors: { pointer: string; code: string }[] }>().errors;
    };
    expect(await problems('&cursor=bm90IGEgY3Vyc29y')).toEqual([
      expect.objectContaining({ pointer: '/querystring/cursor', code: 'invalid_format' }),
    ]);
    expect(await problems('&question=nothing')).toEqual([
      expect.objectContaining({ pointer: '/querystring/question', code: 'unknown_question' }),
    ]);
    expect(await problems('&question=overall&value=6')).toEqual([
      expect.objectContaining({ pointer: '/querystring/value', code: 'out_of_scale' }),
    ]);
    expect(await problems('&question=comment&value=x')).toEqual([
      expect.objectContaining({ pointer: '/querystring/value', code: 'not_for_text' }),
    ]);
    expect(await problems('&value=5')).toEqual([
      expect.objectContaining({ pointer: '/querystring/value', code: 'question_required' }),
    ]);
    expect(await problems('&dimension=tydlighet')).toEqual([
      expect.objectContaining({ pointer: '/querystring/dimension', code: 'unknown_dimension' }),
    ]);
    expect(await problems('&satisfied=true')).toEqual([
      expect.objectContaining({ pointer: '/querystring/satisfied', code: 'only_on_scales' }),
    ]);
  });
});
