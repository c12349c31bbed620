/** Changing a case (0027): its state with the times it was acknowledged, answered and closed, its answer, its improvement. */
import type { SqlClient } from '../../../db/database.js';

export async function updateState(client: SqlClient, id: string, state: string, measures: string | null): Promise<void> {
  await client.run(
    `UPDATE complaints SET state = $2,
            acknowledged_at = coalesce(acknowledged_at, CASE WHEN $2 <> 'received' THEN now() END),
            answered_at = CASE WHEN $2 = 'answered' THEN coalesce(answered_at, now()) ELSE answered_at END,
            closed_at = CASE WHEN $2 = 'closed' THEN now() WHEN $2 = 'reopened' THEN NULL ELSE closed_at END,
            measures = coalesce($3, measures),
            updated_at = now()
      WHERE tenant_id = lots_current_tenant() AND id = $1::uuid`,
    [id, state, measures],
  );
}

export async function updateAnswer(client: SqlClient, id: string, answer: string): Promise<void> {
  await client.run(
    `UPDATE complaints SET answer = $2, updated_at = now() WHERE tenant_id = lots_current_tenant() AND id = $1::uuid`,
    [id, answer],
  );
}

export async function markAnswerSent(client: SqlClient, id: string): Promise<void> {
  await client.run(
    `UPDATE complaints SET answer_sent_at = now() WHERE tenant_id = lots_current_tenant() AND id = $1::uuid`,
    [id],
  );
}

/** False when the improvement does not exist in the tenant. */
export async function linkImprovement(client: SqlClient, id: string, improvementId: string | null): Promise<boolean> {
  if (improvementId !== null) {
    const found = await client.query(
      'SELECT 1 FROM improvements WHERE tenant_id = lots_current_tenant() AND id = $1::uuid',
      [improvementId],
    );
    if (found.length === 0) return false;
  }
  await client.run(
    `UPDATE complaints SET improvement_id = $2::uuid, updated_at = now() WHERE tenant_id = lots_current_tenant() AND id = $1::uuid`,
    [id, improvementId],
  );
  return true;
}
