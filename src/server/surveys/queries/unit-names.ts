import type { SqlClient } from '../../../db/database.js';

/** The names of units, by id (a breakdown per unit labels its groups). */
export async function readUnitNames(client: SqlClient, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await client.query<{ id: string; name: string }>(
    'SELECT id, name FROM units WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
