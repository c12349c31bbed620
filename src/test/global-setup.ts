/**
 * Prepares one migrated database per integration run. PGlite: a migrated data folder is dumped
 * once and every test file starts its own in-memory database from it (0.8 s instead of 5 s of
 * initdb). PostgreSQL server (DATABASE_URL): the database is migrated once and every test file
 * clones it with CREATE DATABASE ... TEMPLATE.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openServer } from '../db/database.js';
import { migrate } from '../db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = process.env['DATABASE_URL'] ?? '';
  project.provide('databaseUrl', databaseUrl);
  if (databaseUrl) {
    const db = openServer({ connectionString: databaseUrl, maxConnections: 1 });
    await migrate(db);
    await db.close();
    project.provide('pgliteDumpPath', '');
    return () => Promise.resolve();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-test-'));
  const db = await openEmbedded();
  await migrate(db);
  const dump = await db.pglite.dumpDataDir('none');
  await db.close();
  const dumpPath = path.join(dir, 'migrated.tar');
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', dumpPath);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
