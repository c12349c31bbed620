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

type Rows = Record<string, unknown>[];

/** Plain SQL on one connection inside one transaction (used by migrations and bulk work). */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a statement that returns no rows; resolves to the number of rows it inserted, updated or deleted. */
  run(text: string, params?: unknown[]): Promise<number>;
  /** Runs a script of several statements without parameters. */
  exec(text: string): Promise<void>;
  /**
   * Runs a script without parameters and commits, in one round trip on the server; the rows of
   * each of its statements. The transaction is over afterwards: fn should return. A failing
   * statement rolls everything back. Literals only as the prelude allows (src/db/sql-literal.ts).
   */
  commitWith(text: string): Promise<Rows[]>;
}

export interface TransactionOptions {
  /**
   * Statements without parameters sent with BEGIN in the same round trip (the role and tenant
   * switch of the hot paths, and what they read first); the rows of each of its statements reach
   * fn. Build it only from literals of a fixed form: uuids and numbers checked first, text
   * through src/db/sql-literal.ts. It is not parameterised.
   */
  prelude?: string;
}

export interface Database {
  readonly kind: 'embedded' | 'server';
  readonly orm: Orm;
  /** Runs fn in one transaction on one connection; commits when fn resolves, rolls back when it throws. */
  transaction<T>(
    fn: (client: SqlClient, prelude: Rows[]) => Promise<T>,
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
    // PGlite runs in this process: a "round trip" is a call, and its transaction() commits.
    transaction: (fn, options) =>
      pglite.transaction(async (tx) => {
        const rowsOf = (results: readonly { rows: unknown[] }[]) => results.map((r) => r.rows as Rows);
        const prelude = options?.prelude ? rowsOf(await tx.exec(options.prelude)) : [];
        return fn(
          {
            query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
            run: async (text: string, params?: unknown[]) => (await tx.query(text, params)).affectedRows ?? 0,
            exec: async (text: string) => {
              await tx.exec(text);
            },
            commitWith: async (text: string) => rowsOf(await tx.exec(text)),
          },
          prelude,
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
      let committed = false;
      try {
        const begun = await client.query(options?.prelude ? `BEGIN; ${options.prelude}` : 'BEGIN');
        const prelude = resultList(begun)
          .slice(1)
          .map((r) => r.rows as Rows);
        const result = await fn(
          {
            query: async <Row>(text: string, params?: unknown[]) =>
              (await client.query(text, params)).rows as Row[],
            run: async (text: string, params?: unknown[]) => (await client.query(text, params)).rowCount ?? 0,
            exec: async (text: string) => {
              await client.query(text);
            },
            commitWith: async (text: string) => {
              const results = resultList(await client.query(`${text}; COMMIT`));
              committed = true;
              return results.slice(0, -1).map((r) => r.rows as Rows);
            },
          },
          prelude,
        );
        if (!committed) await client.query('COMMIT');
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
