/**
 * The invitation path end to end on the server (issue #15): a guide logs a contact and gives the
 * citizen's address; a run decides and sends through a real SMTP server on loopback; the mail's
 * one-click link opens the answer page with the grade chosen; the address is gone once the last
 * message has gone; quarantine, reminders and bounces as docs/metrics.md says.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { contactBody, contactWorld, postContact, type ContactWorld } from '../../test/contacts.js';
import { mailHeader, mailPart, startMailServer } from '../../test/mail-server.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { createMailer } from '../signals/mailer.js';
import { openLink } from './answer-survey.js';
import { runSurveys } from './run-surveys.js';

const server = await testServer();
const { app, db } = server;
const mail = await startMailServer();
const mailer = createMailer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' })!;
const PUBLIC = 'https://lots.example.se';
const ALL_DAY = {
  email: { fromMinute: 0, toMinute: 1440, days: 'every_day' },
  sms: { fromMinute: 0, toMinute: 1440, days: 'every_day' },
};

afterAll(async () => {
  mailer.close();
  await mail.close();
});

async function world(rules: Record<string, unknown> = {}, change: Record<string, unknown> = {}) {
  const w = await contactWorld(server);
  const manager = await signedInAs(server, ['manager'], { tenant: w.guide.tenant });
  const created = await app.inject({
    method: 'POST',
    url: '/api/surveys',
    headers: manager.headers,
    payload: { template: 'after_contact' },
  });
  const survey = created.json<{ id: string; rules: Record<string, unknown> }>();
  const activated = await app.inject({
    method: 'PATCH',
    url: `/api/surveys/${survey.id}`,
    headers: manager.headers,
    // Send windows around the clock, so that the test does not depend on the hour it runs at.
    payload: {
      status: 'active',
      rules: { ...survey.rules, delayMinutes: 0, windows: ALL_DAY, ...rules },
      ...change,
    },
  });
  expect(activated.statusCode, activated.body).toBe(200);
  return { ...w, manager, surveyId: survey.id };
}

/** A phone contact now, and the address given for it; the contact's id. */
async function contactWithAddress(
  w: ContactWorld,
  address: string,
  guide: SignedIn = w.guide,
): Promise<string> {
  const saved = await postContact(
    app,
    guide,
    contactBody(w.topic.id, { startedAt: new Date(Date.now() - 600_000).toISOString() }),
  );
  expect(saved.statusCode, saved.body).toBe(201);
  const id = saved.json<{ id: string }>().id;
  const given = await app.inject({
    method: 'POST',
    url: `/api/contacts/${id}/survey-address`,
    headers: guide.headers,
    payload: { address },
  });
  expect(given.statusCode, given.body).toBe(202);
  return id;
}

const count = async (sql: string, params: unknown[]) =>
  (await db.transaction((c) => c.query<{ n: number }>(sql, params)))[0]!.n;

