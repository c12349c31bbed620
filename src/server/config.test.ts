import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.js';

describe('loadConfig: signals and e-mail', () => {
  it('defaults: no SMTP (no mail), the schedule on, minimum n 30', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      smtpUrl: undefined,
      publicUrl: undefined,
      signalsSchedule: true,
      signalsMinimumN: 30,
    });
    expect(config.mailFrom).toContain('@');
  });

  it('reads LOTS_SMTP_URL, LOTS_MAIL_FROM, LOTS_PUBLIC_URL (without a trailing slash) and turns the schedule off', () => {
    expect(
      loadConfig({
        LOTS_SMTP_URL: 'smtp://127.0.0.1:2525',
        LOTS_MAIL_FROM: 'Lots <lots@jarfalla.se>',
        LOTS_PUBLIC_URL: 'https://lots.jarfalla.se/',
        LOTS_SIGNALS_SCHEDULE: 'off',
        LOTS_SIGNAL_MINIMUM_N: '50',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      mailFrom: 'Lots <lots@jarfalla.se>',
      publicUrl: 'https://lots.jarfalla.se',
      signalsSchedule: false,
      signalsMinimumN: 50,
    });
  });

  it('refuses an SMTP URL of another protocol and an unknown schedule', () => {
    expect(() => loadConfig({ LOTS_SMTP_URL: 'http://mail.example' })).toThrow();
    expect(() => loadConfig({ LOTS_SIGNALS_SCHEDULE: 'sometimes' })).toThrow();
  });
});

describe('parseTrustProxy (LOTS_TRUST_PROXY)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['true', 1],
    ['yes', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, fd00::/8', ['10.0.0.0/8', 'fd00::/8']],
  ])('%s -> %j (never "trust every hop", which lets a client pick its address)', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it('refuses more than 10 hops and something that is not an address', () => {
    expect(() => parseTrustProxy('11')).toThrow(/10 proxy hops/);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/LOTS_TRUST_PROXY/);
  });

  it('the login failure limits default to 10 per address in 15 minutes and 300 in all per minute', () => {
    expect(loadConfig({})).toMatchObject({
      loginAccountFailureLimit: 10,
      loginGlobalFailureLimit: 300,
      trustProxy: false,
    });
  });
});

describe('loadConfig: text messages for surveys', () => {
  it('is off by default, and a half-set provider is refused at start', () => {
    expect(loadConfig({}).sms).toBeUndefined();
    expect(() => loadConfig({ LOTS_SMS_PROVIDER: '46elks', LOTS_46ELKS_USERNAME: 'u' })).toThrow(
      /LOTS_SMS_FROM/,
    );
    expect(
      loadConfig({
        LOTS_SMS_PROVIDER: '46elks',
        LOTS_46ELKS_USERNAME: 'u',
        LOTS_46ELKS_PASSWORD: 'p',
        LOTS_SMS_FROM: 'Jarfalla',
      }).sms,
    ).toEqual({
      provider: '46elks',
      baseUrl: 'https://api.46elks.com',
      username: 'u',
      password: 'p',
      from: 'Jarfalla',
    });
    expect(() =>
      loadConfig({
        LOTS_SMS_PROVIDER: '46elks',
        LOTS_46ELKS_USERNAME: 'u',
        LOTS_46ELKS_PASSWORD: 'p',
        LOTS_SMS_FROM: 'Järfälla kommun',
      }),
    ).toThrow();
  });
});
