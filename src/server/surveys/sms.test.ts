/**
 * The 46elks adapter against a local HTTP server that checks what 46elks's documentation
 * requires of a request (https://46elks.se/docs/send-sms): POST /a1/sms, HTTP Basic with the API
 * username and password, a form-encoded body with `to` in E.164, `from` an E.164 number or a
 * sender name of at most 11 letters and digits starting with a letter, and a message. And a
 * whole run: a contact with a mobile number gets its invitation as a text message.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { contactBody, contactWorld, postContact } from '../../test/contacts.js';
import { signedInAs, testServer } from '../../test/server.js';
import { runSurveys } from './run-surveys.js';
import { elksSender, SmsError } from './sms.js';

interface Received {
  auth: string | undefined;
  form: URLSearchParams;
}

const received: Received[] = [];
let answerWith = 0;

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const provider: Server = createServer((request, response) => {
  void body(request).then((text) => {
    const form = new URLSearchParams(text);
    const auth = request.headers.authorization;
    const valid =
      request.method === 'POST' &&
      request.url === '/a1/sms' &&
      auth === `Basic ${Buffer.from('u123:secret').toString('base64')}` &&
      request.headers['content-type'] === 'application/x-www-form-urlencoded' &&
      /^\+[1-9]\d{6,14}$/.test(form.get('to') ?? '') &&
      /^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{2,10})$/.test(form.get('from') ?? '') &&
      (form.get('message') ?? '').length > 0;
    received.push({ auth, form });
    if (answerWith) {
      response.writeHead(answerWith).end('error');
    } else if (!valid) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Invalid request');
    } else {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ status: 'created', id: 's17a6dafb12d6b1cabc053d57dac2b9d8', to: form.get('to') }),
        );
    }
  });
});
await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
const sms = elksSender({ baseUrl, username: 'u123', password: 'secret', from: 'Jarfalla' });

const server = await testServer();

afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

describe('46elks', () => {
  it('sends what the documentation requires, and the provider accepts it', async () => {
    await sms.send('+46701234567', 'Hur var din kontakt med Järfälla kommun? 😊');
    const last = received.at(-1)!;
    expect(last.form.get('to')).toBe('+46701234567');
    expect(last.form.get('from')).toBe('Jarfalla');
    expect(last.form.get('message')).toBe('Hur var din kontakt med Järfälla kommun? 😊');
  });

  it('tells a refused message (permanent) from a provider that is down (passing)', async () => {
    const wrong = elksSender({ baseUrl, username: 'u123', password: 'wrong', from: 'Jarfalla' });
    await expect(wrong.send('+46701234567', 'x')).rejects.toMatchObject({ status: 403, permanent: true });
    answerWith = 503;
    try {
      await expect(sms.send('+46701234567', 'x')).rejects.toBeInstanceOf(SmsError);
      await expect(sms.send('+46701234567', 'x')).rejects.toMatchObject({ permanent: false });
    } finally {
      answerWith = 0;
    }
    expect(() => elksSender({ baseUrl, username: 'u', password: 'p', from: 'Järfälla kommun' })).toThrow(
      RangeError,
    );
  });

  it('carries a whole invitation: the contact, the number, the link', async () => {
    const w = await contactWorld(server);
    const manager = await signedInAs(server, ['manager'], { tenant: w.guide.tenant });
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/surveys',
      headers: manager.headers,
      payload: { template: 'skr_phone' },
    });
    const survey = created.json<{ id: string; rules: Record<string, unknown> }>();
    const allDay = { fromMinute: 0, toMinute: 1440, days: 'every_day' };
    await server.app.inject({
      method: 'PATCH',
      url: `/api/surveys/${survey.id}`,
      headers: manager.headers,
      payload: {
        status: 'active',
        rules: { ...survey.rules, delayMinutes: 0, windows: { email: allDay, sms: allDay } },
      },
    });
    const saved = await postContact(
      server.app,
      w.guide,
      contactBody(w.topic.id, { startedAt: new Date(Date.now() - 600_000).toISOString() }),
    );
    const given = await server.app.inject({
      method: 'POST',
      url: `/api/contacts/${saved.json<{ id: string }>().id}/survey-address`,
      headers: w.guide.headers,
      payload: { address: '073-987 65 43' },
    });
    expect(given.json()).toEqual({ medium: 'sms' });
    const [run] = await runSurveys({
      db: server.db,
      mailer: null,
      sms,
      publicUrl: 'https://lots.example.se',
      tenantId: w.guide.tenant.id,
    });
    expect(run).toMatchObject({ planned: { invited: 1 }, sent: { sent: 1, addressesDeleted: 1 } });
    const message = received.at(-1)!.form;
    expect(message.get('to')).toBe('+46739876543');
    expect(message.get('message')).toMatch(
      /^Hur var din kontakt med .+\? Svara på en minut: https:\/\/lots\.example\.se\/e\/[A-Za-z0-9_-]{22} \(gäller t\.o\.m\. \d{1,2} \p{L}+\)$/u,
    );
  });
});
