/**
 * Every request's database work runs inside one of these transactions. The role switch makes
 * PostgreSQL's row-level security apply: lots_app sees only the rows of the tenant set here, and
 * with no tenant set it sees none.
 */
import { sql } from 'drizzle-orm';
import type { Database, SqlClient, Tx } from './database.js';

/** Runs fn as the runtime role, scoped to one tenant, in one transaction. */
export function withTenant<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.orm.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('role', 'lots_app', true), set_config('app.tenant', ${tenantId}, true)`,
    );
    return fn(tx);
  });
}

/**
 * Runs fn as the runtime role with no tenant: only what is not tenant-owned is visible
 * (municipalities) plus lots_login_tenant() to find which tenant a sign-in name belongs to.
 */
export function withoutTenant<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.orm.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('role', 'lots_app', true)`);
    return fn(tx);
  });
}

/** Runs fn as lots_platform, which may list and create tenants and nothing else. */
export function withPlatform<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.orm.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('role', 'lots_platform', true)`);
    return fn(tx);
  });
}

/** Inside a platform transaction: continue as the runtime role scoped to the given tenant. */
export async function switchToTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(
    sql`SELECT set_config('role', 'lots_app', true), set_config('app.tenant', ${tenantId}, true)`,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement withTenant runs first, as a literal for Database.transaction's prelude and
 * Database.script, which send it with BEGIN or with the query itself in one round trip (the hot
 * paths: resuming a session, logging a contact). The tenant id must be a uuid: it is checked
 * here because it is written into the SQL text. `also` adds select-list items of the caller's,
 * equally literal.
 */
export function tenantPrelude(tenantId: string, also = ''): string {
  if (!UUID.test(tenantId)) throw new Error('tenant id is not a uuid');
  return `SELECT set_config('role', 'lots_app', true), set_config('app.tenant', '${tenantId}', true)${also ? `, ${also}` : ''}`;
}

/**
 * Runs fn on one connection in one transaction as the runtime role scoped to the tenant, with
 * plain SQL (SqlClient): for bulk work that sends arrays as parameters, such as imports.
 */
export function withTenantClient<T>(
  db: Database,
  tenantId: string,
  fn: (client: SqlClient) => Promise<T>,
): Promise<T> {
  return db.transaction((client) => fn(client), { prelude: tenantPrelude(tenantId) });
}
