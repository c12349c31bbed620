/**
 * Writing a new synpunkt (0027): the next registration number of the year from the counter row
 * (locked by the UPDATE until the transaction ends, so numbers are given in commit order and a
 * rollback gives the number back: no gaps), the case, the contact details apart, and the first
 * history row. Also what a contact lends a synpunkt registered from it.
 */
import type { SqlClient } from '../../../db/database.js';

export async function nextRegistrationNumber(client: SqlClient, year: number): Promise<number> {
  const [row] = await client.query<{ n: number }>(
    `INSERT INTO complaint_counters (tenant_id, year, last_number) VALUES (lots_current_tenant(), $1, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = complaint_counters.last_number + 1
     RETURNING last_number AS n`,
    [year],
  );
  if (!row) throw new Error('no registration number');
  return row.n;
}

export interface NewComplaint {
  year: number;
  number: number;
  type: string;
  categories: string[];
  topicId: string | null;
  unitId: string | null;
  channel: string;
  receivedAt: Date;
  receivedDay: string;
  body: string;
  personalData: string[];
  anonymous: boolean;
  wantsAnswer: boolean;
  language: string;
  acknowledgeBy: string;
  answerBy: string;
  contactId: string | null;
  registeredByUserId: string | null;
  formNonce: string | null;
}

export async function insertComplaint(client: SqlClient, c: NewComplaint): Promise<string> {
  const [row] = await client.query<{ id: string }>(
    `INSERT INTO complaints (tenant_id, year, number, type, categories, topic_id, unit_id, channel, received_at,
            received_day, body, personal_data, anonymous, wants_answer, language, acknowledge_by, answer_by,
            contact_id, registered_by_user_id, form_nonce)
     VALUES (lots_current_tenant(), $1, $2, $3, $4::text[], $5::uuid, $6::uuid, $7, $8, $9::date, $10, $11::text[],
             $12, $13, $14, $15::date, $16::date, $17::uuid, $18::uuid, $19)
     RETURNING id`,
    [
      c.year,
      c.number,
      c.type,
      c.categories,
      c.topicId,
      c.unitId,
      c.channel,
      c.receivedAt,
      c.receivedDay,
      c.body,
      c.personalData,
      c.anonymous,
      c.wantsAnswer,
      c.language,
      c.acknowledgeBy,
      c.answerBy,
      c.contactId,
      c.registeredByUserId,
      c.formNonce,
    ],
  );
  if (!row) throw new Error('complaint not inserted');
  return row.id;
}

export interface ContactDetails {
  name: string | null;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
}

export async function insertContactDetails(client: SqlClient, complaintId: string, d: ContactDetails): Promise<void> {
  await client.run(
    `INSERT INTO complaint_contact_details (tenant_id, complaint_id, name, email, phone, postal_address)
     VALUES (lots_current_tenant(), $1::uuid, $2, $3, $4, $5)`,
    [complaintId, d.name, d.email, d.phone, d.postalAddress],
  );
}

/** The case a public form token already made, if any (a double click, a retried POST). */
export async function findByFormNonce(
  client: SqlClient,
  nonce: string,
): Promise<{ id: string; year: number; number: number } | null> {
  const [row] = await client.query<{ id: string; year: number; number: number }>(
    'SELECT id, year, number FROM complaints WHERE tenant_id = lots_current_tenant() AND form_nonce = $1',
    [nonce],
  );
  return row ?? null;
}

export interface ContactSource {
  channel: string;
  startedAt: Date;
  topicId: string;
  unitId: string;
}

/** The contact a guide registers a synpunkt from: its channel, start, topic and owning unit. */
/** `loggedBy`: only a contact that user logged (a guide registers from their own contacts). */
export async function readContactSource(
  client: SqlClient,
  contactId: string,
  loggedBy: string | null,
): Promise<ContactSource | null> {
  const [row] = await client.query<ContactSource>(
    `SELECT channel, started_at AS "startedAt", topic_id AS "topicId", owner_unit_id AS "unitId"
       FROM contacts WHERE tenant_id = lots_current_tenant() AND id = $1::uuid AND deleted_at IS NULL
        AND ($2::uuid IS NULL OR logged_by_user_id = $2::uuid)`,
    [contactId, loggedBy],
  );
  return row ?? null;
}

/** The unit owning a topic (the default owner unit of a synpunkt about it), or null. */
export async function topicOwner(client: SqlClient, topicId: string): Promise<string | null> {
  const [row] = await client.query<{ unitId: string }>(
    'SELECT owner_unit_id AS "unitId" FROM topics WHERE tenant_id = lots_current_tenant() AND id = $1::uuid',
    [topicId],
  );
  return row?.unitId ?? null;
}

export async function existsUnit(client: SqlClient, unitId: string): Promise<boolean> {
  const rows = await client.query('SELECT 1 FROM units WHERE tenant_id = lots_current_tenant() AND id = $1::uuid', [unitId]);
  return rows.length === 1;
}
