/**
 * One Database interface over the two ways Lots runs: embedded PostgreSQL (PGlite, in-process,
 * the default) and a PostgreSQL server (node-postgres, when DATABASE_URL is set). Same schema,
 * same SQL; only the driver differs.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];

/** Plain SQL on one connection inside one transaction (used by migrations and bulk work). */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters. */
  exec(text: string): Promise<void>;
}

export interface Database {
  readonly kind: 'embedded' | 'server';
  readonly orm: Orm;
  /** Runs fn in one transaction on one connection; commits when fn resolves, rolls back when it throws. */
  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the data files; omitted means in memory (tests). Missing parents are created. */
  dataDir?: string | undefined;
  /** A data folder dumped by dumpEmbedded(), to start from instead of running initdb. */
  loadDataDir?: Blob | File | undefined;
}

export async function openEmbedded(options: EmbeddedOptions = {}): Promise<Database & { pglite: PGlite }> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const orm = drizzlePglite(pglite, { schema }) as unknown as Orm;
  return {
    kind: 'embedded',
    orm,
    pglite,
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
          exec: async (text: string) => {
            await tx.exec(text);
          },
        }),
      ),
    close: () => pglite.close(),
  };
}

export interface ServerOptions {
  connectionString: string;
  maxConnections?: number;
}

export function openServer(options: ServerOptions): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // A broken idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => undefined);
  const orm = drizzlePg(pool, { schema }) as unknown as Orm;
  return {
    kind: 'server',
    orm,
    pool,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <Row>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as Row[],
          exec: async (text: string) => {
            await client.query(text);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** DATABASE_URL selects the server; otherwise the embedded database in dataDir. */
export function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? Promise.resolve(openServer({ connectionString: options.databaseUrl }))
    : openEmbedded({ dataDir: options.dataDir });
}
