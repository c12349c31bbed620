/**
 * The documented server setup (scripts/database-setup.sql, run by psql as a superuser would):
 * Lots connects as a non-superuser owner, migrates as it, and works; the runtime role it switches
 * to cannot switch to a superuser, and going back to the owner gives no way around row-level
 * security (issue #11, finding 10). Only on a PostgreSQL server: PGlite has one superuser.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectionRole } from '../db/connection-role.js';
import { openServer, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { rowsOf } from '../db/rows.js';
import { withTenant } from '../db/tenant-context.js';
import { buildApp } from './app.js';
import { loadConfig, projectRoot } from './config.js';
import type { Logger } from './logger.js';
import { warnIfPrivileged } from './start.js';
import { createTenant } from './tenants/create-tenant.js';

const databaseUrl = inject('databaseUrl');
const PASSWORD = 'ägare-lösenord-för-test';

function urlWith(base: string, changes: { user?: string; password?: string; database: string }): string {
  const u = new URL(base);
  if (changes.user !== undefined) u.username = changes.user;
  if (changes.password !== undefined) u.password = changes.password;
  u.pathname = `/${changes.database}`;
  return u.toString();
}

/** A logger that keeps its warnings. */
function recordingLogger(): { logger: Logger; warnings: unknown[] } {
  const warnings: unknown[] = [];
  const logger = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as Logger;
  return { logger, warnings };
}

async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
}

describe.skipIf(!databaseUrl)('Lots as a non-superuser database owner (PostgreSQL server)', () => {
  const suffix = randomBytes(4).toString('hex');
  const template = decodeURIComponent(new URL(databaseUrl || 'postgres://x/x').pathname.slice(1));
  const owner = `lots_owner_${suffix}`;
  const database = `${template}_o${suffix}`;
  let db: Database | undefined;

  afterAll(async () => {
    await db?.close();
    const admin = new pg.Client({ connectionString: urlWith(databaseUrl, { database: 'postgres' }) });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS "${owner}"`);
    } finally {
      await admin.end();
    }
  });

  it(
    'the setup script makes an owner that migrates, serves, and cannot reach a superuser',
    { timeout: 120_000 },
    async () => {
      const admin = new URL(databaseUrl);
      const setup = spawnSync(
        'psql',
        [
          '-h',
          admin.hostname,
          '-p',
          admin.port || '5432',
          '-U',
          decodeURIComponent(admin.username || 'postgres'),
          '-d',
          'postgres',
          '-q',
          '-v',
          `owner=${owner}`,
          '-v',
          `password=${PASSWORD}`,
          '-v',
          `database=${database}`,
          '-f',
          path.join(projectRoot, 'scripts/database-setup.sql'),
        ],
        { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(admin.password) } },
      );
      expect(setup.status, setup.stderr).toBe(0);

      const opened = openServer({
        connectionString: urlWith(databaseUrl, { user: owner, password: PASSWORD, database }),
        maxConnections: 2,
      });
      db = opened;
      expect(await connectionRole(opened)).toEqual({ name: owner, isSuperuser: false, bypassesRls: false });
      const quiet = recordingLogger();
      await warnIfPrivileged(opened, quiet.logger);
      expect(quiet.warnings).toEqual([]);

      // Every migration runs as the owner.
      expect((await migrate(opened)).length).toBeGreaterThan(10);

      // A municipality is added and its administrator signs in through the login directory.
      const { tenant, admin: user } = await createTenant({
        db: opened,
        municipalityCode: '0181',
        admin: { email: 'admin@sodertalje.example', displayName: 'Admin', password: PASSWORD },
      });
      const app = await buildApp({ db: opened, config: loadConfig({}), logger: false });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'admin@sodertalje.example', password: PASSWORD },
        });
        expect(login.statusCode, login.body).toBe(200);
        const cookie = login.cookies.find((c) => c.name === 'lots_session');
        const units = await app.inject({
          method: 'GET',
          url: '/api/units',
          headers: { cookie: `lots_session=${cookie?.value ?? ''}` },
        });
        expect(units.statusCode).toBe(200);
      } finally {
        await app.close();
      }

      // The runtime role cannot switch to a superuser, by either form.
      for (const statement of [
        sql`SELECT set_config('role', 'postgres', true)`,
        sql`SET LOCAL ROLE postgres`,
      ]) {
        expect(await sqlState(withTenant(opened, tenant.id, (tx) => tx.execute(statement)))).toBe('42501');
      }
      // Going back to the session user gives the owner: no superuser, no BYPASSRLS, and under the
      // forced row-level security it reads no municipality's people.
      const back = await withTenant(opened, tenant.id, async (tx) => {
        await tx.execute(sql`RESET ROLE`);
        const [me] = rowsOf<{ name: string; super: boolean; bypass: boolean }>(
          await tx.execute(
            sql`SELECT current_user AS name, rolsuper AS super, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
          ),
        );
        const [seen] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM users`));
        return { me, seen: seen?.n };
      });
      expect(back).toEqual({ me: { name: owner, super: false, bypass: false }, seen: 0 });
      expect(user.email).toBe('admin@sodertalje.example');
    },
  );

  it('lots serve warns when DATABASE_URL names a superuser', async () => {
    const superuser = openServer({ connectionString: databaseUrl, maxConnections: 1 });
    try {
      const loud = recordingLogger();
      await warnIfPrivileged(superuser, loud.logger);
      expect(JSON.stringify(loud.warnings)).toContain('bypasses row-level security');
    } finally {
      await superuser.close();
    }
  });
});
