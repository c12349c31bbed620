/**
 * Applies the ordered SQL files in ./migrations that have not run yet, all in one transaction
 * (a failing file leaves the database as it was) under an advisory lock, and refuses to start
 * when an applied file was changed afterwards.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

export const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir: string = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (name) => {
      const sql = await readFile(new URL(name, `file://${dir.endsWith('/') ? dir : `${dir}/`}`), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(`Migration ${migration} was changed after it was applied; add a new migration instead.`);
  }
}

// Any constant works; it keeps two processes from migrating the same database at once.
const MIGRATION_LOCK = 7_242_001;

/** Returns the names of the migrations it applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.exec(`CREATE TABLE IF NOT EXISTS lots_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Map(
      (await c.query<{ name: string; checksum: string }>('SELECT name, checksum FROM lots_migrations')).map(
        (r) => [r.name, r.checksum],
      ),
    );
    const done: string[] = [];
    for (const m of all) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new MigrationChecksumError(m.name);
        continue;
      }
      await c.exec(m.sql);
      await c.query('INSERT INTO lots_migrations (name, checksum) VALUES ($1, $2)', [m.name, m.checksum]);
      done.push(m.name);
    }
    return done;
  });
}
