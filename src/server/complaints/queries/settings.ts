/**
 * The tenant's complaint settings and categories (0027), made on first use: the default
 * deadlines, the e-form's signing key, Järfälla's six categories. Also the calendar a deadline
 * needs: the tenant's time zone and own closed days.
 */
import { DEFAULT_CATEGORIES, type ComplaintCategory } from '../../../core/complaints/complaints.js';
import { DEFAULT_DEADLINES, type DeadlineRules } from '../../../core/complaints/deadlines.js';
import type { SqlClient } from '../../../db/database.js';

export interface SettingsRow {
  deadlines: DeadlineRules;
  formOpen: boolean;
  formSecret: Uint8Array;
}

export async function readOrMakeSettings(client: SqlClient, newSecret: Uint8Array): Promise<SettingsRow> {
  await client.run(
    `INSERT INTO complaint_settings (tenant_id, deadlines, form_secret)
     VALUES (lots_current_tenant(), $1::jsonb, $2) ON CONFLICT (tenant_id) DO NOTHING`,
    [JSON.stringify(DEFAULT_DEADLINES), newSecret],
  );
  const [row] = await client.query<SettingsRow>(
    `SELECT deadlines, form_open AS "formOpen", form_secret AS "formSecret"
       FROM complaint_settings WHERE tenant_id = lots_current_tenant()`,
  );
  if (!row) throw new Error('complaint settings missing');
  return { ...row, formSecret: new Uint8Array(row.formSecret) };
}

export interface CategoryRow extends ComplaintCategory {
  retired: boolean;
}

/** The tenant's categories in their order; Järfälla's six are written on first use. */
export async function readOrMakeCategories(client: SqlClient): Promise<CategoryRow[]> {
  const read = () =>
    client.query<CategoryRow>(
      `SELECT key, name_sv AS sv, name_en AS en, retired_at IS NOT NULL AS retired
         FROM complaint_categories WHERE tenant_id = lots_current_tenant() ORDER BY position, key`,
    );
  const rows = await read();
  if (rows.length > 0) return rows;
  await client.run(
    `INSERT INTO complaint_categories (tenant_id, key, name_sv, name_en, position)
     SELECT lots_current_tenant(), c.key, c.sv, c.en, c.position
       FROM jsonb_to_recordset($1::jsonb) AS c(key text, sv text, en text, position int)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(DEFAULT_CATEGORIES.map((c, position) => ({ key: c.key, sv: c.sv, en: c.en, position })))],
  );
  return read();
}

export interface CalendarRow {
  timeZone: string;
  closedDays: string[];
}

/** The tenant's time zone (telephony settings, else Europe/Stockholm) and its closed days from `from` on. */
export async function readCalendar(client: SqlClient, from: string): Promise<CalendarRow> {
  const [row] = await client.query<CalendarRow>(
    `SELECT coalesce((SELECT time_zone FROM telephony_settings WHERE tenant_id = lots_current_tenant()), 'Europe/Stockholm') AS "timeZone",
            coalesce((SELECT array_agg(day::text ORDER BY day) FROM closed_days
                       WHERE tenant_id = lots_current_tenant() AND day >= $1::date AND day < $1::date + 120), '{}') AS "closedDays"`,
    [from],
  );
  return row ?? { timeZone: 'Europe/Stockholm', closedDays: [] };
}
