/**
 * Surveys through the API and the answer page (issue #15): made from a template, versions,
 * single-use links, answers stored question by question and masked, kind pages for unknown and
 * expired links, tenants kept apart, and the roles that may set them up.
 */
import { describe, expect, it } from 'vitest';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';
import { createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { answerQuestion, openLink } from './answer-survey.js';

const server = await testServer();
const { app, db } = server;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const request = (who: SignedIn | null, method: Method, url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    ...(who ? { headers: who.headers } : {}),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

interface SurveyJson {
  id: string;
  version: number;
  status: string;
  definition: { questions: { key: string; text: { sv: string } }[] };
  invitations: number;
  answered: number;
}

async function survey(who: SignedIn, template = 'after_contact'): Promise<SurveyJson> {
  const res = await request(who, 'POST', '/api/surveys', { template });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<SurveyJson>();
}

async function link(who: SignedIn, surveyId: string, contactId: string | null = null): Promise<string> {
  const res = await request(who, 'POST', `/api/surveys/${surveyId}/links`, { contactId });
  expect(res.statusCode, res.body).toBe(201);
  const { token, path } = res.json<{ token: string; path: string }>();
  expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(path).toBe(`/e/${token}`);
  return token;
}

const answer = (token: string, question: string, value: unknown) =>
  app.inject({
    method: 'PUT',
    url: `/api/public/survey-links/${token}/answers/${question}`,
    payload: { value },
  });

describe('setting up a survey', () => {
  it('is made from a template, as a draft with version 1, by those who lead the improvement work', async () => {
    const developer = await signedInAs(server, ['quality_developer']);
    const s = await survey(developer);
    expect(s).toMatchObject({ status: 'draft', version: 1, invitations: 0, answered: 0 });
    expect(s.definition.questions.map((q) => q.key)).toEqual([
      'overall',
      'answer_time',
      'ease',
      'knowledge',
      'engagement',
      'resolved',
      'comment',
    ]);
    const guide = await signedInAs(server, ['guide'], { tenant: developer.tenant });
    expect((await request(guide, 'GET', '/api/surveys')).statusCode).toBe(403);
    expect((await request(guide, 'POST', '/api/surveys', { template: 'skr_phone' })).statusCode).toBe(403);
    const unit = await createUnit(db, developer.tenant.id, { name: 'Socialtjänst' });
    const department = await signedInAs(server, [{ role: 'department_contact', unitId: unit.id }], {
      tenant: developer.tenant,
    });
    expect((await request(department, 'GET', `/api/surveys/${s.id}`)).statusCode).toBe(403);
  });

  it('keeps tenants apart', async () => {
    const a = await signedInAs(server, ['manager']);
    const b = await signedInAs(server, ['manager']);
    const s = await survey(a);
    expect((await request(b, 'GET', `/api/surveys/${s.id}`)).statusCode).toBe(404);
    expect((await request(b, 'GET', '/api/surveys')).json<{ surveys: unknown[] }>().surveys).toEqual([]);
  });

  it('changes questions in place before the first invitation and as a new version after it', async () => {
    const who = await signedInAs(server, ['administrator']);
    const s = await survey(who, 'skr_phone');
    const questions = (n: string) => ({
      questions: [{ key: 'ease', kind: 'scale5', text: { sv: n }, dimension: 'enkelhet', required: true }],
    });
    const edited = await request(who, 'PUT', `/api/surveys/${s.id}/questions`, questions('Var det enkelt?'));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<SurveyJson>().version).toBe(1);
    await link(who, s.id);
    const changed = await request(who, 'PUT', `/api/surveys/${s.id}/questions`, questions('Var det lätt?'));
    expect(changed.json<SurveyJson>()).toMatchObject({ version: 2, invitations: 1 });
    expect(changed.json<SurveyJson>().definition.questions[0]!.text.sv).toBe('Var det lätt?');
    const same = await request(who, 'PUT', `/api/surveys/${s.id}/questions`, questions('Var det lätt?'));
    expect(same.json<SurveyJson>().version).toBe(2);
  });

  it('refuses a bad definition and bad rules field by field', async () => {
    const who = await signedInAs(server, ['administrator']);
    const s = await survey(who);
    const bad = await request(who, 'PUT', `/api/surveys/${s.id}/questions`, {
      questions: [
        { key: 'a', kind: 'nps', text: { sv: 'Hur troligt?' }, dimension: 'enkelhet' },
        { key: 'a', kind: 'text', text: { sv: 'Kommentar' } },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json<{ errors: { pointer: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ pointer: '/body/questions/0/dimension', code: 'dimension_only_on_scale5' }),
      expect.objectContaining({ pointer: '/body/questions/1/key', code: 'duplicate_key' }),
    ]);
    const rules = await request(who, 'PATCH', `/api/surveys/${s.id}`, {
      rules: {
        channels: [],
        topics: null,
        needs: null,
        samplingShare: 1.5,
        quarantineDays: 90,
        dailyCap: null,
        delayMinutes: 30,
        windows: {
          email: { fromMinute: 420, toMinute: 1260, days: 'every_day' },
          sms: { fromMinute: 540, toMinute: 1140, days: 'not_sundays_or_holidays' },
        },
      },
    });
    expect(rules.statusCode).toBe(400);
    expect(rules.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual([
      '/body/rules/channels',
      '/body/rules/samplingShare',
    ]);
    const reminder = await request(who, 'PATCH', `/api/surveys/${s.id}`, {
      linkValidDays: 7,
      reminderAfterDays: 7,
    });
    expect(reminder.statusCode).toBe(400);
    const ok = await request(who, 'PATCH', `/api/surveys/${s.id}`, {
      status: 'active',
      reminderAfterDays: 5,
    });
    expect(ok.json<SurveyJson>().status).toBe('active');
  });
});

describe('answering by link', () => {
  it('stores each answer at once, one per question, masks personal data and counts the invitation answered', async () => {
    const who = await signedInAs(server, ['manager']);
    const s = await survey(who);
    const token = await link(who, s.id);
    const opened = await app.inject({ method: 'GET', url: `/api/public/survey-links/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['cache-control']).toBe('no-store');
    expect(opened.json()).toMatchObject({
      state: 'open',
      name: 'Efter kontakten',
      answers: {},
      complete: false,
    });

    expect((await answer(token, 'overall', 4)).statusCode).toBe(200);
    expect((await answer(token, 'overall', 5)).json<{ answers: object }>().answers).toEqual({ overall: 5 });
    const comment = await answer(
      token,
      'comment',
      'Ring mig på 070-123 45 67, mitt personnummer är 19121212-1212.',
    );
    expect(comment.statusCode, comment.body).toBe(200);
    const stored = await db.transaction((c) =>
      c.query<{ question_key: string; value: unknown }>(
        `SELECT question_key, value FROM survey_answers ORDER BY question_key`,
      ),
    );
    const mine = stored.filter((r) => r.question_key === 'comment').map((r) => String(r.value));
    expect(mine.some((v) => v.includes('070-123') || v.includes('19121212'))).toBe(false);
    const listed = (await request(who, 'GET', `/api/surveys/${s.id}`)).json<SurveyJson>();
    expect(listed).toMatchObject({ invitations: 1, answered: 1 });
  });

  it('refuses answers off the scale, unknown questions and questions not asked, with problem+json', async () => {
    const who = await signedInAs(server, ['manager']);
    const s = await survey(who, 'skr_email');
    const token = await link(who, s.id);
    const off = await answer(token, 'got_answer', 'kanske');
    expect(off.statusCode).toBe(400);
    expect(off.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('unknown_choice');
    expect((await answer(token, 'nonexistent', 3)).statusCode).toBe(400);
    const notAsked = await answer(token, 'ease', 4);
    expect(notAsked.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('not_asked');
    expect((await answer(token, 'got_answer', 'yes')).statusCode).toBe(200);
    expect((await answer(token, 'ease', 6)).json<{ errors: { code: string }[] }>().errors[0]!.code).toBe(
      'out_of_scale',
    );
    expect((await answer(token, 'ease', 4)).statusCode).toBe(200);
    const done = await answer(token, 'clarity', 5);
    expect(done.json()).toMatchObject({
      complete: true,
      answers: { got_answer: 'yes', ease: 4, clarity: 5 },
    });
  });

  it('answers an unknown or expired link with a kind problem, never a 5xx', async () => {
    const who = await signedInAs(server, ['manager']);
    const s = await survey(who);
    const token = await link(who, s.id);
    for (const bad of ['x', 'A'.repeat(22), `${token.slice(0, 21)}${token.endsWith('A') ? 'B' : 'A'}`]) {
      const res = await app.inject({ method: 'GET', url: `/api/public/survey-links/${bad}` });
      expect(res.statusCode).toBe(404);
      expect(res.json<{ code: string }>().code).toBe('survey_link_unknown');
    }
    const later = new Date(Date.now() + 15 * 86_400_000);
    await expect(openLink(db, token, later)).rejects.toMatchObject({
      status: 410,
      code: 'survey_link_expired',
    });
    await expect(answerQuestion(db, token, 'overall', 5, later)).rejects.toMatchObject({ status: 410 });
    expect((await openLink(db, token)).answers.size).toBe(0);
  });

  it('carries the contact’s traits, never the guide, and one invitation per contact and survey', async () => {
    const world = await contactWorld(server);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    const saved = await postContact(app, world.guide, contactBody(world.unitTopic.id, { channel: 'email' }));
    expect(saved.statusCode, saved.body).toBe(201);
    const contactId = saved.json<{ id: string }>().id;
    const s = await survey(manager);
    await link(manager, s.id, contactId);
    const [row] = await db.transaction((c) =>
      c.query<{ channel: string; topic_id: string; unit_id: string; need: string; resolution: string }>(
        `SELECT channel, topic_id, unit_id, need, resolution FROM survey_invitations WHERE contact_id = $1`,
        [contactId],
      ),
    );
    expect(row).toEqual({
      channel: 'email',
      topic_id: world.unitTopic.id,
      unit_id: world.unit.id,
      need: 'want_to_know',
      resolution: 'resolved_self',
    });
    const again = await request(manager, 'POST', `/api/surveys/${s.id}/links`, { contactId });
    expect(again.statusCode).toBe(400);
  });
});

describe('the answer page', () => {
  it('walks through the questions, pre-selects the clicked grade without storing it, and thanks', async () => {
    const who = await signedInAs(server, ['manager']);
    const s = await survey(who, 'skr_phone');
    const token = await link(who, s.id);
    const first = await app.inject({ method: 'GET', url: `/e/${token}?v=5` });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('text/html');
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(first.body).toContain('<html lang="sv">');
    expect(first.body).toContain('Fråga 1 av 4');
    expect(first.body).toMatch(/value="5" checked/);
    expect(first.body).not.toContain('<script');
    expect((await openLink(db, token)).answers.size).toBe(0);

    const form = (body: string) =>
      app.inject({
        method: 'POST',
        url: `/e/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      });
    const saved = await form('question=ease&value=5');
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/e/${token}?q=treatment`);
    const missing = await form('question=treatment');
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('role="alert"');
    expect((await form('question=treatment&value=9')).statusCode).toBe(400);
    expect((await form('question=treatment&value=4')).headers.location).toBe(`/e/${token}?q=case_category`);
    expect((await form('question=case_category&skip=1')).headers.location).toBe(`/e/${token}?q=comment`);
    expect((await form('question=comment&value=Tack+f%C3%B6r+hj%C3%A4lpen')).headers.location).toBe(
      `/e/${token}?done=1`,
    );
    const thanks = await app.inject({ method: 'GET', url: `/e/${token}?done=1` });
    expect(thanks.body).toContain('Tack för dina svar!');
    const english = await app.inject({ method: 'GET', url: `/e/${token}?q=ease&lang=en` });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Question 1 of 4');
    expect((await openLink(db, token)).answers).toEqual(
      new Map<string, unknown>([
        ['ease', 5],
        ['treatment', 4],
        ['comment', 'Tack för hjälpen'],
      ]),
    );
  });

  it('gives kind pages for unknown and expired links', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/e/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Länken hittades inte');
    const who = await signedInAs(server, ['manager']);
    const s = await survey(who);
    const token = await link(who, s.id);
    await request(who, 'PATCH', `/api/surveys/${s.id}`, { status: 'closed' });
    const closed = await app.inject({ method: 'GET', url: `/e/${token}` });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('Enkäten är stängd');
    const css = await app.inject({ method: 'GET', url: '/e/answer.css' });
    expect(css.headers['content-type']).toContain('text/css');
  });
});

describe('results', () => {
  it('gives the response rate and each question and dimension, hand-worked, whole and per channel', async () => {
    const world = await contactWorld(server);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    const s = await survey(manager, 'skr_phone');
    const channels = ['phone', 'phone', 'email', 'phone'];
    const tokens: string[] = [];
    for (const channel of channels) {
      const saved = await postContact(app, world.guide, contactBody(world.topic.id, { channel }));
      tokens.push(await link(manager, s.id, saved.json<{ id: string }>().id));
    }
    await answer(tokens[0]!, 'ease', 5);
    await answer(tokens[0]!, 'treatment', 4);
    await answer(tokens[1]!, 'ease', 3);
    await answer(tokens[1]!, 'treatment', 5);
    await answer(tokens[2]!, 'ease', 4);
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const res = await request(
      manager,
      'GET',
      `/api/surveys/${s.id}/results?from=${from}&to=${today}&by=channel`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      responseRate: { delivered: number; answered: number; rate: number };
      results: {
        respondents: number;
        questions: { key: string; result?: { n: number; mean: number; index: number; satisfied: number } }[];
        dimensions: { dimension: string; result: { n: number; mean: number } }[];
      };
      groups: { key: string; responseRate: { delivered: number; answered: number } }[];
      national: { question: string; index: number }[];
    }>();
    // 4 delivered, 3 answered; ease 5, 3, 4: mean 4, index 75, 2 satisfied; treatment 4, 5: mean 4.5, index 87.5.
    expect(body.responseRate).toMatchObject({ delivered: 4, answered: 3, rate: 0.75 });
    expect(body.results.respondents).toBe(3);
    expect(body.results.questions.find((q) => q.key === 'ease')!.result).toMatchObject({
      n: 3,
      mean: 4,
      index: 75,
      satisfied: 2,
    });
    expect(body.results.questions.find((q) => q.key === 'treatment')!.result).toMatchObject({
      n: 2,
      mean: 4.5,
      index: 87.5,
    });
    expect(body.results.dimensions.map((d) => [d.dimension, d.result.n, d.result.mean])).toEqual([
      ['enkelhet', 3, 4],
      ['bemotande', 2, 4.5],
    ]);
    expect(body.groups.map((g) => [g.key, g.responseRate.delivered, g.responseRate.answered])).toEqual([
      ['email', 1, 1],
      ['phone', 3, 2],
    ]);
    expect(body.national).toEqual([
      { question: 'treatment', index: 83.8 },
      { question: 'ease', index: 74.9 },
    ]);
    const guide = await request(world.guide, 'GET', `/api/surveys/${s.id}/results?from=${from}&to=${today}`);
    expect(guide.statusCode).toBe(403);
    const backwards = await request(manager, 'GET', `/api/surveys/${s.id}/results?from=${today}&to=${from}`);
    expect(backwards.statusCode).toBe(400);
  });
});

describe('results of conditional questions', () => {
  it('count an answer only where its question was asked', async () => {
    const manager = await signedInAs(server, ['manager']);
    const s = await survey(manager, 'skr_email');
    const [a, b, c] = [await link(manager, s.id), await link(manager, s.id), await link(manager, s.id)];
    await answer(a, 'got_answer', 'yes');
    await answer(a, 'ease', 5);
    await answer(b, 'got_answer', 'yes');
    await answer(b, 'ease', 3);
    await answer(b, 'got_answer', 'no');
    await answer(c, 'got_answer', 'no');
    const today = new Date().toISOString().slice(0, 10);
    const res = await request(manager, 'GET', `/api/surveys/${s.id}/results?from=${today}&to=${today}`);
    const body = res.json<{
      responseRate: { delivered: number; answered: number };
      results: {
        respondents: number;
        questions: {
          key: string;
          result?: { n: number; mean: number };
          choices?: { key: string; count: number }[];
        }[];
      };
    }>();
    expect(body.responseRate).toMatchObject({ delivered: 3, answered: 3 });
    expect(body.results.respondents).toBe(3);
    expect(body.results.questions.find((q) => q.key === 'ease')!.result).toMatchObject({ n: 1, mean: 5 });
    expect(body.results.questions.find((q) => q.key === 'got_answer')!.choices).toEqual([
      expect.objectContaining({ key: 'yes', count: 1 }),
      expect.objectContaining({ key: 'no', count: 2 }),
    ]);
  });
});

describe('Min återkoppling', () => {
  it("shows a guide the answers to their own contacts, and nobody else's", async () => {
    const world = await contactWorld(server);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    const other = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    const s = await survey(manager, 'skr_email');
    const saved = await postContact(app, world.guide, contactBody(world.topic.id, { channel: 'email' }));
    const token = await link(manager, s.id, saved.json<{ id: string }>().id);
    await answer(token, 'got_answer', 'yes');
    await answer(token, 'ease', 4);
    await answer(token, 'case_category', 'building');
    const mine = await request(world.guide, 'GET', '/api/surveys/my-feedback');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({
      items: [
        {
          channel: 'email',
          topicName: 'Bygglov',
          surveyName: 'Servicemätning e-post',
          answers: [
            { question: 'Har du fått återkoppling eller svar på din fråga?', value: 'yes' },
            { question: 'Det var enkelt att få hjälp med mitt ärende.', value: 4 },
            { question: 'Vad gällde din fråga?', value: 'Bygga och bo' },
          ],
        },
      ],
    });
    expect((await request(other, 'GET', '/api/surveys/my-feedback')).json()).toEqual({ items: [] });
    expect((await request(manager, 'GET', '/api/surveys/my-feedback')).statusCode).toBe(403);
  });
});
