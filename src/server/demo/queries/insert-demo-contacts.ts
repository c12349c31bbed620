/**
 * Bulk insert of demo contacts with their first revision, as the runtime role inside withTenant
 * (row-level security applies as to every other write). One statement per batch: the rows travel
 * as one JSON document, jsonb_to_recordset turns it into rows, and the revision rows come from
 * the same document. Plain INSERT, not COPY: PostgreSQL refuses COPY FROM on a table with
 * row-level security for any role subject to it, and every role but a superuser is (FORCE).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { rowsOf } from '../../../db/rows.js';

/** One contact as the columns of contacts, plus its revision-1 snapshot. */
export interface DemoContactRow {
  id: string;
  logged_by_user_id: string;
  channel: string;
  started_at: string;
  duration_seconds: number;
  need: string;
  problem_kind: string | null;
  topic_id: string;
  owner_unit_id: string;
  concerns_existing_case: boolean;
  case_reference: string | null;
  resolution: string;
  forwarded_to_unit_id: string | null;
  forward_done: string | null;
  forward_expected: string | null;
  is_failure_demand: boolean;
  failure_reason: string | null;
  is_failure_demand_overridden: boolean;
  citizen_gender: string | null;
  citizen_age_band: string | null;
  citizen_district: string | null;
  summary: string;
  created_at: string;
  after: Record<string, unknown>;
}

/** Inserts the contacts and their 'created' revisions; returns how many contacts. */
export async function insertDemoContacts(
  tx: Tx,
  tenantId: string,
  rows: readonly DemoContactRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await tx.execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
        id uuid, logged_by_user_id uuid, channel text, started_at timestamptz, duration_seconds integer,
        need text, problem_kind text, topic_id uuid, owner_unit_id uuid, concerns_existing_case boolean,
        case_reference text, resolution text, forwarded_to_unit_id uuid, forward_done text,
        forward_expected text, is_failure_demand boolean, failure_reason text,
        is_failure_demand_overridden boolean, citizen_gender text, citizen_age_band text,
        citizen_district text, summary text, created_at timestamptz, after jsonb)
    ), saved AS (
      INSERT INTO contacts (
        tenant_id, id, logged_by_user_id, channel, started_at, duration_seconds, need, problem_kind,
        topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        created_at, updated_at)
      SELECT ${tenantId}::uuid, id, logged_by_user_id, channel, started_at, duration_seconds, need,
        problem_kind, topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        created_at, created_at
      FROM input
      RETURNING id
    )
    INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, changed_at, action, after)
    SELECT ${tenantId}::uuid, i.id, 1, i.logged_by_user_id, i.created_at, 'created', i.after
    FROM input i JOIN saved s ON s.id = i.id`);
  return rows.length;
}

export interface StoredTopic {
  id: string;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: string | null;
  hasChildren: boolean;
}

/** The tenant's catalogue, for the generator. */
export async function selectCatalogue(tx: Tx, tenantId: string): Promise<StoredTopic[]> {
  return rowsOf<StoredTopic>(
    await tx.execute(sql`
    SELECT t.id, t.name, t.owner_unit_id AS "ownerUnitId", t.default_failure_reason AS "defaultFailureReason",
      EXISTS (SELECT 1 FROM topics c WHERE c.tenant_id = t.tenant_id AND c.parent_id = t.id) AS "hasChildren"
    FROM topics t WHERE t.tenant_id = ${tenantId} AND t.retired_at IS NULL ORDER BY t.name`),
  );
}
