import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import type { Actor } from '../../core/auth/roles.js';
import { blankToNull, checkContact, type ContactFields } from '../../core/contacts/contact-rules.js';
import { maskContactTexts, type MaskedField } from '../../core/contacts/contact-text.js';
import { defaultFailureDemand } from '../../core/contacts/failure-demand.js';
import { notFound } from '../http/problem.js';
import {
  assertFailureChoiceComplete,
  assertForwardUnitUsable,
  contactSnapshot,
  throwIfContactInvalid,
  usableTopic,
} from './contact-input.js';
import { assertMayCorrect, contactScopeOf } from './policy.js';
import { insertContactRevision } from './queries/contact-revisions.js';
import { readEmailClockTx } from './queries/email-clock.js';
import { findContact, updateContactRow, type ContactChanges, type ContactRow } from './queries/contacts.js';
import type { UpdateContactBody } from './schema.js';

export interface CorrectContactOptions {
  db: Database;
  actor: Actor;
  id: string;
  input: UpdateContactBody;
  now?: Date;
}

/** Given value, or the current one when the request left the field out. */
const pick = <T>(given: T | undefined, current: T): T => (given === undefined ? current : given);

/**
 * Corrects a contact: only the guide who logged it, on the day it was logged (policy.ts). The
 * corrected contact must obey the same rules as a new one; a new topic must not be retired and
 * brings its owner with it. Failure demand the guide chose stays as chosen unless changed; a
 * defaulted one follows the corrected need, case and topic. Every correction that changes
 * something is one revision in the audit trail with the fields before and after and the reason.
 */
export async function correctContact({
  db,
  actor,
  id,
  input,
  now = new Date(),
}: CorrectContactOptions): Promise<{ contact: ContactRow; masked: MaskedField[] }> {
  const { tenantId } = actor;
  const { reason, ...body } = input;
  assertFailureChoiceComplete(body);
  const { texts, masked } = maskContactTexts({
    summary: body.summary ?? null,
    forwardDone: body.forwardDone === undefined ? null : blankToNull(body.forwardDone),
    forwardExpected: body.forwardExpected === undefined ? null : blankToNull(body.forwardExpected),
  });

  return withTenant(db, tenantId, async (tx) => {
    const current = await findContact(tx, tenantId, id, contactScopeOf(actor), { forUpdate: true });
    if (!current) throw notFound();
    assertMayCorrect(current, actor, now);

    const topicChanged = body.topicId !== undefined && body.topicId !== current.topicId;
    const topic = await usableTopic(tx, tenantId, body.topicId ?? current.topicId, {
      allowRetired: !topicChanged,
    });

    const need = pick(body.need, current.need);
    const concernsExistingCase = pick(body.concernsExistingCase, current.concernsExistingCase);
    let failure = { isFailureDemand: current.isFailureDemand, reason: current.failureReason };
    let isFailureDemandOverridden = current.isFailureDemandOverridden;
    if (body.isFailureDemand !== undefined) {
      failure = { isFailureDemand: body.isFailureDemand, reason: body.failureReason ?? null };
      isFailureDemandOverridden = true;
    } else if (!current.isFailureDemandOverridden) {
      failure = defaultFailureDemand({
        need,
        concernsExistingCase,
        topicDefaultReason: topic.defaultFailureReason,
      });
    }

    const fields: ContactFields = {
      channel: pick(body.channel, current.channel),
      startedAt: body.startedAt === undefined ? current.startedAt : new Date(body.startedAt),
      durationSeconds: pick(body.durationSeconds, current.durationSeconds),
      need,
      problemKind: pick(body.problemKind, current.problemKind),
      concernsExistingCase,
      caseReference:
        body.caseReference === undefined ? current.caseReference : blankToNull(body.caseReference),
      resolution: pick(body.resolution, current.resolution),
      forwardedToUnitId: pick(body.forwardedToUnitId, current.forwardedToUnitId),
      forwardDone: body.forwardDone === undefined ? current.forwardDone : texts.forwardDone,
      forwardExpected: body.forwardExpected === undefined ? current.forwardExpected : texts.forwardExpected,
      isFailureDemand: failure.isFailureDemand,
      failureReason: failure.reason,
      citizenGender: pick(body.citizenGender, current.citizenGender),
      citizenAgeBand: pick(body.citizenAgeBand, current.citizenAgeBand),
      citizenDistrict:
        body.citizenDistrict === undefined ? current.citizenDistrict : blankToNull(body.citizenDistrict),
      summary: body.summary === undefined ? current.summary : (texts.summary ?? ''),
      receivedAt:
        body.receivedAt === undefined
          ? current.receivedAt
          : body.receivedAt === null
            ? null
            : new Date(body.receivedAt),
    };
    // The start is judged against now only when it is being changed: a correction of something
    // else must not fail on a start that was accepted when the contact was saved.
    const issues = checkContact(fields, now).filter(
      (i) => i.field !== 'startedAt' || body.startedAt !== undefined,
    );
    throwIfContactInvalid(issues);
    if (fields.forwardedToUnitId && fields.forwardedToUnitId !== current.forwardedToUnitId)
      await assertForwardUnitUsable(tx, tenantId, fields.forwardedToUnitId);

    const next: ContactChanges = {
      ...fields,
      // Its working time from receipt is kept with it (0016_email_contact_days.sql).
      emailWorkingSeconds: fields.receivedAt
        ? (await readEmailClockTx(tx))(fields.receivedAt, fields.startedAt)
        : null,
      topicId: topic.id,
      ownerUnitId: topicChanged ? topic.ownerUnitId : current.ownerUnitId,
      isFailureDemandOverridden,
    };
    const before: Record<string, unknown> = contactSnapshot(current);
    const after: Record<string, unknown> = contactSnapshot({ ...current, ...next });
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    if (changed.length === 0) return { contact: current, masked };

    const updated = await updateContactRow(tx, tenantId, id, next);
    await insertContactRevision(tx, {
      tenantId,
      contactId: id,
      revision: updated.revision,
      changedByUserId: actor.userId,
      action: 'corrected',
      reason,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return { contact: updated, masked };
  });
}
