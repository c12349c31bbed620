/**
 * The state a source's next queue_log file continues from (core CallAssembler's), locked for the
 * import's transaction so that two imports of one source never interleave.
 */
import type { SqlClient } from '../../../db/database.js';

/** Locks the source's row (creating it when new) and returns its stored state, or null. */
export async function lockCallSource(client: SqlClient, source: string): Promise<unknown> {
  await client.query(
    `INSERT INTO call_sources (tenant_id, source, assembly_state)
     VALUES (lots_current_tenant(), $1, '{}'::jsonb) ON CONFLICT DO NOTHING`,
    [source],
  );
  const rows = await client.query<{ assembly_state: Record<string, unknown> }>(
    `SELECT assembly_state FROM call_sources WHERE tenant_id = lots_current_tenant() AND source = $1 FOR UPDATE`,
    [source],
  );
  const state = rows[0]?.assembly_state;
  return state && Object.keys(state).length > 0 ? state : null;
}

export async function saveCallSourceState(client: SqlClient, source: string, state: unknown): Promise<void> {
  await client.query(
    `UPDATE call_sources SET assembly_state = $2::jsonb, updated_at = now()
      WHERE tenant_id = lots_current_tenant() AND source = $1`,
    [source, JSON.stringify(state)],
  );
}
