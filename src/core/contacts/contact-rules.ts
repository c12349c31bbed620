/**
 * The rules a contact record obeys beyond the type of each field: which fields go together
 * (forwarding, the kind of problem, the failure reason, the case reference), when it can have
 * started, and that the citizen profile and case reference hold no personal data. The same
 * rules are CHECK constraints in 0004_contacts.sql; here they give each field its own message.
 */
import { districtProblem } from './citizen-profile.js';
import { detectPersonalData } from '../privacy/personal-data.js';
import type { AgeBand, Channel, FailureReason, Gender, Need, ProblemKind, Resolution } from './taxonomy.js';

export const DURATION_MAX_SECONDS = 86_400;
export const CASE_REFERENCE_MAX_LENGTH = 60;
export const FORWARD_TEXT_MAX_LENGTH = 1000;
export const SUMMARY_MAX_LENGTH = 1000;
/** Clocks of a guide's computer and of the server may differ a little. */
export const STARTED_AT_FUTURE_TOLERANCE_MS = 5 * 60_000;
/**
 * A guide logs contacts as they happen (a retried save may come days later from a screen that
 * was offline); older contacts come in through the bulk import. A month catches typing slips
 * such as a wrong year.
 */
export const STARTED_AT_MAX_AGE_DAYS = 31;

/** A contact as the guide states it, failure demand already defaulted or overridden. */
export interface ContactFields {
  channel: Channel;
  startedAt: Date;
  durationSeconds: number;
  need: Need;
  problemKind: ProblemKind | null;
  concernsExistingCase: boolean;
  caseReference: string | null;
  resolution: Resolution;
  forwardedToUnitId: string | null;
  forwardDone: string | null;
  forwardExpected: string | null;
  isFailureDemand: boolean;
  failureReason: FailureReason | null;
  citizenGender: Gender | null;
  citizenAgeBand: AgeBand | null;
  citizenDistrict: string | null;
  summary: string;
  /** E-mail only: when the e-mail came in (the contact is its answer); never after startedAt. */
  receivedAt: Date | null;
}

export type ContactIssueCode =
  | 'required_when_forwarded'
  | 'only_when_forwarded'
  | 'required_for_problem'
  | 'only_for_problem'
  | 'required_for_failure_demand'
  | 'only_for_failure_demand'
  | 'only_for_existing_case'
  | 'in_future'
  | 'too_old'
  | 'contains_personal_data'
  | 'district_not_area'
  | 'only_for_email'
  | 'after_start';

export interface ContactIssue {
  field: keyof ContactFields;
  code: ContactIssueCode;
}

/** Trimmed text, or null when nothing but white space is left. */
export function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Every rule the contact breaks, in field order; empty when it is valid. */
export function checkContact(c: ContactFields, now: Date): ContactIssue[] {
  const issues: ContactIssue[] = [];
  const add = (field: keyof ContactFields, code: ContactIssueCode) => issues.push({ field, code });

  const age = now.getTime() - c.startedAt.getTime();
  if (age < -STARTED_AT_FUTURE_TOLERANCE_MS) add('startedAt', 'in_future');
  else if (age > STARTED_AT_MAX_AGE_DAYS * 86_400_000) add('startedAt', 'too_old');

  // DOMAIN.md: 'problem' is about (a) the service itself or (b) its delivery; other needs have no kind.
  if (c.need === 'problem' && c.problemKind === null) add('problemKind', 'required_for_problem');
  if (c.need !== 'problem' && c.problemKind !== null) add('problemKind', 'only_for_problem');

  if (!c.concernsExistingCase && c.caseReference !== null) add('caseReference', 'only_for_existing_case');
  // A case reference is a municipal number such as "KS 2017/380", never an identity number.
  if (c.caseReference !== null && detectPersonalData(c.caseReference).length > 0)
    add('caseReference', 'contains_personal_data');

  // Closed-file review asks of a forwarded contact: sent to the right department? does it say
  // what was already done? does it say what the receiver is expected to do? (DOMAIN.md)
  const forwarded = c.resolution === 'forwarded';
  for (const field of ['forwardedToUnitId', 'forwardDone', 'forwardExpected'] as const) {
    if (forwarded && c[field] === null) add(field, 'required_when_forwarded');
    if (!forwarded && c[field] !== null) add(field, 'only_when_forwarded');
  }

  if (c.isFailureDemand && c.failureReason === null) add('failureReason', 'required_for_failure_demand');
  if (!c.isFailureDemand && c.failureReason !== null) add('failureReason', 'only_for_failure_demand');

  if (c.receivedAt !== null) {
    if (c.channel !== 'email') add('receivedAt', 'only_for_email');
    else if (c.receivedAt.getTime() > c.startedAt.getTime()) add('receivedAt', 'after_start');
  }

  if (c.citizenDistrict !== null) {
    const problem = districtProblem(c.citizenDistrict);
    if (problem) add('citizenDistrict', problem);
  }
  return issues;
}
