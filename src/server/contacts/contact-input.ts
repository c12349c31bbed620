/**
 * Checks shared by saving and correcting a contact: the topic and the receiving unit must be
 * usable, and the rules of core/contacts/contact-rules.ts become field errors that name the
 * request field by JSON Pointer, so the logging screen can mark it.
 */
import type { Tx } from '../../db/database.js';
import type { ContactIssue } from '../../core/contacts/contact-rules.js';
import { Problem } from '../http/problem.js';
import { findUnit } from '../units/queries/units.js';
import { findContactTopic, type ContactTopic } from './queries/contact-topics.js';
import type { ContactRow } from './queries/contacts.js';

/** The topic, which must exist in the tenant and, for a new choice, not be retired. */
export async function usableTopic(
  tx: Tx,
  tenantId: string,
  topicId: string,
  { allowRetired }: { allowRetired: boolean },
): Promise<ContactTopic> {
  const topic = await findContactTopic(tx, tenantId, topicId);
  if (!topic)
    throw new Problem(400, 'contact_topic_unknown', [{ pointer: '/body/topicId', code: 'topic_unknown' }]);
  if (topic.retiredAt && !allowRetired)
    throw new Problem(400, 'contact_topic_retired', [{ pointer: '/body/topicId', code: 'topic_retired' }]);
  return topic;
}

/** The unit a contact is forwarded to must exist in the tenant and not be archived. */
export async function assertForwardUnitUsable(tx: Tx, tenantId: string, unitId: string): Promise<void> {
  const unit = await findUnit(tx, tenantId, unitId);
  const pointer = '/body/forwardedToUnitId';
  if (!unit) throw new Problem(400, 'unit_unknown', [{ pointer, code: 'unit_unknown' }]);
  if (unit.archivedAt) throw new Problem(400, 'unit_archived', [{ pointer, code: 'unit_archived' }]);
}

export function throwIfContactInvalid(issues: readonly ContactIssue[]): void {
  if (issues.length === 0) return;
  throw new Problem(
    400,
    'validation_failed',
    issues.map((i) => ({ pointer: `/body/${i.field}`, code: i.code })),
  );
}

/** isFailureDemand decides whether failureReason applies; a reason alone is ambiguous. */
export function assertFailureChoiceComplete(body: {
  isFailureDemand?: boolean;
  failureReason?: unknown;
}): void {
  if (body.isFailureDemand === undefined && body.failureReason !== undefined)
    throw new Problem(400, 'validation_failed', [{ pointer: '/body/isFailureDemand', code: 'required' }]);
}

type SnapshotFields = Pick<
  ContactRow,
  | 'channel'
  | 'startedAt'
  | 'durationSeconds'
  | 'need'
  | 'problemKind'
  | 'topicId'
  | 'ownerUnitId'
  | 'concernsExistingCase'
  | 'caseReference'
  | 'resolution'
  | 'forwardedToUnitId'
  | 'forwardDone'
  | 'forwardExpected'
  | 'isFailureDemand'
  | 'failureReason'
  | 'isFailureDemandOverridden'
  | 'citizenGender'
  | 'citizenAgeBand'
  | 'citizenDistrict'
  | 'summary'
  | 'receivedAt'
>;

/** The stored fields of a contact by their API names, as the audit trail records them. */
export function contactSnapshot(row: SnapshotFields) {
  return {
    channel: row.channel,
    startedAt: row.startedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    need: row.need,
    problemKind: row.problemKind,
    topicId: row.topicId,
    ownerUnitId: row.ownerUnitId,
    concernsExistingCase: row.concernsExistingCase,
    caseReference: row.caseReference,
    resolution: row.resolution,
    forwardedToUnitId: row.forwardedToUnitId,
    forwardDone: row.forwardDone,
    forwardExpected: row.forwardExpected,
    isFailureDemand: row.isFailureDemand,
    failureReason: row.failureReason,
    isFailureDemandOverridden: row.isFailureDemandOverridden,
    citizenGender: row.citizenGender,
    citizenAgeBand: row.citizenAgeBand,
    citizenDistrict: row.citizenDistrict,
    summary: row.summary,
    receivedAt: row.receivedAt ? row.receivedAt.toISOString() : null,
  };
}
