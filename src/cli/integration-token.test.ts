import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens, auditEvents, users } from '../db/schema.js';
import { createTenant } from '../test/factories.js';
import { createIntegration } from '../test/integrations.js';
import { testServer } from '../test/server.js';
import type { CliContext } from './context.js';
import { runCli } from './main.js';

const { app, db } = await testServer();

/** Runs `lots ...args` in-process against this file's database. */
async function lots(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    env: {},
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

const TOKEN_LINE = /^lots_[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}\n$/;

async function integrationsNamed(tenantId: string) {
  return db.orm
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.kind, 'integration')));
}

describe('lots integration token', () => {
  it('is listed in the help', async () => {
    const help = await lots(['integration', 'token', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--expires-in-days');
    expect((await lots(['--help'])).stdout).toContain('integration');
  });

  it('creates the integration, prints only the token on stdout, and the token works', async () => {
    const tenant = await createTenant(db, { municipalityCode: '0125' });
    const run = await lots(['integration', 'token', '--tenant', '0125', '--name', 'Telefoni']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(TOKEN_LINE);
    expect(run.stdout.startsWith(`lots_${tenant.id}.`)).toBe(true);
    expect(run.stderr).toContain(
      'Integrationen "Telefoni" skapades. / The integration "Telefoni" was created.',
    );
    expect(run.stderr).toContain('den visas inte igen');
    const res = await app.inject({
      method: 'GET',
      url: '/api/units',
      headers: { authorization: `Bearer ${run.stdout.trim()}` },
    });
    expect(res.statusCode).toBe(200);
    const [integration] = await integrationsNamed(tenant.id);
    const [token] = await db.orm.select().from(apiTokens).where(eq(apiTokens.integrationId, integration!.id));
    // Default lifetime: 365 days of 86 400 000 ms; made by nobody (the command line).
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBe(31_536_000_000);
    expect(token!.createdByUserId).toBeNull();
    expect(token!.name).toMatch(/^Kommandoraden \d{4}-\d\d-\d\d$/);
    const actions = await db.orm
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, tenant.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['api_token.created', 'integration.created']);
    expect(actions.every((a) => a.actor === null)).toBe(true);
  });

  it('run again (name in other case): the same integration, a second token, both working', async () => {
    const tenant = await createTenant(db, { municipalityCode: '0126' });
    const first = await lots(['integration', 'token', '--tenant', '0126', '--name', 'E-tjänsteplattformen']);
    const second = await lots([
      'integration',
      'token',
      '--tenant',
      '0126',
      '--name',
      'e-tjänsteplattformen',
      '--token-name',
      'Testmiljö',
      '--expires-in-days',
      '30',
    ]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('fanns redan');
    expect(second.stdout).not.toBe(first.stdout);
    const found = await integrationsNamed(tenant.id);
    expect(found).toEqual([{ id: expect.any(String), name: 'E-tjänsteplattformen' }]);
    const tokens = await db.orm.select().from(apiTokens).where(eq(apiTokens.integrationId, found[0]!.id));
    expect(tokens).toHaveLength(2);
    const test = tokens.find((t) => t.name === 'Testmiljö')!;
    // 30 days of 86 400 000 ms.
    expect(test.expiresAt.getTime() - test.createdAt.getTime()).toBe(2_592_000_000);
    for (const out of [first.stdout, second.stdout]) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/topics',
        headers: { authorization: `Bearer ${out.trim()}` },
      });
      expect(res.statusCode).toBe(200);
    }
  });

  it('refuses an unknown municipality, a bad lifetime and a disabled integration, in both languages', async () => {
    const unknown = await lots(['integration', 'token', '--tenant', '9999', '--name', 'Telefoni']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Kommunen 9999 finns inte i Lots.');
    expect(unknown.stdout).toBe('');

    const tenant = await createTenant(db, { municipalityCode: '0127' });
    const zero = await lots([
      'integration',
      'token',
      '--tenant',
      '0127',
      '--name',
      'Telefoni',
      '--expires-in-days',
      '0',
    ]);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain('--expires-in-days: Måste vara minst 1. / Must be at least 1.');
    const text = await lots([
      'integration',
      'token',
      '--tenant',
      '0127',
      '--name',
      'Telefoni',
      '--expires-in-days',
      'ett år',
    ]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('--expires-in-days: Fel typ av värde.');
    const empty = await lots(['integration', 'token', '--tenant', '0127', '--name', '  ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('--name: Obligatoriskt fält.');
    expect(await integrationsNamed(tenant.id)).toEqual([]);

    await createIntegration(db, tenant.id, { name: 'Avstängd', isActive: false });
    const disabled = await lots(['integration', 'token', '--tenant', '0127', '--name', 'Avstängd']);
    expect(disabled.code).toBe(1);
    expect(disabled.stderr).toContain('Integrationen är avstängd.');
    expect(disabled.stderr).toContain('The integration is disabled.');
    expect(disabled.stdout).toBe('');
  });
});
