/**
 * Synpunkter through the API (issue #17): registered by a guide from a contact with its fields
 * prefilled, registration numbers per tenant and year without gaps, deadlines in working days,
 * personal identity numbers flagged, contact details never in lists and only for handlers, who
 * sees what, the states and their history, the answer e-mailed over SMTP, the improvement link.
 */
import { describe, expect, it } from 'vitest';
import { contactBody, contactWorld, postContact, type ContactWorld } from '../../test/contacts.js';
import { startMailServer, mailHeader } from '../../test/mail-server.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { registerComplaint, type RegisterInput } from './register-complaint.js';

const mail = await startMailServer();
const server = await testServer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' });
const { app, db } = server;

type Method = 'GET' | 'POST' | 'PUT';
const request = (who: SignedIn, method: Method, url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

async function register(who: SignedIn, body: Record<string, unknown>): Promise<{ id: string; registrationNumber: string }> {
  const res = await request(who, 'POST', '/api/complaints', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function contactOf(world: ContactWorld, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await postContact(app, world.guide, contactBody(world.unitTopic.id, { need: 'opinion', ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

interface CaseJson {
  id: string;
  registrationNumber: string;
  channel: string;
  topicId: string | null;
  unitId: string | null;
  receivedAt: string;
  receivedDay: string;
  acknowledgeBy: string;
  answerBy: string;
  personalData: string[];
  state: string;
  hasContactDetails: boolean;
  contact?: unknown;
}

describe('registering', () => {
  it("from a contact: the contact's channel, time, topic and owning unit prefilled; numbered SYN year/1, /2", async () => {
    const world = await contactWorld(server);
    const startedAt = new Date(Date.now() - 120_000).toISOString();
    const contactId = await contactOf(world, { channel: 'visit', startedAt });
    const first = await register(world.guide, {
      type: 'complaint',
      categories: ['too_slow'],
      contactId,
      body: 'Bygglovet har tagit tre månader.',
    });
    const one = await request(world.guide, 'GET', `/api/complaints/${first.id}`);
    expect(one.statusCode, one.body).toBe(200);
    const json = one.json<CaseJson>();
    expect(json).toMatchObject({
      channel: 'visit',
      topicId: world.unitTopic.id,
      unitId: world.unit.id,
      receivedAt: startedAt,
      state: 'received',
    });
    const year = json.receivedDay.slice(0, 4);
    expect(first.registrationNumber).toBe(`SYN ${year}/1`);
    const second = await register(world.guide, { type: 'praise', body: 'Trevligt bemötande i receptionen.' });
    expect(second.registrationNumber).toBe(`SYN ${year}/2`);
    // Without a contact: the channel is 'other' until the guide says; the topic gives the unit.
    const third = await register(world.guide, { type: 'suggestion', body: 'Förslag', topicId: world.topic.id, channel: 'phone' });
    expect((await request(world.guide, 'GET', `/api/complaints/${third.id}`)).json()).toMatchObject({
      channel: 'phone',
      unitId: world.department.id,
    });
    const unknownContact = await request(world.guide, 'POST', '/api/complaints', {
      type: 'complaint',
      body: 'T',
      contactId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownContact.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['complaint_contact_unknown']);
    // Another guide's contact is not this guide's to register from; unknown topics and units are refused.
    const otherGuide = await signedInAs(server, ['guide'], { tenant: world.guide.tenant });
    const notMine = await request(otherGuide, 'POST', '/api/complaints', { type: 'complaint', body: 'T', contactId });
    expect(notMine.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['complaint_contact_unknown']);
    const nowhere = await request(world.guide, 'POST', '/api/complaints', {
      type: 'complaint',
      body: 'T',
      topicId: '00000000-0000-4000-8000-000000000001',
      unitId: '00000000-0000-4000-8000-000000000002',
    });
    expect(nowhere.statusCode).toBe(400);
    for (const receivedAt of ['1999-12-31T12:00:00Z', new Date(Date.now() + 3_600_000).toISOString()]) {
      const when = await request(world.guide, 'POST', '/api/complaints', { type: 'complaint', body: 'T', receivedAt });
      expect(when.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual(['complaint_received_at_out_of_range']);
    }
    const badCursor = Buffer.from(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`).toString('base64url');
    expect((await request(world.guide, 'GET', `/api/complaints?cursor=${badCursor}`)).statusCode).toBe(400);
    expect(nowhere.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual([
      'complaint_topic_unknown',
      'complaint_unit_unknown',
    ]);
  });

  it("numbers per tenant and year; a registration rolled back gives its number back (no gaps)", async () => {
    const world = await contactWorld(server);
    const other = await contactWorld(server);
    const at = (day: string) => `${day}T10:00:00.000Z`;
    const a1 = await register(world.guide, { type: 'question', body: 'Fråga 1', receivedAt: at('2025-12-30') });
    const a2 = await register(world.guide, { type: 'question', body: 'Fråga 2', receivedAt: at('2026-01-07') });
    const b1 = await register(other.guide, { type: 'question', body: 'Fråga B', receivedAt: at('2026-01-07') });
    expect([a1.registrationNumber, a2.registrationNumber, b1.registrationNumber]).toEqual([
      'SYN 2025/1',
      'SYN 2026/1',
      'SYN 2026/1',
    ]);
    const input: RegisterInput = {
      type: 'complaint',
      categories: [],
      topicId: null,
      unitId: null,
      channel: 'phone',
      receivedAt: new Date(at('2026-01-08')),
      // Past the table's CHECK (8,000): fails at the insert, after the counter was moved.
      body: 'x'.repeat(8001),
      anonymous: true,
      wantsAnswer: false,
      language: 'sv',
      contactId: null,
      contact: null,
      formNonce: null,
    };
    await expect(registerComplaint({ db, tenantId: world.guide.tenant.id, userId: world.guide.user.id, input })).rejects.toThrow();
    const a3 = await register(world.guide, { type: 'question', body: 'Fråga 3', receivedAt: at('2026-01-08') });
    expect(a3.registrationNumber).toBe('SYN 2026/2');
    const parallel = await Promise.all(
      [1, 2, 3, 4].map((i) => register(world.guide, { type: 'question', body: `P${i}`, receivedAt: at('2026-01-08') })),
    );
    expect(parallel.map((p) => p.registrationNumber).sort()).toEqual([
      'SYN 2026/3',
      'SYN 2026/4',
      'SYN 2026/5',
      'SYN 2026/6',
    ]);
  });

  it("counts deadlines over the tenant's own closed days, and per its local day", async () => {
    const world = await contactWorld(server);
    await db.transaction((c) =>
      c.query(
        `INSERT INTO closed_days (tenant_id, day, reason, created_by_user_id) VALUES ($1, '2026-03-10', 'Personaldag', $2)`,
        [world.guide.tenant.id, world.guide.user.id],
      ),
    );
    // 23:30 UTC on Sunday 8 March is 00:30 on Monday 9 March in Stockholm.
    const c = await register(world.guide, { type: 'complaint', body: 'Sent', receivedAt: '2026-03-08T23:30:00Z' });
    const one = (await request(world.guide, 'GET', `/api/complaints/${c.id}`)).json<CaseJson>();
    // Tuesday 10 closed: 11, 12, 13, 16, 17.
    expect(one).toMatchObject({ receivedDay: '2026-03-09', acknowledgeBy: '2026-03-11', answerBy: '2026-03-17' });
  });

  it('flags personal identity numbers in the text; refuses contradictions and unknown categories field by field', async () => {
    const world = await contactWorld(server);
    const c = await register(world.guide, { type: 'complaint', body: 'Mitt personnummer är 19121212-1212, ring mig.' });
    const one = (await request(world.guide, 'GET', `/api/complaints/${c.id}`)).json<CaseJson>();
    expect(one.personalData).toEqual(['personal_identity_number']);
    const bad = await request(world.guide, 'POST', '/api/complaints', {
      type: 'complaint',
      body: 'Text',
      anonymous: true,
      wantsAnswer: true,
      categories: ['not_delivered', 'no_such'],
      contact: { email: 'a@example.se' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { pointer: string; code: string }[] }>().errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/body/anonymous', 'complaint_anonymous_with_details'],
      ['/body/wantsAnswer', 'complaint_anonymous_answer'],
      ['/body/categories/1', 'complaint_category_unknown'],
    ]);
    const noAddress = await request(world.guide, 'POST', '/api/complaints', { type: 'complaint', body: 'T', wantsAnswer: true });
    expect(noAddress.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual([
      'complaint_answer_needs_address',
    ]);
    const categories = await request(world.guide, 'GET', '/api/complaints/categories');
    expect(categories.json<{ categories: { key: string }[] }>().categories.map((x) => x.key)).toEqual([
      'not_delivered',
      'not_understood',
      'too_slow',
      'no_contact',
      'rude',
      'competence',
    ]);
  });
});

describe('who sees what', () => {
  it('guides their own; department contacts their unit subtree; the contact centre all; contact details only for handlers', async () => {
    const world = await contactWorld(server);
    const tenant = world.guide.tenant;
    const otherGuide = await signedInAs(server, ['guide'], { tenant });
    const department = await signedInAs(server, [{ role: 'department_contact', unitId: world.department.id }], { tenant });
    const unitOnly = await signedInAs(server, [{ role: 'department_contact', unitId: world.unit.id }], { tenant });
    const developer = await signedInAs(server, ['quality_developer'], { tenant });
    const contact = { name: 'Anna Svensson', email: 'anna@example.se' };
    const inUnit = await register(world.guide, { type: 'complaint', body: 'Faktura fel', topicId: world.unitTopic.id, contact, wantsAnswer: true });
    const inDepartment = await register(otherGuide, { type: 'complaint', body: 'Bygglov', topicId: world.topic.id });
    const ids = async (who: SignedIn) =>
      (await request(who, 'GET', '/api/complaints')).json<{ cases: CaseJson[] }>().cases.map((c) => c.id).sort();
    expect(await ids(world.guide)).toEqual([inUnit.id]);
    expect(await ids(otherGuide)).toEqual([inDepartment.id]);
    expect(await ids(department)).toEqual([inUnit.id, inDepartment.id].sort());
    expect(await ids(unitOnly)).toEqual([inUnit.id]);
    expect(await ids(developer)).toEqual([inUnit.id, inDepartment.id].sort());

    const list = await request(developer, 'GET', '/api/complaints');
    expect(list.body).not.toContain('anna@example.se');
    expect(list.body).not.toContain('Anna Svensson');
    expect(list.json<{ cases: CaseJson[] }>().cases.find((c) => c.id === inUnit.id)?.hasContactDetails).toBe(true);

    const asGuide = (await request(world.guide, 'GET', `/api/complaints/${inUnit.id}`)).json<CaseJson>();
    expect(asGuide.contact).toBeNull();
    const asHandler = (await request(unitOnly, 'GET', `/api/complaints/${inUnit.id}`)).json<CaseJson>();
    expect(asHandler.contact).toEqual({ name: 'Anna Svensson', email: 'anna@example.se', phone: null, postalAddress: null });
    expect((await request(otherGuide, 'GET', `/api/complaints/${inUnit.id}`)).statusCode).toBe(404);
    expect((await request(unitOnly, 'GET', `/api/complaints/${inDepartment.id}`)).statusCode).toBe(404);
    // The guide sees the case but may not handle it; another tenant sees nothing.
    expect((await request(world.guide, 'POST', `/api/complaints/${inUnit.id}/state`, { state: 'in_progress' })).statusCode).toBe(403);
    const stranger = await signedInAs(server, ['quality_developer']);
    expect((await request(stranger, 'GET', `/api/complaints/${inUnit.id}`)).statusCode).toBe(404);
    expect(await ids(stranger)).toEqual([]);
  });

  it('filters by type, category, unit, topic, channel, state and period, a page at a time', async () => {
    const world = await contactWorld(server);
    const developer = await signedInAs(server, ['quality_developer'], { tenant: world.guide.tenant });
    const day = (d: string) => `${d}T10:00:00.000Z`;
    const made = [];
    for (const [i, d] of ['2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05', '2026-02-06'].entries())
      made.push(
        await register(world.guide, {
          type: i % 2 === 0 ? 'complaint' : 'praise',
          categories: i === 0 ? ['rude'] : [],
          channel: i === 4 ? 'email' : 'phone',
          topicId: i < 2 ? world.unitTopic.id : world.topic.id,
          body: `Nr ${i}`,
          receivedAt: day(d),
        }),
      );
    const numbers = async (query: string) =>
      (await request(developer, 'GET', `/api/complaints?${query}`)).json<{ cases: { registrationNumber: string }[] }>().cases.map(
        (c) => c.registrationNumber,
      );
    expect(await numbers('')).toEqual(['SYN 2026/5', 'SYN 2026/4', 'SYN 2026/3', 'SYN 2026/2', 'SYN 2026/1']);
    expect(await numbers('type=praise')).toEqual(['SYN 2026/4', 'SYN 2026/2']);
    expect(await numbers('category=rude')).toEqual(['SYN 2026/1']);
    expect(await numbers(`unitId=${world.unit.id}`)).toEqual(['SYN 2026/2', 'SYN 2026/1']);
    expect(await numbers(`unitId=${world.department.id}`)).toHaveLength(5);
    expect(await numbers(`topicId=${world.topic.id}`)).toEqual(['SYN 2026/5', 'SYN 2026/4', 'SYN 2026/3']);
    expect(await numbers('channel=email')).toEqual(['SYN 2026/5']);
    expect(await numbers('from=2026-02-03&to=2026-02-04')).toEqual(['SYN 2026/3', 'SYN 2026/2']);
    await request(developer, 'POST', `/api/complaints/${made[2]!.id}/state`, { state: 'in_progress' });
    expect(await numbers('state=in_progress')).toEqual(['SYN 2026/3']);
    const page1 = (await request(developer, 'GET', '/api/complaints?limit=2')).json<{ cases: { registrationNumber: string }[]; nextCursor: string }>();
    expect(page1.cases.map((c) => c.registrationNumber)).toEqual(['SYN 2026/5', 'SYN 2026/4']);
    const page2 = (await request(developer, 'GET', `/api/complaints?limit=2&cursor=${page1.nextCursor}`)).json<{
      cases: { registrationNumber: string }[];
      nextCursor: string;
    }>();
    expect(page2.cases.map((c) => c.registrationNumber)).toEqual(['SYN 2026/3', 'SYN 2026/2']);
    const page3 = (await request(developer, 'GET', `/api/complaints?limit=2&cursor=${page2.nextCursor}`)).json<{
      cases: unknown[];
      nextCursor: string | null;
    }>();
    expect(page3).toMatchObject({ nextCursor: null });
    expect(page3.cases).toHaveLength(1);
    expect((await request(developer, 'GET', '/api/complaints?cursor=bad')).statusCode).toBe(400);
  });
});

describe('handling', () => {
  it('moves along the allowed states only, each change in the history; records what was done when closing', async () => {
    const world = await contactWorld(server);
    const handler = await signedInAs(server, [{ role: 'department_contact', unitId: world.department.id }], {
      tenant: world.guide.tenant,
    });
    const c = await register(world.guide, { type: 'complaint', body: 'Soptunnan tömdes inte', topicId: world.unitTopic.id });
    const move = (body: Record<string, unknown>) => request(handler, 'POST', `/api/complaints/${c.id}/state`, body);
    expect((await move({ state: 'in_progress', note: 'Till renhållningen' })).statusCode).toBe(200);
    const back = await move({ state: 'received' });
    expect(back.statusCode).toBe(400);
    expect(back.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe('complaint_transition');
    expect((await move({ state: 'in_progress', measures: 'x' })).statusCode).toBe(400);
    const closed = await move({ state: 'closed', measures: 'Rutten för hämtning ändrad.' });
    expect(closed.json()).toMatchObject({ state: 'closed', measures: 'Rutten för hämtning ändrad.' });
    const reopened = await move({ state: 'reopened' });
    const json = reopened.json<{ state: string; closedAt: string | null; acknowledgedAt: string | null; history: { kind: string; fromState: string | null; toState: string | null; note: string | null; by: { id: string } | null }[] }>();
    expect(json).toMatchObject({ state: 'reopened', closedAt: null });
    expect(json.acknowledgedAt).not.toBeNull();
    expect(json.history.map((h) => [h.kind, h.fromState, h.toState, h.note])).toEqual([
      ['registered', null, 'received', null],
      ['state', 'received', 'in_progress', 'Till renhållningen'],
      ['state', 'in_progress', 'closed', null],
      ['state', 'closed', 'reopened', null],
    ]);
    expect(json.history[1]?.by?.id).toBe(handler.user.id);
  });

  it('writes the answer, which makes the case besvarad and goes to the citizen by e-mail over SMTP', async () => {
    const world = await contactWorld(server);
    const developer = await signedInAs(server, ['quality_developer'], { tenant: world.guide.tenant });
    const c = await register(world.guide, {
      type: 'complaint',
      body: 'Ingen svarade',
      contact: { email: 'svar@example.se' },
      wantsAnswer: true,
    });
    const before = mail.received.length;
    const answered = await request(developer, 'PUT', `/api/complaints/${c.id}/answer`, {
      text: 'Hej!\n\nVi har ändrat våra telefontider. Tack för att du hörde av dig.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toEqual({ mail: 'sent' });
    const sent = mail.received.slice(before);
    expect(sent.map((m) => m.to)).toEqual([['svar@example.se']]);
    expect(mailHeader(sent[0]!.raw, 'subject')).toBe(`Svar på din synpunkt ${c.registrationNumber}`);
    const one = (await request(developer, 'GET', `/api/complaints/${c.id}`)).json<{ state: string; answer: string; answerSentAt: string | null; history: { kind: string }[] }>();
    expect(one).toMatchObject({ state: 'answered', answer: 'Hej!\n\nVi har ändrat våra telefontider. Tack för att du hörde av dig.' });
    expect(one.answerSentAt).not.toBeNull();
    expect(one.history.map((h) => h.kind)).toEqual(['registered', 'answer', 'state', 'answer_sent']);
    // Anonymous: stored and answered, nothing to send to.
    const anonymous = await register(world.guide, { type: 'question', body: 'Anonym fråga', anonymous: true });
    const noMail = await request(developer, 'PUT', `/api/complaints/${anonymous.id}/answer`, { text: 'Svar' });
    expect(noMail.json()).toEqual({ mail: 'no_address' });
    expect(mail.received.length).toBe(before + 1);
  });

  it('links a case to an improvement on the board, and unlinks it', async () => {
    const world = await contactWorld(server);
    const developer = await signedInAs(server, ['quality_developer'], { tenant: world.guide.tenant });
    const [improvement] = await db.transaction((c) =>
      c.query<{ id: string }>(
        `INSERT INTO improvements (tenant_id, title, problem, owner_unit_id, topic_ids, baseline_from, baseline_to, baseline_weeks, created_by_user_id, updated_by_user_id)
         VALUES ($1, 'Tydligare faktura', 'Många förstår inte fakturan', $2, ARRAY[$3::uuid], '2026-01-05', '2026-02-02', '[]', $4, $4) RETURNING id`,
        [world.guide.tenant.id, world.department.id, world.unitTopic.id, developer.user.id],
      ),
    );
    const c = await register(world.guide, { type: 'complaint', body: 'Fakturan', categories: ['not_understood'] });
    const link = (improvementId: string | null) =>
      request(developer, 'PUT', `/api/complaints/${c.id}/improvement`, { improvementId });
    await register(world.guide, { type: 'complaint', body: 'Inte länkad' });
    expect((await link(improvement!.id)).statusCode).toBe(204);
    expect((await request(developer, 'GET', `/api/complaints/${c.id}`)).json()).toMatchObject({ improvementId: improvement!.id });
    // The improvement lists its synpunkter.
    const listed = await request(developer, 'GET', `/api/complaints?improvementId=${improvement!.id}`);
    expect(listed.json<{ cases: { id: string }[] }>().cases.map((x) => x.id)).toEqual([c.id]);
    const unknown = await link('00000000-0000-4000-8000-000000000000');
    expect(unknown.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe('complaint_improvement_unknown');
    expect((await link(null)).statusCode).toBe(204);
    expect((await request(developer, 'GET', `/api/complaints/${c.id}`)).json()).toMatchObject({ improvementId: null });
  });
});

describe('in the database', () => {
  const TABLES = [
    'complaint_categories',
    'complaint_contact_details',
    'complaint_counters',
    'complaint_events',
    'complaint_settings',
    'complaints',
  ];

  it('every complaint table has row-level security enabled and forced', async () => {
    const rows = await db.transaction((c) =>
      c.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname = ANY($1) ORDER BY relname`,
        [TABLES],
      ),
    );
    expect(rows).toEqual(TABLES.map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it("lots_app sees only its tenant's cases and contact details, cannot write another's, and cannot rewrite history", async () => {
    const a = await contactWorld(server);
    const b = await contactWorld(server);
    await register(a.guide, { type: 'complaint', body: 'A', contact: { email: 'a@example.se' } });
    const bCase = await register(b.guide, { type: 'complaint', body: 'B', contact: { email: 'b@example.se' } });
    const asA = <T>(fn: (c: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<T>) =>
      db.transaction(async (c) => {
        await c.exec('SET LOCAL ROLE lots_app');
        await c.query(`SELECT set_config('app.tenant', $1, true)`, [a.guide.tenant.id]);
        return fn(c);
      });
    const seen = await asA((c) =>
      c.query<{ body: string; email: string | null }>(
        'SELECT c.body, d.email FROM complaints c LEFT JOIN complaint_contact_details d ON d.tenant_id = c.tenant_id AND d.complaint_id = c.id',
      ),
    );
    expect(seen).toEqual([{ body: 'A', email: 'a@example.se' }]);
    const code = (p: Promise<unknown>) => p.then(() => 'no error', (e: { code?: string }) => e.code);
    expect(
      await code(
        asA((c) =>
          c.query(`INSERT INTO complaint_counters (tenant_id, year, last_number) VALUES ($1, 2026, 99)`, [b.guide.tenant.id]),
        ),
      ),
    ).toBe('42501');
    expect(await asA((c) => c.run(`UPDATE complaints SET body = 'x' WHERE id = $1`, [bCase.id]))).toBe(0);
    expect(await code(asA((c) => c.query(`UPDATE complaint_events SET note = 'x'`)))).toBe('42501');
    expect(await code(asA((c) => c.query(`DELETE FROM complaints`)))).toBe('42501');
  });
});
