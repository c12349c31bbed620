/**
 * Every request's database work runs inside one of these transactions. The role switch makes
 * PostgreSQL's row-level security apply: lots_app sees only the rows of the tenant set here, and
 * with no tenant set it sees none.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from './database.js';

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
  await tx.execute(sql`SELECT set_config('role', 'lots_app', true), set_config('app.tenant', ${tenantId}, true)`);
}
