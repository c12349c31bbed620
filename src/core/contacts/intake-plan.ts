/**
 * What a batch of contacts from another system would do, decided before anything is written so
 * that an import is all or nothing: every row is checked against the catalogue, the units and the
 * contacts already imported from the same source, and either every row is fine (to be saved, or
 * already saved) or nothing is saved and every rejected row is reported with the field at fault.
 *
 * The rules, beyond those of a contact logged by hand (contact-rules.ts):
 * - A source's own id (externalId) names one contact. Sent again with the same content it is a
 *   duplicate: not saved again, answered with the contact saved the first time. Sent again with
 *   other content it is rejected (external_id_conflict): a correction is made in Lots, where it
 *   leaves a revision, not by overwriting from outside. Twice in one batch it is rejected at the
 *   second row (external_id_repeated), even with the same content, since one of them is a mistake.
 * - Older contacts are what an import is for, so the 31-day limit of logging by hand does not
 *   apply; a time before INTAKE_EARLIEST is a typing slip (0226 for 2026) and is refused.
 * - Free text is masked as when logging by hand and the masking is reported per row.
 * Pure: the caller loads the catalogue and the existing ids, and gives the fingerprint function.
 */
import { ownerResolver, type PlanUnit } from '../topics/topic-import-plan.js';
import { pathNamesById, splitTopicPath, topicPathKey } from '../topics/topic-tree.js';
import { checkContact, type ContactFields } from './contact-rules.js';
import { maskContactTexts, type MaskedField } from './contact-text.js';
import { defaultFailureDemand } from './failure-demand.js';
import type { IntakeField } from './intake-mapping.js';
import type { AgeBand, Channel, FailureReason, Gender, Need, ProblemKind, Resolution } from './taxonomy.js';

/** Contacts before this instant are refused as typing slips. */
export const INTAKE_EARLIEST = new Date('2000-01-01T00:00:00Z');

/** A topic by its id, or by its path as written ("Vatten och avlopp › Faktura"). */
export type TopicRef = { id: string } | { path: string };
/** A unit by its id, or by its path or unique name. */
export type UnitRef = { id: string } | { path: string };

/** One contact as a source stated it, read from JSON or CSV but not yet checked against the database. */
export interface IntakeContact {
  /** Where it came from, for error reports: the CSV line, or the index in the JSON batch. */
  ref: number;
  externalId: string;
  channel: Channel;
  startedAt: Date;
  durationSeconds: number;
  need: Need;
  problemKind: ProblemKind | null;
  topic: TopicRef;
  concernsExistingCase: boolean;
  caseReference: string | null;
  resolution: Resolution;
  forwardedToUnit: UnitRef | null;
  forwardDone: string | null;
  forwardExpected: string | null;
  /** null: defaulted from need, case and topic, as when a guide leaves it. */
  failure: { isFailureDemand: boolean; reason: FailureReason | null } | null;
  citizenGender: Gender | null;
  citizenAgeBand: AgeBand | null;
  citizenDistrict: string | null;
  summary: string;
  /** E-mail contacts: when the e-mail came in (JSON batches only; a CSV mapping has no such column). */
  receivedAt: Date | null;
}

export interface IntakeIssue {
  ref: number;
  field: IntakeField | 'receivedAt';
  code: string;
  params?: Record<string, string | number>;
}

export interface IntakeTopic {
  id: string;
  parentId: string | null;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  retired: boolean;
}

/** A contact to save: its fields as stored, the topic's owner and what was masked. */
export interface ReadyContact {
  ref: number;
  externalId: string;
  fields: ContactFields;
  topicId: string;
  ownerUnitId: string;
  isFailureDemandOverridden: boolean;
  masked: MaskedField[];
  fingerprint: string;
}

export interface IntakePlan {
  creates: ReadyContact[];
  /** Rows already imported with the same content: the contact saved the first time. */
  duplicates: { ref: number; externalId: string; id: string; masked: MaskedField[] }[];
}

export interface IntakePlanInput {
  rows: readonly IntakeContact[];
  topics: readonly IntakeTopic[];
  /** Every unit of the tenant, archived ones included (to say "archived" rather than "unknown"). */
  units: readonly PlanUnit[];
  /** Contacts already imported from this source, by their externalId. */
  existing: ReadonlyMap<string, { id: string; fingerprint: string }>;
  /** A digest of the canonical text of a contact (SHA-256 in the server). */
  fingerprint: (canonical: string) => string;
  now: Date;
}

