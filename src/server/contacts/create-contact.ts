import type { Database, SqlClient } from '../../db/database.js';
import { tenantPrelude } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { blankToNull, checkContact, type ContactFields } from '../../core/contacts/contact-rules.js';
import { maskContactTexts, type MaskedField } from '../../core/contacts/contact-text.js';
import { defaultFailureDemand } from '../../core/contacts/failure-demand.js';
import { badRequest, Problem } from '../http/problem.js';
import type { ProblemCode } from '../http/messages.js';
import { assertFailureChoiceComplete, contactSnapshot, throwIfContactInvalid } from './contact-input.js';
import { requestFingerprint } from './fingerprint.js';
import type { ContactRow } from './queries/contacts.js';
import {
  idempotencyLockItem,
  insertContactAndCommit,
  saveContextOf,
  saveContextStatement,
  selectContactByKey,
  selectContactRow,
  type NewContactValues,
} from './queries/save-contact.js';
import { readEmailClock } from './queries/email-clock.js';
import type { CreateContactBody } from './schema.js';

export interface CreateContactOptions {
  db: Database;
  actor: Actor;
  /** The client's Idempotency-Key, without the quotes of the header. */
  idempotencyKey: string;
  input: CreateContactBody;
  now?: Date;
}

export interface SavedContact {
  contact: ContactRow;
  /** false when this was a retry of a save that had already succeeded. */
  created: boolean;
  /** Fields whose personal data was masked, and the kinds found. */
  masked: MaskedField[];
}

/**
 * Logs a contact (issue #3). The save is idempotent (draft-ietf-httpapi-idempotency-key-header):
 * a retry with the same key and the same request returns the contact saved the first time; the
 * same key with another request is refused (422), and a retry while the first save is still
 * running is told to try again (409). Personal data in the free text is masked before storing;
 * the topic decides the owning unit, and failure demand is defaulted unless the guide chose.
 */
export async function createContact({
  db,
  actor,
  idempotencyKey,
  input,
  now = new Date(),
}: CreateContactOptions): Promise<SavedContact> {
  const { tenantId, userId } = actor;
  assertFailureChoiceComplete(input);
  const { texts, masked } = maskContactTexts({
    summary: input.summary,
    forwardDone: blankToNull(input.forwardDone),
    forwardExpected: blankToNull(input.forwardExpected),
  });
  const stated = {
    ...input,
    caseReference: blankToNull(input.caseReference),
    citizenDistrict: blankToNull(input.citizenDistrict),
    summary: texts.summary ?? '',
    forwardDone: texts.forwardDone,
    forwardExpected: texts.forwardExpected,
  };
  const fingerprint = requestFingerprint(stated);

  const replay = (existing: ContactRow): SavedContact => {
    if (existing.idempotencyFingerprint !== fingerprint) throw new Problem(422, 'idempotency_key_reused');
    return { contact: existing, created: false, masked };
  };

  const fail = (code: ProblemCode, pointer: string, fieldCode: string): never => {
    throw badRequest(code, [{ pointer, code: fieldCode }]);
  };

  const saved = await db.transaction(
    async (client, [claim, read]): Promise<SavedContact | 'conflict'> => {
      if (claim?.[0]?.['locked'] !== true) throw new Problem(409, 'idempotency_request_outstanding');
      const context = saveContextOf(read);
      if (context.existingId) return replay(await requireContact(client, tenantId, context.existingId));

      // The same checks and problems as usableTopic and assertForwardUnitUsable (contact-input.ts).
      const topic = context.topic;
      if (!topic) return fail('contact_topic_unknown', '/body/topicId', 'topic_unknown');
      if (topic.retired) return fail('contact_topic_retired', '/body/topicId', 'topic_retired');
      const failure =
        stated.isFailureDemand === undefined
          ? defaultFailureDemand({
              need: stated.need,
              concernsExistingCase: stated.concernsExistingCase,
              topicDefaultReason: topic.defaultFailureReason,
            })
          : { isFailureDemand: stated.isFailureDemand, reason: stated.failureReason ?? null };
      const fields: ContactFields = {
        channel: stated.channel,
        startedAt: new Date(stated.startedAt),
        durationSeconds: stated.durationSeconds,
        need: stated.need,
        problemKind: stated.problemKind,
        concernsExistingCase: stated.concernsExistingCase,
        caseReference: stated.caseReference,
        resolution: stated.resolution,
        forwardedToUnitId: stated.forwardedToUnitId,
        forwardDone: stated.forwardDone,
        forwardExpected: stated.forwardExpected,
        isFailureDemand: failure.isFailureDemand,
        failureReason: failure.reason,
        citizenGender: stated.citizenGender,
        citizenAgeBand: stated.citizenAgeBand,
        citizenDistrict: stated.citizenDistrict,
        summary: stated.summary,
        receivedAt: stated.receivedAt ? new Date(stated.receivedAt) : null,
      };
      throwIfContactInvalid(checkContact(fields, now));
      if (fields.forwardedToUnitId) {
        if (!context.forwardUnit) return fail('unit_unknown', '/body/forwardedToUnitId', 'unit_unknown');
        if (context.forwardUnit.archived)
          return fail('unit_archived', '/body/forwardedToUnitId', 'unit_archived');
      }

      const values: NewContactValues = {
        ...fields,
        // Its working time from receipt is kept with it (0016_email_contact_days.sql).
        emailWorkingSeconds: fields.receivedAt
          ? (await readEmailClock(client))(fields.receivedAt, fields.startedAt)
          : null,
        tenantId,
        loggedByUserId: userId,
        topicId: topic.id,
        ownerUnitId: topic.ownerUnitId,
        isFailureDemandOverridden: stated.isFailureDemand !== undefined,
        idempotencyKey,
        idempotencyFingerprint: fingerprint,
      };
      const row = await insertContactAndCommit(client, values, contactSnapshot(values));
      return row ? { contact: row, created: true, masked } : 'conflict';
    },
    {
      prelude: [
        tenantPrelude(tenantId, idempotencyLockItem(tenantId, userId, idempotencyKey)),
        saveContextStatement({
          tenantId,
          userId,
          idempotencyKey,
          topicId: stated.topicId,
          forwardUnitId: stated.forwardedToUnitId,
        }),
      ].join(';\n'),
    },
  );
  if (saved !== 'conflict') return saved;
  // A writer that does not take the lock saved with this key between our read and insert.
  const winner = await db.transaction(
    (client) => selectContactByKey(client, tenantId, userId, idempotencyKey),
    {
      prelude: tenantPrelude(tenantId),
    },
  );
  if (!winner) throw new Error('idempotency conflict without a contact');
  return replay(winner);
}

async function requireContact(client: SqlClient, tenantId: string, id: string): Promise<ContactRow> {
  const row = await selectContactRow(client, tenantId, id);
  if (!row) throw new Error('contact vanished inside its transaction');
  return row;
}
