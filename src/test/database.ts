/**
 * A migrated database of the test file's own: PGlite in memory by default, a clone of the
 * migrated server database when the run has DATABASE_URL. `db.orm` used directly runs as the
 * owner (superuser) and bypasses row-level security: factories use it to arrange data; code
 * under test goes through withTenant like the application does.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { openEmbedded, openServer, type Database } from '../db/database.js';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function cloneServerDatabase(databaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const name = `${template}_t${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (error) {
        // Two files cloning at the same moment: the template is briefly "being accessed".
        if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(databaseUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

let shared: Promise<Database> | undefined;

/** The test file's database, opened once per file and closed after its last test. */
export function testDatabase(): Promise<Database> {
  if (shared) return shared;
  shared = (async () => {
    const databaseUrl = inject('databaseUrl');
    if (databaseUrl) {
      const clone = await cloneServerDatabase(databaseUrl);
      const db = openServer({ connectionString: clone.url, maxConnections: 5 });
      afterAll(async () => {
        await db.close();
        await clone.drop();
      });
      return db;
    }
    const dump = await readFile(inject('pgliteDumpPath'));
    const db = await openEmbedded({ loadDataDir: new Blob([new Uint8Array(dump)]) });
    afterAll(() => db.close());
    return db;
  })();
  return shared;
}
