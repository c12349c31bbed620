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

type Rows = Record<string, unknown>[];

export interface TransactionOptions {
  /**
   * Statements without parameters sent with BEGIN in the same round trip (the role and tenant
   * switch of the hot paths); the rows of its last statement reach fn. Build it only from
   * values checked to be literals of a fixed form (uuids, numbers): it is not parameterised.
   */
  prelude?: string;
}

export interface Database {
  readonly kind: 'embedded' | 'server';
  readonly orm: Orm;
  /** Runs fn in one transaction on one connection; commits when fn resolves, rolls back when it throws. */
  transaction<T>(
    fn: (client: SqlClient, preludeRows: Rows) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T>;
  /**
   * Sends a script of statements without parameters in one round trip. PostgreSQL runs a script
   * without BEGIN/COMMIT as one implicit transaction, so `set_config(..., true)` in one statement
   * holds for the next and ends with the script. Returns the rows of each statement. The same
   * rule as the prelude: literals of a checked form only.
   */
  script(text: string): Promise<Rows[]>;
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
    transaction: (fn, options) =>
      pglite.transaction(async (tx) => {
        const prelude = options?.prelude ? await tx.exec(options.prelude) : [];
        return fn(
          {
            query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
            exec: async (text: string) => {
              await tx.exec(text);
            },
          },
          (prelude.at(-1)?.rows ?? []),
        );
      }),
    script: async (text) => (await pglite.exec(text)).map((r) => r.rows as Rows),
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
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        const begun = await client.query(options?.prelude ? `BEGIN; ${options.prelude}` : 'BEGIN');
        const results = resultList(begun);
        const result = await fn(
          {
            query: async <Row>(text: string, params?: unknown[]) =>
              (await client.query(text, params)).rows as Row[],
            exec: async (text: string) => {
              await client.query(text);
            },
          },
          (results.at(-1)?.rows ?? []) as Rows,
        );
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    script: async (text) => resultList(await pool.query(text)).map((r) => r.rows as Rows),
    close: () => pool.end(),
  };
}

/** node-postgres answers a script of several statements with one result per statement. */
function resultList(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] {
  return Array.isArray(result) ? result : [result];
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
