import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

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
