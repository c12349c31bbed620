import { afterAll, describe, expect, it } from 'vitest';
import { createTenant, createUser } from '../test/factories.js';
import { testDatabase } from '../test/database.js';
import { mailHeader, mailPart, startMailServer } from '../test/mail-server.js';
import type { CliContext } from './context.js';
import { runCli } from './main.js';

const db = await testDatabase();
const mail = await startMailServer();
afterAll(() => mail.close());

async function lots(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    promptSecret: undefined,
    openDatabase: () => Promise.resolve({ db, close: () => Promise.resolve() }),
    handleSignals: false,
  };
  const code = await runCli(['node', 'lots', ...args], context);
  return { code, stdout, stderr };
}

/** A tenant whose offered calls jump beyond the limits of their baseline on 11 February 2026, with a subscriber. */
async function tenantWithShift() {
  const tenant = await createTenant(db);
  const user = await createUser(db, tenant.id, { roles: ['manager'] });
  await db.transaction(async (c) => {
    const days: [string, number][] = [
      ['2026-02-02', 100],
      ['2026-02-03', 110],
      ['2026-02-04', 90],
      ['2026-02-05', 100],
      ['2026-02-06', 100],
      ['2026-02-09', 105],
      ['2026-02-10', 95],
      ['2026-02-11', 140],
    ];
    for (const [day, offered] of days) {
      await c.query(
        `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key,
           exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds,
           abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within,
           talk_seconds, ring_no_answer)
         VALUES ($1, 'all', $1, $2, $3, $3, 0, 0, 0, 0, 0, 0, $3, 0, 0, 0, 0, 0, 0, 0, $3, 0, 0)`,
        [tenant.id, day, offered],
      );
    }
    await c.query(
      `INSERT INTO chart_baselines (tenant_id, measure, from_day, to_day, reason, set_by_user_id)
       VALUES ($1, 'offered', '2026-02-02', '2026-02-06', 'Utgångsläge', $2)`,
      [tenant.id, user.id],
    );
    await c.query(`INSERT INTO signal_subscriptions (tenant_id, user_id) VALUES ($1, $2)`, [
      tenant.id,
      user.id,
    ]);
  });
  return { tenant, user };
}

describe('lots signals run', () => {
  it('evaluates the day for the municipality and e-mails the subscriber; again, nothing new', async () => {
    const { tenant, user } = await tenantWithShift();
    const env = { LOTS_SMTP_URL: mail.url, LOTS_MAIL_FROM: 'Lots <lots@test.example>' };
    const first = await lots(
      ['signals', 'run', '--day', '2026-02-11', '--tenant', tenant.municipalityCode],
      env,
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `2026-02-11 ${tenant.id}: 1 nya signaler / new signals, 1 e-postmeddelanden / e-mails\n`,
    );
    const received = mail.received.filter((m) => m.to.includes(user.email));
    expect(received).toHaveLength(1);
    expect(mailHeader(received[0]!.raw, 'Subject')).toBe(`Lots: 1 ny signal – ${tenant.name}`);
    expect(mailPart(received[0]!.raw, 'text/plain')).toContain('Erbjudna samtal, 11 februari 2026');

    const again = await lots(
      ['signals', 'run', '--day', '2026-02-11', '--tenant', tenant.municipalityCode],
      env,
    );
    expect(again.stdout).toContain(': 0 nya signaler');
    expect(mail.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });

  it('without LOTS_SMTP_URL raises the signals and says no e-mail is sent', async () => {
    const { tenant } = await tenantWithShift();
    const run = await lots(['signals', 'run', '--day', '2026-02-11', '--tenant', tenant.municipalityCode]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('LOTS_SMTP_URL');
    expect(run.stdout).toContain(': 1 nya signaler / new signals, 0 e-postmeddelanden');
  });

  it('refuses a day that does not exist and a municipality not in Lots', async () => {
    const bad = await lots(['signals', 'run', '--day', '2026-02-30']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('2026-02-30');
    const unknown = await lots(['signals', 'run', '--day', '2026-02-11', '--tenant', '9999']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('9999');
  });
});
