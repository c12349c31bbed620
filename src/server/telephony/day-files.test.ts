import { describe, expect, it } from 'vitest';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app } = server;

const post = (who: SignedIn | null, url: string, body: string) =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...(who?.headers ?? {}), 'content-type': 'text/csv' },
    payload: body,
  });

type Report = { measures: { measure: string; rows: { key: string; cells: { value: number | null }[] }[] }[] };
async function value(who: SignedIn, measure: string, key: string) {
  const res = await app.inject({
    method: 'GET',
    url: '/api/reports/weekly?from=2026-W10&to=2026-W10',
    headers: who.headers,
  });
  return res
    .json<Report>()
    .measures.find((m) => m.measure === measure)
    ?.rows.find((r) => r.key === key)?.cells[0]?.value;
}

describe('POST /api/telephony/visitors.csv', () => {
  it('401 without a session', async () => {
    expect((await post(null, '/api/telephony/visitors.csv', 'datum;besökare\n')).statusCode).toBe(401);
  });

  it('imports the days, replaces a day sent again, and the report shows them as counted', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await post(
      manager,
      '/api/telephony/visitors.csv',
      'datum;besökare\n2026-03-02;40\n2026-03-03;25\n',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ days: 2, firstDay: '2026-03-02' });
    await post(manager, '/api/telephony/visitors.csv', 'datum;besökare\n2026-03-03;27\n');
    expect(await value(manager, 'visitors', 'week')).toBe(67);
  });

  it('422 with the line and column, nothing saved', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await post(
      manager,
      '/api/telephony/visitors.csv',
      'datum;besökare\n2026-03-02;40\n2026-03-03;många\n',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        pointer: '/file/line/3',
        detail: expect.stringContaining('besökare: "många"'),
      }),
    ]);
    expect(await value(manager, 'visitors', 'monday')).toBe(0);
  });
});

describe('POST /api/telephony/emails.csv', () => {
  // Monday 2 March 2026, working day 08:00-17:00.
  const FILE = [
    'id;mottaget;besvarat',
    // 08:15 -> 10:00 the same day: 1 h 45 min, within.
    'm1;2026-03-02 08:15;2026-03-02 10:00',
    // 16:30 -> Tuesday 16:00: 0.5 h + 8 h = 8.5 h, within.
    'm2;2026-03-02 16:30;2026-03-03 16:00',
    // 09:00 -> Wednesday 09:00: 8 h + 9 h + 1 h = 18 h, late.
    'm3;2026-03-02 09:00;2026-03-04 09:00',
  ].join('\n');

  it('measures answered within one working day by working hours: 2 of 3 on Monday (hand-worked)', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const res = await post(admin, '/api/telephony/emails.csv?source=Brevl%C3%A5dan', FILE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 3, imported: 3, answeredSince: 0, duplicates: 0 });
    expect(await value(admin, 'emailsDue', 'monday')).toBe(3);
    expect(await value(admin, 'emailsWithinShare', 'monday')).toBeCloseTo(2 / 3, 12);
    const again = await post(admin, '/api/telephony/emails.csv?source=Brevl%C3%A5dan', FILE);
    expect(again.json()).toEqual({ rows: 3, imported: 0, answeredSince: 0, duplicates: 3 });
  });

  it('a closed day added later counts out of the working time: with Tuesday closed, m3 takes 8 h + 1 h = 9 h, within', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await post(admin, '/api/telephony/emails.csv', FILE);
    const closed = await app.inject({
      method: 'POST',
      url: '/api/telephony/closed-days',
      headers: admin.headers,
      payload: { day: '2026-03-03', reason: 'Flytt av kontaktcenter' },
    });
    expect(closed.statusCode).toBe(201);
    expect(await value(admin, 'emailsWithinShare', 'monday')).toBe(1);
    await app.inject({
      method: 'DELETE',
      url: '/api/telephony/closed-days/2026-03-03',
      headers: admin.headers,
    });
    expect(await value(admin, 'emailsWithinShare', 'monday')).toBeCloseTo(2 / 3, 12);
  });

  it('an e-mail answered after its first import gets its answer; 403 for a guide', async () => {
    const admin = await signedInAs(server, ['administrator']);
    await post(admin, '/api/telephony/emails.csv', 'id;mottaget;besvarat\nx;2026-03-02 09:00;\n');
    const later = await post(
      admin,
      '/api/telephony/emails.csv',
      'id;mottaget;besvarat\nx;2026-03-02 09:00;2026-03-02 11:00\n',
    );
    expect(later.json()).toMatchObject({ answeredSince: 1 });
    const guide = await signedInAs(server, ['guide']);
    expect((await post(guide, '/api/telephony/emails.csv', 'id;mottaget\n')).statusCode).toBe(403);
  });
});

describe('e-mails from contact logging', () => {
  it('an e-mail contact may say when the e-mail came in; no other channel, and never after the contact', async () => {
    const world = await contactWorld(server);
    const at = (iso: string) => new Date(iso).toISOString();
    const started = new Date(Date.now() - 60_000);
    const received = new Date(started.getTime() - 2 * 3_600_000);
    const ok = await postContact(
      app,
      world.guide,
      contactBody(world.topic.id, {
        channel: 'email',
        startedAt: at(started.toISOString()),
        receivedAt: received.toISOString(),
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().receivedAt).toBe(received.toISOString());
    const phone = await postContact(
      app,
      world.guide,
      contactBody(world.topic.id, { receivedAt: received.toISOString() }),
    );
    expect(phone.statusCode).toBe(400);
    expect(phone.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/receivedAt', code: 'only_for_email' }),
    ]);
    const after = await postContact(
      app,
      world.guide,
      contactBody(world.topic.id, {
        channel: 'email',
        receivedAt: new Date(Date.now() + 60_000).toISOString(),
      }),
    );
    expect(after.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/receivedAt', code: 'after_start' }),
    ]);
  });

  it('where no mailbox export covers a day, the report counts e-mail contacts by day of receipt', async () => {
    const world = await contactWorld(server);
    const manager = await signedInAs(server, ['manager'], { tenant: world.guide.tenant });
    // Logged on Monday 2 March 2026 (bulk intake: the guide's screen takes only the last month).
    const admin = await signedInAs(server, ['administrator'], { tenant: world.guide.tenant });
    const email = (i: number, receivedAt: string, startedAt: string) => ({
      ...contactBody(world.topic.id, { channel: 'email', startedAt, receivedAt }),
      externalId: `mail-${i}`,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: admin.headers,
      payload: {
        source: 'Funktionsbrevlådan',
        contacts: [
          // 08:00 -> 09:00 local: 1 working hour, within.
          email(1, '2026-03-02T07:00:00Z', '2026-03-02T08:00:00Z'),
          // 10:00 Monday -> 12:00 Wednesday: 7 + 9 + 4 = 20 working hours, late.
          email(2, '2026-03-02T09:00:00Z', '2026-03-04T11:00:00Z'),
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await value(manager, 'emailsDue', 'monday')).toBe(2);
    expect(await value(manager, 'emailsWithinShare', 'monday')).toBe(0.5);
  });
});
