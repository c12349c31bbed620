/**
 * Text messages through 46elks (a Swedish provider; https://46elks.se/docs/send-sms): an HTTP POST
 * to <base>/a1/sms with HTTP Basic authentication (the API username and password) and a
 * form-encoded body of `to` (E.164), `from` (E.164, or a sender name of at most 11 letters and
 * digits starting with a letter) and `message`. 200 with a JSON body is sent; any other status
 * is an error, permanent for 4xx (a bad number: the invitation is marked bounced) and passing
 * for 5xx or no answer (tried again at the next run). Off unless LOTS_SMS_PROVIDER=46elks.
 */
export interface SmsSender {
  send(to: string, message: string): Promise<void>;
}

export class SmsError extends Error {
  constructor(
    readonly status: number,
    readonly permanent: boolean,
  ) {
    super(`sms provider answered ${status}`);
    this.name = 'SmsError';
  }
}

export interface ElksSettings {
  baseUrl: string;
  username: string;
  password: string;
  from: string;
}

/** 46elks's rule for `from`: a number in E.164, or a name of 3-11 letters and digits, starting with a letter. */
export const SENDER = /^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{2,10})$/;

export function elksSender(settings: ElksSettings, timeoutMs = 10_000): SmsSender {
  if (!SENDER.test(settings.from))
    throw new RangeError('LOTS_SMS_FROM must be an E.164 number or 3-11 letters and digits');
  const auth = `Basic ${Buffer.from(`${settings.username}:${settings.password}`).toString('base64')}`;
  const url = `${settings.baseUrl.replace(/\/$/, '')}/a1/sms`;
  return {
    send: async (to, message) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ from: settings.from, to, message }).toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (response.status !== 200)
        throw new SmsError(response.status, response.status >= 400 && response.status < 500);
    },
  };
}

/** The invitation as a text message: who asks, the link, until when. Kept within one message where it can be. */
export function invitationText(
  municipality: string,
  url: string,
  expiresAt: Date,
  reminder: boolean,
): string {
  const until = new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(expiresAt.getTime() - 1));
  return `${reminder ? 'Påminnelse: ' : ''}Hur var din kontakt med ${municipality}? Svara på en minut: ${url} (gäller t.o.m. ${until})`;
}
