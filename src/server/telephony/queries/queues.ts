/** Queues and queue groups: the scopes the measures are kept for. */
import type { SqlClient } from '../../../db/database.js';

export interface QueueRow {
  id: string;
  name: string;
  label: string | null;
  group_id: string | null;
}

export interface QueueGroupRow {
  id: string;
  name: string;
}

export async function listQueues(client: SqlClient): Promise<QueueRow[]> {
  return client.query<QueueRow>(
    `SELECT id, name, label, group_id FROM queues WHERE tenant_id = lots_current_tenant() ORDER BY name`,
  );
}

export async function listQueueGroups(client: SqlClient): Promise<QueueGroupRow[]> {
  return client.query<QueueGroupRow>(
    `SELECT id, name FROM queue_groups WHERE tenant_id = lots_current_tenant() ORDER BY name`,
  );
}

export async function insertQueueGroup(client: SqlClient, name: string): Promise<QueueGroupRow | null> {
  const rows = await client.query<QueueGroupRow>(
    `INSERT INTO queue_groups (tenant_id, name) VALUES (lots_current_tenant(), $1)
     ON CONFLICT DO NOTHING RETURNING id, name`,
    [name],
  );
  return rows[0] ?? null;
}

export async function renameQueueGroup(
  client: SqlClient,
  id: string,
  name: string,
): Promise<QueueGroupRow | null> {
  const rows = await client.query<QueueGroupRow>(
    `UPDATE queue_groups SET name = $2 WHERE tenant_id = lots_current_tenant() AND id = $1 RETURNING id, name`,
    [id, name],
  );
  return rows[0] ?? null;
}

export async function deleteQueueGroup(client: SqlClient, id: string): Promise<boolean> {
  const rows = await client.query(
    `DELETE FROM queue_groups WHERE tenant_id = lots_current_tenant() AND id = $1 RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

export async function updateQueue(
  client: SqlClient,
  id: string,
  change: { label: string | null; groupId: string | null },
): Promise<QueueRow | null> {
  const rows = await client.query<QueueRow>(
    `UPDATE queues SET label = $2, group_id = $3 WHERE tenant_id = lots_current_tenant() AND id = $1
     RETURNING id, name, label, group_id`,
    [id, change.label, change.groupId],
  );
  return rows[0] ?? null;
}
