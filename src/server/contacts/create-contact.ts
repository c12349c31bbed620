import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { blankToNull, checkContact, type ContactFields } from '../../core/contacts/contact-rules.js';
import { maskContactTexts, type MaskedField } from '../../core/contacts/contact-text.js';
import { defaultFailureDemand } from '../../core/contacts/failure-demand.js';
import { Problem } from '../http/problem.js';
import {
  assertFailureChoiceComplete,
  assertForwardUnitUsable,
  contactSnapshot,
  throwIfContactInvalid,
  usableTopic,
} from './contact-input.js';
import { requestFingerprint } from './fingerprint.js';
import { insertContactRevision } from './queries/contact-revisions.js';
import {
  findContactByIdempotencyKey,
  insertContact,
  tryLockIdempotencyKey,
  type ContactRow,
} from './queries/contacts.js';
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

  return withTenant(db, tenantId, async (tx) => {
    if (!(await tryLockIdempotencyKey(tx, tenantId, userId, idempotencyKey)))
      throw new Problem(409, 'idempotency_request_outstanding');
    const existing = await findContactByIdempotencyKey(tx, tenantId, userId, idempotencyKey);
    if (existing) return replay(existing);

    const topic = await usableTopic(tx, tenantId, stated.topicId, { allowRetired: false });
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
    };
    throwIfContactInvalid(checkContact(fields, now));
    if (fields.forwardedToUnitId) await assertForwardUnitUsable(tx, tenantId, fields.forwardedToUnitId);

    const row = await insertContact(tx, {
      ...fields,
      tenantId,
      loggedByUserId: userId,
      topicId: topic.id,
      ownerUnitId: topic.ownerUnitId,
      isFailureDemandOverridden: stated.isFailureDemand !== undefined,
      idempotencyKey,
      idempotencyFingerprint: fingerprint,
    });
    if (!row) {
      // A writer that does not take the advisory lock saved with this key between our lookup
      // and insert; its contact is the answer.
      const winner = await findContactByIdempotencyKey(tx, tenantId, userId, idempotencyKey);
      if (!winner) throw new Error('idempotency conflict without a contact');
      return replay(winner);
    }
    await insertContactRevision(tx, {
      tenantId,
      contactId: row.id,
      revision: 1,
      changedByUserId: userId,
      action: 'created',
      reason: null,
      before: null,
      after: contactSnapshot(row),
    });
    return { contact: row, created: true, masked };
  });
}
