/**
 * The queries of logging a contact, the busiest write in Lots (every guide, every few minutes).
 * They run on the plain connection of Database.transaction rather than through the query
 * builder, in two round trips: BEGIN with the role and tenant switch, the idempotency lock and
 * one read of everything the rules need; then the insert of the contact with its first revision
 * and COMMIT. Both travel as scripts without parameters, so every value in them is a literal of
 * src/db/sql-literal.ts (text hex-encoded: nothing typed can change the statement).
 * save-contact.test.ts checks that the rows they return are the rows the query builder reads.
 */
import { createHash } from 'node:crypto';
import { getTableColumns } from 'drizzle-orm';
import type { SqlClient } from '../../../db/database.js';
import { contacts } from '../../../db/schema.js';
import { sqlLiteral } from '../../../db/sql-literal.js';
import type { FailureReason } from '../../../core/contacts/taxonomy.js';
import type { ContactRow, NewContactRow } from './contacts.js';

const columns = getTableColumns(contacts);

/** Every column of contacts under its drizzle name, so a row reads as a ContactRow. */
const CONTACT_COLUMNS = Object.entries(columns)
  .map(([key, column]) => `"${column.name}" AS "${key}"`)
  .join(', ');

// The same constant as the other advisory locks' first key (7_242_001-003, 7_242_030).
const IDEMPOTENCY_LOCK = 7_242_040;

/**
 * The select-list item that claims the idempotency key until the transaction ends (the draft's
 * "request is outstanding": false means 409). The second key is a 32-bit hash of tenant, user
 * and key computed here, so that it is a number literal; a collision between two keys only makes
 * one of them retry.
 */
export function idempotencyLockItem(tenantId: string, userId: string, key: string): string {
  const hash = createHash('sha256').update(`${tenantId}:${userId}:${key}`).digest().readInt32BE(0);
  return `pg_try_advisory_xact_lock(${IDEMPOTENCY_LOCK}, ${hash}) AS locked`;
}

export interface SaveContext {
  /** The contact already saved with this idempotency key, if any. */
  existingId: string | null;
  topic: {
    id: string;
    ownerUnitId: string;
    defaultFailureReason: FailureReason | null;
    retired: boolean;
  } | null;
  /** The receiving unit when one was named: whether it exists and is archived. */
  forwardUnit: { archived: boolean } | null;
}

export interface SaveContextParams {
  tenantId: string;
  userId: string;
  idempotencyKey: string;
  topicId: string;
  forwardUnitId: string | null;
}

/**
 * The statement that reads, in one go, an earlier save with the key, the topic and the
 * receiving unit. For the prelude, after the statement that switches role and tenant: the
 * role must be set before a statement is planned for row-level security to apply to it.
 */
export function saveContextStatement(p: SaveContextParams): string {
  const t = sqlLiteral(p.tenantId, 'uuid');
  return `SELECT (SELECT c.id FROM contacts c
              WHERE c.tenant_id = ${t} AND c.logged_by_user_id = ${sqlLiteral(p.userId, 'uuid')}
                AND c.idempotency_key = ${sqlLiteral(p.idempotencyKey, 'text')}) AS existing_id,
            t.id AS topic_id, t.owner_unit_id, t.default_failure_reason,
            t.retired_at IS NOT NULL AS topic_retired,
            u.id AS unit_id, u.archived_at IS NOT NULL AS unit_archived
       FROM (VALUES (1)) AS one (x)
       LEFT JOIN topics t ON t.tenant_id = ${t} AND t.id = ${sqlLiteral(p.topicId, 'uuid')}
       LEFT JOIN units u ON u.tenant_id = ${t} AND u.id = ${sqlLiteral(p.forwardUnitId, 'uuid')}`;
}

/** The row of saveContextStatement. */
export function saveContextOf(rows: readonly Record<string, unknown>[] | undefined): SaveContext {
  const row = rows?.[0] as
    | {
        existing_id: string | null;
        topic_id: string | null;
        owner_unit_id: string | null;
        default_failure_reason: FailureReason | null;
        topic_retired: boolean | null;
        unit_id: string | null;
        unit_archived: boolean | null;
      }
    | undefined;
  if (!row) throw new Error('the save context query returned no row');
  return {
    existingId: row.existing_id,
    topic:
      row.topic_id && row.owner_unit_id
        ? {
            id: row.topic_id,
            ownerUnitId: row.owner_unit_id,
            defaultFailureReason: row.default_failure_reason,
            retired: row.topic_retired === true,
          }
        : null,
    forwardUnit: row.unit_id ? { archived: row.unit_archived === true } : null,
  };
}

/** The contact by id, as the query builder would read it. */
export async function selectContactRow(
  client: SqlClient,
  tenantId: string,
  id: string,
): Promise<ContactRow | null> {
  const [row] = await client.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return row ?? null;
}

/** The columns a new contact sets; the rest take their defaults. */
export type NewContactValues = Required<
  Omit<
    NewContactRow,
    | 'id'
    | 'revision'
    | 'createdAt'
    | 'updatedAt'
    | 'deletedAt'
    | 'deletedReason'
    | 'externalSource'
    | 'externalId'
    | 'externalFingerprint'
  >
>;

/** The contact with this idempotency key, if one was saved. */
export async function selectContactByKey(
  client: SqlClient,
  tenantId: string,
  userId: string,
  key: string,
): Promise<ContactRow | null> {
  const [row] = await client.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE tenant_id = $1 AND logged_by_user_id = $2 AND idempotency_key = $3`,
    [tenantId, userId, key],
  );
  return row ?? null;
}

/**
 * Inserts the contact and its first revision ('created', with the snapshot) and commits, in one
 * round trip. Null when a contact with the same idempotency key exists already (a writer that did
 * not take the lock saved between the read and this insert): its contact is then the answer.
 */
export async function insertContactAndCommit(
  client: SqlClient,
  values: NewContactValues,
  snapshot: Record<string, unknown>,
): Promise<ContactRow | null> {
  const keys = Object.keys(values) as (keyof NewContactValues)[];
  const names = keys.map((key) => `"${columns[key].name}"`);
  const literals = keys.map((key) => sqlLiteral(values[key], columns[key].getSQLType()));
  const [rows] = await client.commitWith(
    `WITH saved AS (
       INSERT INTO contacts (${names.join(', ')})
       VALUES (${literals.join(', ')})
       ON CONFLICT (tenant_id, logged_by_user_id, idempotency_key) DO NOTHING
       RETURNING *
     ), revision AS (
       INSERT INTO contact_revisions (tenant_id, contact_id, revision, changed_by_user_id, action, reason, before, after)
       SELECT tenant_id, id, 1, logged_by_user_id, 'created', NULL, NULL, ${sqlLiteral(JSON.stringify(snapshot), 'jsonb')}
         FROM saved
     )
     SELECT ${CONTACT_COLUMNS} FROM saved`,
  );
  return (rows?.[0] as ContactRow | undefined) ?? null;
}