describe('an invitation after a contact', () => {
  it('goes out by e-mail with one-click grades, and the address is deleted after it', async () => {
    const w = await world();
    const address = `anna.${Date.now()}@example.se`;
    const contactId = await contactWithAddress(w, address);
    expect(
      await count('SELECT count(*)::int AS n FROM contact_survey_addresses WHERE contact_id = $1', [
        contactId,
      ]),
    ).toBe(1);

    const [run] = await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: w.guide.tenant.id });
    expect(run).toMatchObject({ error: null, planned: { invited: 1 }, sent: { sent: 1, bounced: 0 } });
    const received = mail.received.find((m) => m.to.includes(address));
    expect(received).toBeDefined();
    const body = mailPart(received!.raw, 'text/plain');
    const links = [
      ...body.matchAll(/https:\/\/lots\.example\.se\/e\/([A-Za-z0-9_-]{22})\?q=overall&v=(\d)/g),
    ];
    expect(links.map((l) => l[2])).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5']));
    const token = links[0]![1]!;

    // Nothing personal is kept: no address in the contact's tables, and the token only in the mail.
    expect(await count('SELECT count(*)::int AS n FROM contact_survey_addresses', [])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM survey_addresses WHERE address = $1', [address])).toBe(
      0,
    );

    const page = await app.inject({ method: 'GET', url: `/e/${token}?q=overall&v=4` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/value="4" checked/);
    const saved = await app.inject({
      method: 'POST',
      url: `/e/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'question=overall&value=4',
    });
    expect(saved.statusCode).toBe(303);
    expect((await openLink(db, token)).answers.get('overall')).toBe(4);
  });

  it('asks an address once in the quarantine, whichever contact it comes with', async () => {
    const w = await world();
    const address = '070-555 12 34';
    await contactWithAddress(w, 'anders@example.se');
    const first = await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: w.guide.tenant.id });
    expect(first[0]!.planned!.invited).toBe(1);
    // Text messages need a provider, not configured here: the address is decided and deleted at once.
    await contactWithAddress(w, address);
    const sms = await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: w.guide.tenant.id });
    expect(sms[0]!.planned).toMatchObject({ invited: 0, notInvited: { no_sender: 1 } });
    await contactWithAddress(w, 'Anders@Example.se');
    const again = await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: w.guide.tenant.id });
    expect(again[0]!.planned).toMatchObject({ invited: 0, notInvited: { quarantine: 1 } });
    expect(await count('SELECT count(*)::int AS n FROM contact_survey_addresses', [])).toBe(0);
    const keys = await db.transaction((c) =>
      c.query<{ address_hash: string }>('SELECT address_hash FROM survey_quarantine'),
    );
    expect(
      keys.every((k) => /^[0-9a-f]{64}$/.test(k.address_hash) && !k.address_hash.includes('anders')),
    ).toBe(true);
  });

  it('sends one reminder to those who have not answered, then lets the address go', async () => {
    const w = await world({}, { reminderAfterDays: 3 });
    const address = `bo.${Date.now()}@example.se`;
    await contactWithAddress(w, address);
    await runSurveys({ db, mailer, publicUrl: PUBLIC, tenantId: w.guide.tenant.id });
    expect(await count('SELECT count(*)::int AS n FROM survey_addresses WHERE address = $1', [address])).toBe(
      1,
    );
    const twoDays = await runSurveys({
      db,
      mailer,
      publicUrl: PUBLIC,
      tenantId: w.guide.tenant.id,
      now: new Date(Date.now() + 2 * 86_400_000),
    });
    expect(twoDays[0]!.sent!.reminders).toBe(0);
    const fourDays = await runSurveys({
      db,
      mailer,
      publicUrl: PUBLIC,
      tenantId: w.guide.tenant.id,
      now: new Date(Date.now() + 4 * 86_400_000),
    });
    expect(fourDays[0]!.sent).toMatchObject({ reminders: 1, addressesDeleted: 1 });
    const mails = mail.received.filter((m) => m.to.includes(address));
    expect(mails).toHaveLength(2);
    expect(mailHeader(mails[1]!.raw, 'subject')).toMatch(/^Påminnelse: Hur var din kontakt med /);
    expect(mailPart(mails[0]!.raw, 'text/plain')).toContain('Länken gäller till och med');
  });

  it('refuses a bad address, another guide’s contact and an unknown contact', async () => {
    const w = await world();
    const saved = await postContact(app, w.guide, contactBody(w.topic.id));
    const id = saved.json<{ id: string }>().id;
    const give = (who: SignedIn, contactId: string, address: string) =>
      app.inject({
        method: 'POST',
        url: `/api/contacts/${contactId}/survey-address`,
        headers: who.headers,
        payload: { address },
      });
    const landline = await give(w.guide, id, '08-123 456 78');
    expect(landline.statusCode).toBe(400);
    expect(landline.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('not_a_mobile_number');
    const other = await signedInAs(server, ['guide'], { tenant: w.guide.tenant });
    expect((await give(other, id, 'x@example.se')).statusCode).toBe(404);
    expect((await give(w.guide, '00000000-0000-4000-8000-000000000000', 'x@example.se')).statusCode).toBe(
      404,
    );
    expect((await give(w.manager, id, 'x@example.se')).statusCode).toBe(403);
  });
});

describe('a refused address', () => {
  it('marks the invitation bounced (not delivered) and deletes the address', async () => {
    const refusing = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onRcptTo(_address, _session, callback) {
        const error = new Error('No such user') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.server.address() as AddressInfo).port;
    const refusingMailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Lots <lots@example.se>',
    })!;
    try {
      const w = await world();
      await contactWithAddress(w, 'nobody@example.se');
      const [run] = await runSurveys({
        db,
        mailer: refusingMailer,
        publicUrl: PUBLIC,
        tenantId: w.guide.tenant.id,
      });
      expect(run!.sent).toMatchObject({ sent: 0, bounced: 1, addressesDeleted: 1 });
      expect(
        await count(
          'SELECT count(*)::int AS n FROM survey_invitations WHERE survey_id = $1 AND bounced_at IS NOT NULL',
          [w.surveyId],
        ),
      ).toBe(1);
    } finally {
      refusingMailer.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
