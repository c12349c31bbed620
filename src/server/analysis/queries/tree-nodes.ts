/** The tenant's units or topics as (id, parent) pairs: the trees the analyses resolve filters and departments by. */
import type { SqlClient } from '../../../db/database.js';

export interface TreeNode {
  id: string;
  parent_id: string | null;
}

export function readTreeNodes(client: SqlClient, table: 'units' | 'topics'): Promise<TreeNode[]> {
  return client.query<TreeNode>(
    `SELECT id::text AS id, parent_id::text AS parent_id FROM ${table === 'units' ? 'units' : 'topics'}
      WHERE tenant_id = lots_current_tenant()`,
  );
}
