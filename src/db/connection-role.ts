/**
 * What the server connection runs as. Lots's tenant isolation rests on the runtime roles it
 * switches to (lots_app, lots_platform) and on row-level security; a superuser connection would
 * let any SQL that escaped into a statement switch back to a role that bypasses it all (issue
 * #11). `lots serve` warns when the connecting role is a superuser or has BYPASSRLS.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './database.js';
import { rowsOf } from './rows.js';

export interface ConnectionRole {
  name: string;
  isSuperuser: boolean;
  bypassesRls: boolean;
}

export async function connectionRole(db: Database): Promise<ConnectionRole> {
  const [row] = rowsOf<{ name: string; super: boolean; bypass: boolean }>(
    await db.orm.execute(
      sql`SELECT rolname AS name, rolsuper AS super, rolbypassrls AS bypass FROM pg_roles WHERE rolname = session_user`,
    ),
  );
  if (!row) throw new Error('the session user has no role row');
  return { name: row.name, isSuperuser: row.super, bypassesRls: row.bypass };
}
