import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../db/rows.js';
import { createTenant, createUnit } from '../test/factories.js';
import { testServer } from '../test/server.js';
import type { CliContext } from './context.js';
import { runCli } from './main.js';

const { app, db } = await testServer();
const PASSWORD = 'en-lång-lösenfras-för-test';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lots ...args` in-process against this file's database. */
async function lots(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; typed?: string[] } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const typed = [...(options.typed ?? [])];
  const context: CliContext = {
    env: options.env ?? {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    promptSecret: options.typed ? () => Promise.resolve(typed.shift() ?? '') : undefined,
    openDatabase: () => Promise.resolve({ db, close: () => Promise.resolve() }),
    handleSignals: false,
  };
  const code = await runCli(['node', 'lots', ...args], context);
  return { code, stdout, stderr };
}

async function signsIn(email: string, password: string): Promise<number> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return res.statusCode;
}

describe('lots --help', () => {
  it('lists the commands, and each command has its own help', async () => {
    const top = await lots(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed-demo', 'tenant', 'user'])
      expect(top.stdout).toContain(command);
    const tenant = await lots(['tenant', 'create', '--help']);
    expect(tenant.code).toBe(0);
    expect(tenant.stdout).toContain('--admin-email');
    expect(tenant.stdout).toContain('LOTS_ADMIN_PASSWORD');
  });

  it('an unknown command fails with a suggestion', async () => {
    const run = await lots(['serv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('serve');
  });
});

describe('lots migrate', () => {
  it('reports an up-to-date database', async () => {
    const run = await lots(['migrate']);
    expect(run).toMatchObject({ code: 0, stdout: 'Databasen är aktuell. / The database is up to date.\n' });
  });
});

describe('lots tenant create', () => {
  const create = (code: string, email: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    lots(
      ['tenant', 'create', '--code', code, '--admin-email', email, '--admin-name', 'Test Admin', ...extra],
      { env },
    );

  it('refuses an unknown municipality code with the message in Swedish and English, and no stack trace', async () => {
    const run = await create('9999', 'admin@okand.example', ['--admin-password', PASSWORD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Fel: Det finns ingen kommun med den koden.');
    expect(run.stderr).toContain('Error: There is no municipality with that code.');
    expect(run.stderr).toContain('--code: Okänd kommunkod. / Unknown municipality code.');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates the municipality and an administrator who can sign in; the password may come from the environment', async () => {
    const run = await create('0114', 'admin@upplandsvasby.example', [], { LOTS_ADMIN_PASSWORD: PASSWORD });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Upplands Väsby kommun (0114)');
    expect(await signsIn('admin@upplandsvasby.example', PASSWORD)).toBe(200);
  });

  it('--platform-admin lets the first administrator add municipalities', async () => {
    const run = await create('0117', 'admin@osteraker.example', [
      '--admin-password',
      PASSWORD,
      '--platform-admin',
    ]);
    expect(run.code).toBe(0);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@osteraker.example', password: PASSWORD },
    });
    expect(login.json<{ user: { isPlatformAdmin: boolean; permissions: string[] } }>().user).toMatchObject({
      isPlatformAdmin: true,
      permissions: expect.arrayContaining(['tenants:create', 'tenants:read']) as unknown,
    });
  });

  it('--email-domain binds the domains given (repeatable); an administrator outside them is refused', async () => {
    const outside = await create('0136', 'admin@elsewhere.example', [
      '--admin-password',
      PASSWORD,
      '--email-domain',
      'haninge.example',
    ]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('E-postadressen hör inte till kommunens e-postdomäner.');
    const run = await create('0136', 'admin@haninge.example', [
      '--admin-password',
      PASSWORD,
      '--email-domain',
      'haninge.example',
      '--email-domain',
      'Skola.Haninge.example',
    ]);
    expect(run.code).toBe(0);
    const rows = rowsOf<{ domain: string }>(
      await db.orm
        .execute(sql`SELECT d.domain FROM tenant_email_domains d JOIN tenants t ON t.id = d.tenant_id
        WHERE t.municipality_code = '0136' ORDER BY d.domain`),
    );
    expect(rows.map((r) => r.domain)).toEqual(['haninge.example', 'skola.haninge.example']);
  });

  it('a second tenant for the same municipality is refused', async () => {
    const run = await create('0114', 'annan@upplandsvasby.example', ['--admin-password', PASSWORD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Kommunen finns redan i Lots.');
  });

  it('names the option of a weak password', async () => {
    const run = await create('0115', 'admin@vallentuna.example', ['--admin-password', 'kort']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Lösenordet är för svagt.');
    expect(run.stderr).toContain(
      '--admin-password: Lösenordet måste ha minst 12 tecken. / The password must have at least 12 characters.',
    );
  });

  it('without a password and without a terminal, says how to give one', async () => {
    const run = await create('0115', 'admin@vallentuna.example');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--admin-password');
    expect(run.stderr).toContain('LOTS_ADMIN_PASSWORD');
  });

  it('asks twice on a terminal and refuses different answers', async () => {
    const differ = await lots(
      [
        'tenant',
        'create',
        '--code',
        '0115',
        '--admin-email',
        'admin@vallentuna.example',
        '--admin-name',
        'A',
      ],
      { typed: [PASSWORD, `${PASSWORD}x`] },
    );
    expect(differ.code).toBe(1);
    expect(differ.stderr).toContain('Lösenorden stämmer inte överens.');
    const same = await lots(
      [
        'tenant',
        'create',
        '--code',
        '0115',
        '--admin-email',
        'admin@vallentuna.example',
        '--admin-name',
        'A',
      ],
      { typed: [PASSWORD, PASSWORD] },
    );
    expect(same.code).toBe(0);
  });

  it('a missing required option is a usage error', async () => {
    const run = await lots(['tenant', 'create', '--code', '0117']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("required option '--admin-email <email>' not specified");
  });
});

describe('lots user create', () => {
  it('creates a user with several roles who can sign in', async () => {
    const tenant = await createTenant(db, { municipalityCode: '0120', emailDomain: 'varmdo.example' });
    const run = await lots(
      [
        'user',
        'create',
        '--tenant',
        '0120',
        '--email',
        'Chef@Varmdo.example',
        '--name',
        'Karin Chef',
        '--role',
        'manager',
        '--role',
        'guide',
      ],
      { env: { LOTS_USER_PASSWORD: PASSWORD } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const roles = rowsOf<{ role: string }>(
      await db.orm
        .execute(sql`SELECT r.role FROM user_roles r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
        WHERE u.tenant_id = ${tenant.id} AND u.email = 'chef@varmdo.example' ORDER BY r.role`),
    );
    expect(roles.map((r) => r.role)).toEqual(['guide', 'manager']);
    expect(await signsIn('chef@varmdo.example', PASSWORD)).toBe(200);
  });

  it('ties a department contact to the unit given, and makes a platform administrator when asked', async () => {
    const tenant = await createTenant(db, { municipalityCode: '0125', emailDomain: 'ekero.example' });
    const unit = await createUnit(db, tenant.id, { name: 'Miljöförvaltningen' });
    const run = await lots([
      'user',
      'create',
      '--tenant',
      '0125',
      '--email',
      'kontakt@ekero.example',
      '--name',
      'Kontakt',
      '--role',
      'department_contact',
      '--unit',
      unit.id,
      '--platform-admin',
      '--password',
      PASSWORD,
    ]);
    expect(run.stderr).toBe('');
    const rows = rowsOf<{ unit_id: string; is_platform_admin: boolean }>(
      await db.orm
        .execute(sql`SELECT r.unit_id, u.is_platform_admin FROM user_roles r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
        WHERE u.email = 'kontakt@ekero.example'`),
    );
    expect(rows).toEqual([{ unit_id: unit.id, is_platform_admin: true }]);
  });

  it('a department contact without a unit is refused with the option to fix', async () => {
    await createTenant(db, { municipalityCode: '0126', emailDomain: 'huddinge.example' });
    const run = await lots([
      'user',
      'create',
      '--tenant',
      '0126',
      '--email',
      'k@huddinge.example',
      '--name',
      'K',
      '--role',
      'department_contact',
      '--password',
      PASSWORD,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Rollen förvaltningskontakt kräver en enhet.');
    expect(run.stderr).toContain('--unit: Välj en enhet för förvaltningskontakten.');
  });

  it('refuses an unknown role, a municipality not in Lots and a taken address', async () => {
    const role = await lots([
      'user',
      'create',
      '--tenant',
      '0120',
      '--email',
      'x@varmdo.example',
      '--name',
      'X',
      '--role',
      'boss',
      '--password',
      PASSWORD,
    ]);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('Okänd roll: boss.');

    const tenant = await lots([
      'user',
      'create',
      '--tenant',
      '0127',
      '--email',
      'x@botkyrka.example',
      '--name',
      'X',
      '--role',
      'guide',
      '--password',
      PASSWORD,
    ]);
    expect(tenant.code).toBe(1);
    expect(tenant.stderr).toContain('Kommunen 0127 finns inte i Lots.');

    const taken = await lots([
      'user',
      'create',
      '--tenant',
      '0120',
      '--email',
      'chef@varmdo.example',
      '--name',
      'X',
      '--role',
      'guide',
      '--password',
      PASSWORD,
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('E-postadressen används redan av en annan användare.');
  });
});

describe('lots seed-demo', () => {
  it('creates the demo municipality, then says it exists', async () => {
    // Without the year of contacts, which seed-contacts.test.ts covers (a full year takes long).
    const first = await lots(['seed-demo', '--no-contacts']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Demokommunen skapades.');
    expect(first.stdout).toContain('admin@jarfalla.example');
    const second = await lots(['seed-demo', '--no-contacts']);
    expect(second.stdout).toContain('Demokommunen fanns redan.');
  });
});
