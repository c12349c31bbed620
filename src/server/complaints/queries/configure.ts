/** Writing the tenant's categories and settings (0027). */
import type { DeadlineRules } from '../../../core/complaints/deadlines.js';
import type { SqlClient } from '../../../db/database.js';

/** The list as given, in its order; categories left out are retired, given ones brought back. */
export async function writeCategories(
  client: SqlClient,
  categories: readonly { key: string; sv: string; en: string }[],
): Promise<void> {
  await client.run(
    `INSERT INTO complaint_categories (tenant_id, key, name_sv, name_en, position)
     SELECT lots_current_tenant(), c.key, c.sv, c.en, c.position
       FROM jsonb_to_recordset($1::jsonb) AS c(key text, sv text, en text, position int)
     ON CONFLICT (tenant_id, key) DO UPDATE
       SET name_sv = excluded.name_sv, name_en = excluded.name_en, position = excluded.position, retired_at = NULL`,
    [JSON.stringify(categories.map((c, position) => ({ ...c, position })))],
  );
  await client.run(
    `UPDATE complaint_categories SET retired_at = now()
      WHERE tenant_id = lots_current_tenant() AND retired_at IS NULL AND NOT (key = ANY ($1::text[]))`,
    [categories.map((c) => c.key)],
  );
}

export async function writeSettings(client: SqlClient, deadlines: DeadlineRules, formOpen: boolean): Promise<void> {
  await client.run(
    `UPDATE complaint_settings SET deadlines = $1::jsonb, form_open = $2, updated_at = now()
      WHERE tenant_id = lots_current_tenant()`,
    [JSON.stringify(deadlines), formOpen],
  );
}
