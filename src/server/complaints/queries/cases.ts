/**
 * Reading cases (0027) within the reader's scope: the whole tenant, or the cases the reader
 * registered and those owned by their units and the units below them. Lists carry no contact
 * details; one case carries them only when asked for (those who may handle it).
 */
import type { ComplaintChannel, ComplaintState, ComplaintType } from '../../../core/complaints/complaints.js';
import type { SqlClient } from '../../../db/database.js';

export type CaseScope = { kind: 'all' } | { kind: 'limited'; userId: string | null; unitIds: string[] };

export interface CaseRow {
  id: string;
  year: number;
  number: number;
  type: ComplaintType;
  categories: string[];
  topicId: string | null;
  unitId: string | null;
  channel: ComplaintChannel;
  receivedAt: Date;
  receivedDay: string;
  body: string;
  personalData: string[];
  anonymous: boolean;
  wantsAnswer: boolean;
  language: string;
  state: ComplaintState;
  acknowledgeBy: string;
  answerBy: string;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
  answerSentAt: Date | null;
  measures: string | null;
  contactId: string | null;
  improvementId: string | null;
  registeredByUserId: string | null;
  hasContactDetails: boolean;
}

const COLUMNS = `c.id, c.year, c.number, c.type, c.categories, c.topic_id AS "topicId", c.unit_id AS "unitId", c.channel,
  c.received_at AS "receivedAt", c.received_day::text AS "receivedDay", c.body, c.personal_data AS "personalData",
  c.anonymous, c.wants_answer AS "wantsAnswer", c.language, c.state, c.acknowledge_by::text AS "acknowledgeBy",
  c.answer_by::text AS "answerBy", c.acknowledged_at AS "acknowledgedAt", c.answered_at AS "answeredAt",
  c.closed_at AS "closedAt", c.answer, c.answer_sent_at AS "answerSentAt", c.measures, c.contact_id AS "contactId",
  c.improvement_id AS "improvementId", c.registered_by_user_id AS "registeredByUserId",
  EXISTS (SELECT 1 FROM complaint_contact_details d WHERE d.tenant_id = c.tenant_id AND d.complaint_id = c.id) AS "hasContactDetails"`;

/** The scope as a condition on `c`, its parameters numbered from `first`. */
function scopeSql(scope: CaseScope, first: number): { sql: string; params: unknown[] } {
  if (scope.kind === 'all') return { sql: 'true', params: [] };
  return {
    sql: `(c.registered_by_user_id = $${first}::uuid OR c.unit_id IN (
        WITH RECURSIVE sub(id) AS (
          SELECT id FROM units WHERE tenant_id = lots_current_tenant() AND id = ANY($${first + 1}::uuid[])
          UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE u.tenant_id = lots_current_tenant()
        ) SELECT id FROM sub))`,
    params: [scope.userId, scope.unitIds],
  };
}

/** One case in the scope; locked for a change when `lock`. */
export async function readCase(
  client: SqlClient,
  id: string,
  scope: CaseScope,
  lock = false,
): Promise<CaseRow | null> {
  const where = scopeSql(scope, 2);
  const [row] = await client.query<CaseRow>(
    `SELECT ${COLUMNS} FROM complaints c
      WHERE c.tenant_id = lots_current_tenant() AND c.id = $1::uuid AND ${where.sql}${lock ? ' FOR UPDATE OF c' : ''}`,
    [id, ...where.params],
  );
  return row ?? null;
}

export interface CaseFilter {
  type?: string;
  category?: string;
  unitId?: string;
  topicId?: string;
  channel?: string;
  state?: string;
  from?: string;
  to?: string;
  /** The cases linked to an improvement on the board. */
  improvementId?: string;
  /** The last case of the previous page. */
  after?: { receivedAt: Date; id: string };
  limit: number;
}

/** Cases newest first (received_at, id), in the scope, matching every filter given. */
export async function listCases(client: SqlClient, scope: CaseScope, f: CaseFilter): Promise<CaseRow[]> {
  const params: unknown[] = [
    f.type ?? null,
    f.category ?? null,
    f.unitId ?? null,
    f.topicId ?? null,
    f.channel ?? null,
    f.state ?? null,
    f.from ?? null,
    f.to ?? null,
    f.after?.receivedAt ?? null,
    f.after?.id ?? null,
    f.limit,
    f.improvementId ?? null,
  ];
  const where = scopeSql(scope, params.length + 1);
  return client.query<CaseRow>(
    `SELECT ${COLUMNS} FROM complaints c
      WHERE c.tenant_id = lots_current_tenant()
        AND ($1::text IS NULL OR c.type = $1)
        AND ($2::text IS NULL OR $2 = ANY (c.categories))
        AND ($3::uuid IS NULL OR c.unit_id IN (
              WITH RECURSIVE sub(id) AS (
                SELECT id FROM units WHERE tenant_id = lots_current_tenant() AND id = $3::uuid
                UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id WHERE u.tenant_id = lots_current_tenant()
              ) SELECT id FROM sub))
        AND ($4::uuid IS NULL OR c.topic_id = $4::uuid)
        AND ($5::text IS NULL OR c.channel = $5)
        AND ($6::text IS NULL OR c.state = $6)
        AND ($7::date IS NULL OR c.received_day >= $7::date)
        AND ($8::date IS NULL OR c.received_day <= $8::date)
        AND ($9::timestamptz IS NULL OR (c.received_at, c.id) < ($9::timestamptz, $10::uuid))
        AND ($12::uuid IS NULL OR c.improvement_id = $12::uuid)
        AND ${where.sql}
      ORDER BY c.received_at DESC, c.id DESC
      LIMIT $11`,
    [...params, ...where.params],
  );
}

export async function readContactDetails(
  client: SqlClient,
  complaintId: string,
): Promise<{ name: string | null; email: string | null; phone: string | null; postalAddress: string | null } | null> {
  const [row] = await client.query<{ name: string | null; email: string | null; phone: string | null; postalAddress: string | null }>(
    `SELECT name, email, phone, postal_address AS "postalAddress" FROM complaint_contact_details
      WHERE tenant_id = lots_current_tenant() AND complaint_id = $1::uuid`,
    [complaintId],
  );
  return row ?? null;
}
