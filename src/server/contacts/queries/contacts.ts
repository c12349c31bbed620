/**
 * Queries on contacts. They run inside withTenant, where row-level security already limits them
 * to the tenant; they filter on tenant_id as well, which lets PostgreSQL use the indexes that
 * start with it. Who-sees-what (policy.ts) becomes a condition of the same query, so a contact
 * outside the actor's scope is simply not found.
 */
import { and, desc, eq, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { contacts, topics, units } from '../../../db/schema.js';
import type {
  AgeBand,
  Channel,
  FailureReason,
  Gender,
  Need,
  Resolution,
} from '../../../core/contacts/taxonomy.js';
import type { ContactCursor } from '../cursor.js';
import type { ContactScope } from '../policy.js';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;

const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The given units and every unit below them (archived ones too: history stays with its unit). */
function unitSubtree(tenantId: string, unitIds: readonly string[]): SQL {
  return sql`(WITH RECURSIVE sub(id) AS (
      SELECT id FROM ${units} WHERE tenant_id = ${tenantId} AND id IN (${uuidList(unitIds)})
      UNION
      SELECT u.id FROM ${units} u JOIN sub ON u.parent_id = sub.id WHERE u.tenant_id = ${tenantId}
    ) SELECT id FROM sub)`;
}

/** The topic and every topic below it in the catalogue. */
function topicSubtree(tenantId: string, topicId: string): SQL {
  return sql`(WITH RECURSIVE sub(id) AS (
      SELECT id FROM ${topics} WHERE tenant_id = ${tenantId} AND id = ${topicId}::uuid
      UNION
      SELECT t.id FROM ${topics} t JOIN sub ON t.parent_id = sub.id WHERE t.tenant_id = ${tenantId}
    ) SELECT id FROM sub)`;
}

function scopeCondition(tenantId: string, scope: ContactScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const own = eq(contacts.loggedByUserId, scope.userId);
  if (scope.unitIds.length === 0) return own;
  return or(own, sql`${contacts.ownerUnitId} IN ${unitSubtree(tenantId, scope.unitIds)}`);
}

export async function findContact(
  tx: Tx,
  tenantId: string,
  id: string,
  scope: ContactScope,
  options: { includeDeleted?: boolean; forUpdate?: boolean } = {},
): Promise<ContactRow | null> {
  const query = tx
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        eq(contacts.id, id),
        options.includeDeleted ? undefined : isNull(contacts.deletedAt),
        scopeCondition(tenantId, scope),
      ),
    );
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export type ContactChanges = Partial<Omit<NewContactRow, 'tenantId' | 'id' | 'revision' | 'updatedAt'>>;

/** Applies the changes, counts a revision and stamps the time; returns the row as it is now. */
export async function updateContactRow(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: ContactChanges,
): Promise<ContactRow> {
  const [row] = await tx
    .update(contacts)
    .set({ ...changes, revision: sql`${contacts.revision} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)))
    .returning();
  if (!row) throw new Error('contact update returned no row');
  return row;
}

export interface ContactFilters {
  /** Half-open period [start, end) of startedAt. */
  start?: Date | undefined;
  end?: Date | undefined;
  channel?: Channel | undefined;
  need?: Need | undefined;
  /** The topic and its subtopics. */
  topicId?: string | undefined;
  /** Contacts owned by the unit and its units. */
  unitId?: string | undefined;
  resolution?: Resolution | undefined;
  isFailureDemand?: boolean | undefined;
  loggedByUserId?: string | undefined;
  /** ISO day of the week of startedAt in Europe/Stockholm, 1 (Monday) to 7 (Sunday). */
  weekday?: number | undefined;
  /** Hour of startedAt in Europe/Stockholm, 0 to 23. */
  hour?: number | undefined;
  /** null: not recorded. */
  citizenGender?: Gender | null | undefined;
  /** null: not recorded. */
  citizenAgeBand?: AgeBand | null | undefined;
  /** null: not recorded; otherwise matched exactly. */
  citizenDistrict?: string | null | undefined;
  failureReason?: FailureReason | undefined;
  concernsExistingCase?: boolean | undefined;
  /** Contacts forwarded to the unit and its units. */
  forwardedToUnitId?: string | undefined;
}

/** Stockholm's wall-clock time of the start, whatever the session's time zone (daylight saving included). */
const localStart = sql`(${contacts.startedAt} AT TIME ZONE 'Europe/Stockholm')`;

/** The column equal to the value, IS NULL for null (not recorded), no condition for undefined. */
function equalOrNull(column: Column, value: string | null | undefined): SQL | undefined {
  if (value === undefined) return undefined;
  return value === null ? isNull(column) : eq(column, value);
}

/**
 * The filters and who-sees-what as one condition (deleted contacts never count): the list's
 * pages and its total (count-contacts.ts) select the same contacts.
 */
export function contactListCondition(
  tenantId: string,
  scope: ContactScope,
  filters: ContactFilters,
): SQL | undefined {
  const f = filters;
  return and(
    eq(contacts.tenantId, tenantId),
    isNull(contacts.deletedAt),
    scopeCondition(tenantId, scope),
    f.start ? sql`${contacts.startedAt} >= ${f.start.toISOString()}::timestamptz` : undefined,
    f.end ? sql`${contacts.startedAt} < ${f.end.toISOString()}::timestamptz` : undefined,
    f.channel ? eq(contacts.channel, f.channel) : undefined,
    f.need ? eq(contacts.need, f.need) : undefined,
    f.topicId ? sql`${contacts.topicId} IN ${topicSubtree(tenantId, f.topicId)}` : undefined,
    f.unitId ? sql`${contacts.ownerUnitId} IN ${unitSubtree(tenantId, [f.unitId])}` : undefined,
    f.resolution ? eq(contacts.resolution, f.resolution) : undefined,
    f.isFailureDemand === undefined ? undefined : eq(contacts.isFailureDemand, f.isFailureDemand),
    f.loggedByUserId ? eq(contacts.loggedByUserId, f.loggedByUserId) : undefined,
    f.weekday === undefined ? undefined : sql`extract(isodow from ${localStart}) = ${f.weekday}::int`,
    f.hour === undefined ? undefined : sql`extract(hour from ${localStart}) = ${f.hour}::int`,
    equalOrNull(contacts.citizenGender, f.citizenGender),
    equalOrNull(contacts.citizenAgeBand, f.citizenAgeBand),
    equalOrNull(contacts.citizenDistrict, f.citizenDistrict),
    f.failureReason ? eq(contacts.failureReason, f.failureReason) : undefined,
    f.concernsExistingCase === undefined
      ? undefined
      : eq(contacts.concernsExistingCase, f.concernsExistingCase),
    f.forwardedToUnitId
      ? sql`${contacts.forwardedToUnitId} IN ${unitSubtree(tenantId, [f.forwardedToUnitId])}`
      : undefined,
  );
}

/**
 * One page of contacts, newest first (startedAt, then id, descending), starting after the
 * cursor. Fetches one row more than the limit to tell whether another page follows.
 */
export function selectContactsPage(
  tx: Tx,
  tenantId: string,
  scope: ContactScope,
  filters: ContactFilters,
  cursor: ContactCursor | null,
  limit: number,
): Promise<ContactRow[]> {
  return tx
    .select()
    .from(contacts)
    .where(
      and(
        contactListCondition(tenantId, scope, filters),
        cursor
          ? sql`(${contacts.startedAt}, ${contacts.id}) < (${cursor.startedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(contacts.startedAt), desc(contacts.id))
    .limit(limit + 1);
}
