/**
 * Many contacts with their first revision in one statement: the bulk intake's batches and the
 * demo year. The rows travel as one JSON parameter, unpacked by jsonb_to_recordset (the same SQL
 * on PGlite and node-postgres, whatever the number of rows); the caller chunks large batches.
 * Runs inside withTenant, so row-level security applies as to every other write. Plain INSERT,
 * not COPY: PostgreSQL refuses COPY FROM on a table with row-level security for any role subject
 * to it, and every role but a superuser is (FORCE).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { readEmailClockTx } from './email-clock.js';

/** One contact by its column names, with its id chosen by the caller and its first revision's snapshot. */
export interface ContactBatchRow {
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
  /** E-mail contacts: when the e-mail came in. */
  received_at: string | null;
  /** When it was logged (the demo's past); null: now. Also the revision's time. */
  created_at: string | null;
  /** Set together for a contact from another system (0006_contact_intake.sql). */
  external_source: string | null;
  external_id: string | null;
  external_fingerprint: string | null;
  /** contact_revisions.after of revision 1. */
  after: Record<string, unknown>;
}

export async function insertContactBatch(
  tx: Tx,
  tenantId: string,
  rows: readonly ContactBatchRow[],
): Promise<void> {
  if (rows.length === 0) return;
  // An e-mail contact's working time from receipt is kept with it (0016_email_contact_days.sql).
  const clock = rows.some((r) => r.received_at !== null) ? await readEmailClockTx(tx) : null;
  const batch = rows.map((r) => ({
    ...r,
    email_working_seconds:
      clock && r.received_at !== null ? clock(new Date(r.received_at), new Date(r.started_at)) : null,
  }));
  await tx.execute(sql`
    WITH batch AS (
      SELECT id, logged_by_user_id, channel, started_at, duration_seconds, need, problem_kind,
        topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        received_at, email_working_seconds, coalesce(created_at, now()) AS created_at, external_source,
        external_id, external_fingerprint, after
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r (
        id uuid, logged_by_user_id uuid, channel text, started_at timestamptz, duration_seconds integer,
        need text, problem_kind text, topic_id uuid, owner_unit_id uuid, concerns_existing_case boolean,
        case_reference text, resolution text, forwarded_to_unit_id uuid, forward_done text,
        forward_expected text, is_failure_demand boolean, failure_reason text,
        is_failure_demand_overridden boolean, citizen_gender text, citizen_age_band text,
        citizen_district text, summary text, received_at timestamptz, email_working_seconds integer,
        created_at timestamptz, external_source text,
        external_id text, external_fingerprint text, after jsonb)
    ), saved AS (
      INSERT INTO contacts (
        tenant_id, id, logged_by_user_id, channel, started_at, duration_seconds, need, problem_kind,
        topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        received_at, email_working_seconds, created_at, updated_at, external_source, external_id,
        external_fingerprint)
      SELECT ${tenantId}::uuid, id, logged_by_user_id, channel, started_at, duration_seconds, need,
        problem_kind, topic_id, owner_unit_id, concerns_existing_case, case_reference, resolution,
        forwarded_to_unit_id, forward_done, forward_expected, is_failure_demand, failure_reason,
        is_failure_demand_overridden, citizen_gender, citizen_age_band, citizen_district, summary,
        received_at, email_working_seconds, created_at, created_at, external_source, external_id,
        external_fingerprint
        FROM batch
    )
    -- A data-modifying WITH runs whether or not it is referenced, and foreign keys are checked at
    -- the end of the statement, when every contact of the batch is there. (Joining the revisions
    -- to the contacts' RETURNING instead made PGlite pick a nested loop: quadratic.)
    INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, changed_at, action, after)
    SELECT ${tenantId}::uuid, id, 1, logged_by_user_id, created_at, 'created', after FROM batch`);
}
