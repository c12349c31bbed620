/**
 * The public e-form's reads (0027): which tenant /s/<key> belongs to (through
 * lots_complaint_form_tenant, without a tenant set), and the receipt of a form token's case.
 */
import { registrationNumber } from '../../../core/complaints/complaints.js';
import type { Database, SqlClient } from '../../../db/database.js';

export async function findFormTenant(db: Database, key: string): Promise<string | null> {
  return db.transaction(
    async (client) => {
      const [row] = await client.query<{ tenant: string | null }>('SELECT lots_complaint_form_tenant($1) AS tenant', [key]);
      return row?.tenant ?? null;
    },
    { prelude: "SELECT set_config('role', 'lots_app', true)" },
  );
}

export interface ReceiptRow {
  registrationNumber: string;
  type: string;
  wantsAnswer: boolean;
  answerBy: string;
}

export async function readReceipt(client: SqlClient, nonce: string): Promise<ReceiptRow | null> {
  const [row] = await client.query<{ year: number; number: number; type: string; wantsAnswer: boolean; answerBy: string }>(
    `SELECT year, number, type, wants_answer AS "wantsAnswer", answer_by::text AS "answerBy"
       FROM complaints WHERE tenant_id = lots_current_tenant() AND form_nonce = $1`,
    [nonce],
  );
  return row
    ? { registrationNumber: registrationNumber(row.year, row.number), type: row.type, wantsAnswer: row.wantsAnswer, answerBy: row.answerBy }
    : null;
}