/** The plan, or every reason the rows cannot be imported, in row order. */
export function planContactIntake(input: IntakePlanInput): { plan: IntakePlan; issues: IntakeIssue[] } {
  const issues: IntakeIssue[] = [];
  const plan: IntakePlan = { creates: [], duplicates: [] };
  const findTopic = topicFinder(input.topics);
  const findUnit = unitFinder(input.units);
  const firstRefOf = new Map<string, number>();

  for (const row of input.rows) {
    const before = issues.length;
    const add = (field: IntakeField | 'receivedAt', code: string, params?: Record<string, string | number>) =>
      issues.push({ ref: row.ref, field, code, ...(params ? { params } : {}) });

    const first = firstRefOf.get(row.externalId);
    if (first !== undefined) add('externalId', 'external_id_repeated', { first });
    else firstRefOf.set(row.externalId, row.ref);

    const topic = findTopic(row.topic);
    if ('error' in topic) add('topic', topic.error);
    let forwardedToUnitId: string | null = null;
    if (row.forwardedToUnit) {
      const unit = findUnit(row.forwardedToUnit);
      if ('error' in unit) add('forwardedToUnit', unit.error);
      else forwardedToUnitId = unit.id;
    }

    const { texts, masked } = maskContactTexts({
      summary: row.summary,
      forwardDone: row.forwardDone,
      forwardExpected: row.forwardExpected,
    });
    const topicDefaultReason = 'error' in topic ? null : topic.defaultFailureReason;
    const failure =
      row.failure ??
      defaultFailureDemand({
        need: row.need,
        concernsExistingCase: row.concernsExistingCase,
        topicDefaultReason,
      });
    const fields: ContactFields = {
      channel: row.channel,
      startedAt: row.startedAt,
      durationSeconds: row.durationSeconds,
      need: row.need,
      problemKind: row.problemKind,
      concernsExistingCase: row.concernsExistingCase,
      caseReference: row.caseReference,
      resolution: row.resolution,
      // A forward unit that was not found must still count as given for the forwarding rule.
      forwardedToUnitId: row.forwardedToUnit ? (forwardedToUnitId ?? 'unknown') : null,
      forwardDone: texts.forwardDone,
      forwardExpected: texts.forwardExpected,
      isFailureDemand: failure.isFailureDemand,
      failureReason: failure.reason,
      citizenGender: row.citizenGender,
      citizenAgeBand: row.citizenAgeBand,
      citizenDistrict: row.citizenDistrict,
      summary: texts.summary ?? '',
      receivedAt: row.receivedAt,
    };
    for (const issue of checkContact(fields, input.now)) {
      if (issue.code === 'too_old') continue;
      add(issue.field === 'forwardedToUnitId' ? 'forwardedToUnit' : issue.field, issue.code);
    }
    if (row.startedAt.getTime() < INTAKE_EARLIEST.getTime()) add('startedAt', 'too_old');
    if (issues.length > before || 'error' in topic) continue;

    const ready: ReadyContact = {
      ref: row.ref,
      externalId: row.externalId,
      fields: { ...fields, forwardedToUnitId },
      topicId: topic.id,
      ownerUnitId: topic.ownerUnitId,
      isFailureDemandOverridden: row.failure !== null,
      masked,
      fingerprint: input.fingerprint(canonicalContact(row, { ...fields, forwardedToUnitId }, topic.id)),
    };
    const existing = input.existing.get(row.externalId);
    if (!existing) plan.creates.push(ready);
    else if (existing.fingerprint === ready.fingerprint)
      plan.duplicates.push({ ref: row.ref, externalId: row.externalId, id: existing.id, masked });
    else add('externalId', 'external_id_conflict');
  }
  issues.sort((a, b) => a.ref - b.ref);
  return { plan, issues };
}

/**
 * The contact as the source stated it, in a fixed order: what "the same content" means. The
 * failure-demand choice is the source's (null when left to the default), so a later change of a
 * topic's default does not make a resend look different.
 */
export function canonicalContact(row: IntakeContact, fields: ContactFields, topicId: string): string {
  return JSON.stringify([
    fields.channel,
    fields.startedAt.toISOString(),
    fields.durationSeconds,
    fields.need,
    fields.problemKind,
    topicId,
    fields.concernsExistingCase,
    fields.caseReference,
    fields.resolution,
    fields.forwardedToUnitId,
    fields.forwardDone,
    fields.forwardExpected,
    row.failure ? [row.failure.isFailureDemand, row.failure.reason] : null,
    fields.citizenGender,
    fields.citizenAgeBand,
    fields.citizenDistrict,
    fields.summary,
  ]);
}

function topicFinder(topics: readonly IntakeTopic[]): (ref: TopicRef) => IntakeTopic | { error: string } {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const paths = pathNamesById(topics);
  const byPath = new Map(topics.map((t) => [topicPathKey(paths.get(t.id) ?? [t.name]), t]));
  return (ref) => {
    const topic = 'id' in ref ? byId.get(ref.id) : byPath.get(topicPathKey(splitTopicPath(ref.path)));
    if (!topic) return { error: 'topic_unknown' };
    if (topic.retired) return { error: 'topic_retired' };
    return topic;
  };
}

function unitFinder(units: readonly PlanUnit[]): (ref: UnitRef) => { id: string } | { error: string } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const resolve = ownerResolver(units);
  return (ref) => {
    const found =
      'id' in ref ? (byId.has(ref.id) ? { id: ref.id } : { error: 'unit_unknown' }) : resolve(ref.path);
    if ('error' in found) return found;
    return byId.get(found.id)?.archived ? { error: 'unit_archived' } : found;
  };
}
