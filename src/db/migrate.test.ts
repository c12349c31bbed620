/**
 * Migrations: applying them again changes nothing, a migration changed after it was applied is
 * refused before anything runs, and a new migration that fails leaves the database as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openEmbedded, openServer, type Database } from './database.js';
import { loadMigrations, migrate, MigrationChecksumError, type Migration } from './migrate.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();

const migration = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});
const ledger = (d: Database) =>
  d.transaction((c) =>
    c.query<{ name: string; checksum: string }>('SELECT name, checksum FROM lots_migrations ORDER BY name'),
  );
const tableExists = async (d: Database, name: string) =>
  (
    await d.transaction((c) => c.query<{ oid: string | null }>('SELECT to_regclass($1)::text AS oid', [name]))
  )[0]?.oid !== null;

/** An empty database of the same kind as the test run's: PGlite in memory or a new server database. */
async function emptyDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = inject('databaseUrl');
  if (!url) {
    const fresh = await openEmbedded();
    return { db: fresh, drop: () => fresh.close() };
  }
  const name = `lots_migrate_${randomBytes(5).toString('hex')}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
  await admin.end();
  const freshUrl = new URL(url);
  freshUrl.pathname = `/${name}`;
  const fresh = openServer({ connectionString: freshUrl.toString(), maxConnections: 1 });
  return {
    db: fresh,
    drop: async () => {
      await fresh.close();
      const c = new pg.Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

describe('migrate', () => {
  it('applies every migration to an empty database once; the second run applies nothing', async () => {
    const fresh = await emptyDatabase();
    try {
      const all = await loadMigrations();
      expect(all.map((m) => m.name)).toEqual(
        expect.arrayContaining(['0001_foundation.sql', '0002_municipalities.sql']),
      );
      expect(await migrate(fresh.db)).toEqual(all.map((m) => m.name));
      expect(await migrate(fresh.db)).toEqual([]);
      expect((await ledger(fresh.db)).map((r) => r.name)).toEqual(all.map((m) => m.name));
    } finally {
      await fresh.drop();
    }
  }, 60_000);

  it('applies nothing to the already migrated test database', async () => {
    const before = await ledger(db);
    expect(await migrate(db)).toEqual([]);
    expect(await ledger(db)).toEqual(before);
  });

  it('refuses a migration that was changed after it was applied, and runs nothing after it', async () => {
    const all = await loadMigrations();
    const first = all[0]!;
    const changed = [
      migration(first.name, `${first.sql}\n-- edited afterwards\n`),
      ...all.slice(1),
      migration('9998_after_change.sql', 'CREATE TABLE after_change (x int)'),
    ];
    const error = await migrate(db, changed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationChecksumError);
    expect((error as MigrationChecksumError).migration).toBe(first.name);
    expect(await tableExists(db, 'after_change')).toBe(false);
    expect((await ledger(db)).find((r) => r.name === first.name)?.checksum).toBe(first.checksum);
  });

  it('applies a new migration once, and rolls back a failing one completely', async () => {
    const all = await loadMigrations();
    const added = migration('9990_added.sql', 'CREATE TABLE added_by_test (x int)');
    expect(await migrate(db, [...all, added])).toEqual(['9990_added.sql']);
    expect(await migrate(db, [...all, added])).toEqual([]);
    expect(await tableExists(db, 'added_by_test')).toBe(true);

    const failing = migration(
      '9991_failing.sql',
      'CREATE TABLE half_done (x int); SELECT * FROM no_such_table;',
    );
    await expect(migrate(db, [...all, added, failing])).rejects.toThrow();
    expect(await tableExists(db, 'half_done')).toBe(false);
    expect((await ledger(db)).map((r) => r.name)).not.toContain('9991_failing.sql');
  });
});
