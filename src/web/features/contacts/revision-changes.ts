/**
 * What a correction changed, field by field, in words: the audit trail stores the changed fields
 * before and after by their API names and codes; the trail on screen names the field and shows
 * each value as the forms do (topic path, unit name, the label of a code).
 */
import type { ContactRevision } from './contact-types.js';

/** The fields a revision can hold, in the order the forms show them, with their label key. */
export const REVISION_FIELDS = {
  startedAt: 'contacts.fields.startTime',
  durationSeconds: 'contacts.fields.duration',
  channel: 'contacts.fields.channel',
  receivedAt: 'contacts.fields.receivedAt',
  topicId: 'contacts.fields.topic',
  ownerUnitId: 'contacts.revisions.ownerUnit',
  need: 'contacts.fields.need',
  problemKind: 'contacts.fields.problemKind',
  resolution: 'contacts.fields.resolution',
  forwardedToUnitId: 'contacts.fields.forwardedTo',
  forwardDone: 'contacts.fields.forwardDone',
  forwardExpected: 'contacts.fields.forwardExpected',
  concernsExistingCase: 'contacts.fields.existingCase',
  caseReference: 'contacts.fields.caseReference',
  isFailureDemand: 'contacts.fields.failureDemand',
  failureReason: 'contacts.fields.failureReason',
  isFailureDemandOverridden: 'contacts.revisions.failureOverridden',
  citizenGender: 'contacts.fields.gender',
  citizenAgeBand: 'contacts.fields.ageBand',
  citizenDistrict: 'contacts.fields.district',
  summary: 'contacts.fields.summary',
} as const;

export type RevisionField = keyof typeof REVISION_FIELDS;

export interface RevisionChange {
  field: RevisionField;
  before: unknown;
  after: unknown;
}

const isRevisionField = (name: string): name is RevisionField => name in REVISION_FIELDS;

/**
 * The fields a correction changed, in form order; nothing for the creation (every field is new)
 * or a deletion (its reason says it all). Unknown names (a field a later version added) are
 * kept at the end rather than dropped.
 */
export function revisionChanges(revision: ContactRevision): { known: RevisionChange[]; unknown: string[] } {
  if (revision.action !== 'corrected') return { known: [], unknown: [] };
  const before = revision.before ?? {};
  const after = revision.after ?? {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const known = (Object.keys(REVISION_FIELDS) as RevisionField[])
    .filter((field) => names.includes(field))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
  return { known, unknown: names.filter((name) => !isRevisionField(name)) };
}
