/**
 * Queries of the bulk intake: which contacts a source has sent before, and saving a batch. They
 * run inside withTenant (row-level security applies) and filter on tenant_id as well.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { rowsOf } from '../../../db/rows.js';

// Any constant distinct from the other advisory locks (7_242_001-003, 7_242_030, 7_242_040).
const SOURCE_LOCK = 7_242_050;

/**
 * Makes imports from the same source wait for each other until the transaction ends, so that
 * two batches carrying the same externalId cannot both find it new.
 */
export async function lockExternalSource(tx: Tx, tenantId: string, source: string): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${sql.raw(String(SOURCE_LOCK))}, hashtext(${`${tenantId}:${source}`}))`,
  );
}

/** The contacts already imported from the source under the given ids (deleted ones too). */
export async function selectExternalContacts(
  tx: Tx,
  tenantId: string,
  source: string,
  externalIds: readonly string[],
): Promise<Map<string, { id: string; fingerprint: string }>> {
  const rows = rowsOf<{ external_id: string; id: string; external_fingerprint: string }>(
    await tx.execute(sql`
      SELECT external_id, id, external_fingerprint FROM contacts
       WHERE tenant_id = ${tenantId} AND external_source = ${source}
         AND external_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`),
  );
  return new Map(rows.map((r) => [r.external_id, { id: r.id, fingerprint: r.external_fingerprint }]));
}

/** One contact to insert, with its id chosen by the caller and its first revision's snapshot. */
export interface ExternalContactValues {
  id: string;
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
  external_id: string;
  external_fingerprint: string;
  /** contact_revisions.after of revision 1. */
  after: Record<string, unknown>;
}

/**
 * Inserts the contacts and their 'created' revisions in one statement: the rows travel as one
 * JSON parameter, unpacked by jsonb_to_recordset (the same SQL on PGlite and node-postgres,
 * whatever the number of rows). The caller chunks large batches.
 */
export async function insertExternalContacts(
  tx: Tx,
  params: { tenantId: string; userId: string; source: string; rows: readonly ExternalContactValues[] },
): Promise<void> {
  const { tenantId, userId, source, rows } = params;
  await tx.execute(sql`
    WITH batch AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r (
        id uuid, channel text, started_at timestamptz, duration_seconds integer, need text,
        problem_kind text, topic_id uuid, owner_unit_id uuid, concerns_existing_case boolean,
        case_reference text, resolution text, forwarded_to_unit_id uuid, forward_done text,
        forward_expected text, is_failure_demand boolean, failure_reason text,
        is_failure_demand_overridden boolean, citizen_gender text, citizen_age_band text,
        citizen_district text, summary text, external_id text, external_fingerprint text, after jsonb)
    ), saved AS (
      INSERT INTO contacts (
        tenant_id, id, logged_by_user_id, channel, started_at, duration_seconds, need, problem_kind,
        topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        external_source, external_id, external_fingerprint)
      SELECT ${tenantId}::uuid, id, ${userId}::uuid, channel, started_at, duration_seconds, need, problem_kind,
        topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        ${source}, external_id, external_fingerprint
        FROM batch
    )
    -- A data-modifying WITH runs whether or not it is referenced, and foreign keys are checked at
    -- the end of the statement, when every contact of the batch is there. (Joining the revisions
    -- to the contacts' RETURNING instead made PGlite pick a nested loop: quadratic.)
    INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, action, after)
    SELECT ${tenantId}::uuid, id, 1, ${userId}::uuid, 'created', after FROM batch`);
}
