/**
 * The public e-form at /s/<key> (issue #17), through real HTTP: the form, the time check, the
 * honeypot, validation in the citizen's language with everything typed kept and the first
 * invalid field focused, the receipt with the registration number (also by e-mail), a token
 * stored once however often it is sent, and the rate limit.
 */
import { describe, expect, it } from 'vitest';
import { mailHeader, mailPart, startMailServer } from '../../../test/mail-server.js';
import { createTenant } from '../../../test/factories.js';
import { signedInAs, testServer } from '../../../test/server.js';
import { openForm } from './submit-form.js';
import { FORM_POST_RATE_LIMIT } from './routes.js';

const mail = await startMailServer();
const server = await testServer({ smtpUrl: mail.url, mailFrom: 'Lots <lots@example.se>' });
const { app, db } = server;

/** A token handed out ten seconds ago (past the time check), as a citizen who typed would have. */
const tokenOf = async (key: string) => (await openForm(db, key, new Date(Date.now() - 10_000))).token;

let clientNumber = 1;
/** Each test posts from an address of its own, so the rate limit of one does not reach another. */
const nextAddress = () => `198.51.100.${clientNumber++}`;

function post(key: string, fields: Record<string, string>, address = nextAddress(), lang?: string) {
  return app.inject({
    method: 'POST',
    url: `/s/${key}${lang ? `?lang=${lang}` : ''}`,
    remoteAddress: address,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

async function complaintsOfTenant(tenantId: string) {
  return db.transaction((c) =>
    c.query<{ number: number; channel: string; anonymous: boolean; wants_answer: boolean; categories: string[]; language: string }>(
      'SELECT number, channel, anonymous, wants_answer, categories, language FROM complaints WHERE tenant_id = $1 ORDER BY number',
      [tenantId],
    ),
  );
}

describe('the public e-form', () => {
  it("is served at the municipality code and the tenant id, in Swedish or English, without scripts; 404 otherwise", async () => {
    const tenant = await createTenant(db);
    const page = await app.inject({ method: 'GET', url: `/s/${tenant.municipalityCode}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="sv">');
    expect(page.body).toContain('Lämna en synpunkt');
    expect(page.body).toContain('Jag förstår inte');
    expect(page.body).not.toContain('<script');
    expect(page.body).toMatch(/name="token" value="[0-9a-z]+\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}"/);
    const english = await app.inject({ method: 'GET', url: `/s/${tenant.id}?lang=en` });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Give feedback');
    expect((await app.inject({ method: 'GET', url: '/s/9999' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/s/not%20a%20key' })).statusCode).toBe(404);
    const css = await app.inject({ method: 'GET', url: '/s/form.css' });
    expect(css.headers['content-type']).toContain('text/css');
  });

  it('stores a synpunkt, sends the browser to the receipt with its number, and e-mails the receipt', async () => {
    const tenant = await createTenant(db);
    const key = tenant.municipalityCode;
    const before = mail.received.length;
    const res = await post(key, {
      token: await tokenOf(key),
      type: 'complaint',
      category: 'no_contact',
      body: 'Ingen svarar i telefon på bygglovsenheten.',
      name: 'Per Persson',
      email: 'per@example.se',
      phone: '',
      wantsAnswer: '1',
      website: '',
    });
    expect(res.statusCode, res.body).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(new RegExp(`^/s/${key}/receipt/[A-Za-z0-9_-]{22}$`));
    const receipt = await app.inject({ method: 'GET', url: location });
    expect(receipt.statusCode).toBe(200);
    const year = new Date().getFullYear();
    expect(receipt.body).toMatch(new RegExp(`SYN (${year}|${year + 1})/1`));
    expect(receipt.body).toContain('Du får svar senast');
    expect(await complaintsOfTenant(tenant.id)).toEqual([
      { number: 1, channel: 'e_form', anonymous: false, wants_answer: true, categories: ['no_contact'], language: 'sv' },
    ]);
    const sent = mail.received.slice(before);
    expect(sent.map((m) => m.to)).toEqual([['per@example.se']]);
    expect(mailHeader(sent[0]!.raw, 'subject')).toMatch(/^Vi har tagit emot din synpunkt SYN \d{4}\/1$/);
    expect(mailPart(sent[0]!.raw, 'text/plain')).toContain('Du får svar senast');
  });

  it('stores a token once: a double click or a retry shows the same receipt', async () => {
    const tenant = await createTenant(db);
    const key = tenant.municipalityCode;
    const fields = { token: await tokenOf(key), type: 'praise', body: 'Bra hjälp i receptionen!' };
    const address = nextAddress();
    const [a, b] = await Promise.all([post(key, fields, address), post(key, fields, address)]);
    const c = await post(key, fields, address);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([303, 303, 303]);
    expect(new Set([a.headers.location, b.headers.location, c.headers.location]).size).toBe(1);
    const rows = await complaintsOfTenant(tenant.id);
    expect(rows).toHaveLength(1);
    // Anonymous: no contact details, no answer promised.
    expect(rows[0]).toMatchObject({ anonymous: true, wants_answer: false });
    const next = await post(key, { ...fields, token: await tokenOf(key) }, address);
    expect(next.statusCode).toBe(303);
    expect((await complaintsOfTenant(tenant.id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it("shows errors in the citizen's language, keeps everything typed and focuses the first invalid field", async () => {
    const tenant = await createTenant(db);
    const key = tenant.municipalityCode;
    const body = 'Gatlampan på Storgatan <har> varit släckt i två veckor.';
    const res = await post(key, {
      token: await tokenOf(key),
      type: 'complaint',
      body,
      name: 'Eva',
      email: 'eva@',
      wantsAnswer: '1',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Skriv en e-postadress som namn@exempel.se.');
    expect(res.body).toContain('Gatlampan på Storgatan &lt;har&gt; varit släckt i två veckor.');
    expect(res.body).toContain('value="Eva"');
    expect(res.body).toContain('value="eva@"');
    expect(res.body).toMatch(/<input id="email"[^>]*autofocus[^>]*aria-invalid="true"[^>]*aria-describedby="email-error"/);
    expect(res.body.match(/autofocus/g)).toHaveLength(1);
    expect(res.body).toMatch(/type="radio" id="type-complaint" name="type" value="complaint" checked/);
    expect(res.body).toContain('id="wants-answer" name="wantsAnswer" value="1" checked');
    expect(await complaintsOfTenant(tenant.id)).toEqual([]);

    const english = await post(key, { token: await tokenOf(key), body: '' }, nextAddress(), 'en');
    expect(english.statusCode).toBe(422);
    expect(english.body).toContain('Choose what you want to give.');
    expect(english.body).toContain('Write your feedback.');
    expect(english.body).toMatch(/<input type="radio" id="type-complaint"[^>]*autofocus/);

    const wantsAnswer = await post(key, { token: await tokenOf(key), type: 'question', body: 'Fråga', wantsAnswer: '1' });
    expect(wantsAnswer.body).toContain('Ange e-postadress eller telefonnummer om du vill ha svar.');
  });

  it('refuses a form sent within seconds of being shown, keeping the text, and a filled honeypot', async () => {
    const tenant = await createTenant(db);
    const key = tenant.municipalityCode;
    const fresh = (await openForm(db, key)).token;
    const fast = await post(key, { token: fresh, type: 'complaint', body: 'Snabbt skickat' });
    expect(fast.statusCode).toBe(422);
    expect(fast.body).toContain('Formuläret skickades väldigt snabbt.');
    expect(fast.body).toContain('Snabbt skickat');
    // A new token comes with the page, so the second press goes through once enough time passed.
    expect(fast.body).toMatch(/name="token" value="[^"]+"/);
    const forged = await post(key, { token: 'abc.def.ghi', type: 'complaint', body: 'X' });
    expect(forged.body).toContain('Formuläret kunde inte tas emot.');
    const bot = await post(key, { token: await tokenOf(key), type: 'complaint', body: 'Köp billigt', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(400);
    expect(await complaintsOfTenant(tenant.id)).toEqual([]);
  });

  it(`refuses more than ${FORM_POST_RATE_LIMIT.max} posts a minute from one address (429)`, async () => {
    const tenant = await createTenant(db);
    const address = nextAddress();
    const codes: number[] = [];
    for (let i = 0; i <= FORM_POST_RATE_LIMIT.max; i++)
      codes.push((await post(tenant.municipalityCode, { token: 'x', body: '' }, address)).statusCode);
    expect(codes.slice(0, FORM_POST_RATE_LIMIT.max).every((c) => c === 422)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('lists the case to the contact centre like any other, with its contact details for handlers only', async () => {
    const tenant = await createTenant(db);
    const key = tenant.municipalityCode;
    await post(key, { token: await tokenOf(key), type: 'suggestion', body: 'Fler bänkar i parken', email: 'idé@example.se' });
    const developer = await signedInAs(server, ['quality_developer'], { tenant });
    const list = await app.inject({ method: 'GET', url: '/api/complaints', headers: developer.headers });
    expect(list.body).not.toContain('example.se');
    const [c] = list.json<{ cases: { id: string; channel: string; hasContactDetails: boolean }[] }>().cases;
    expect(c).toMatchObject({ channel: 'e_form', hasContactDetails: true });
  });
});
