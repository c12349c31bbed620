/**
 * Complaints and feedback (synpunktshantering, issue #17): the kinds of synpunkt, the default
 * categories, the states a case moves through and the registration number.
 *
 * A synpunkt is one of four types (Borås, Östersund and Mjölby use the same four or three of
 * them: ../shared/data/reference/complaints.md). The default categories are Järfälla's six, the
 * reasons its 7,164 complaints a year gave (issue #17, in that order of frequency); a tenant
 * edits its own list, the keys stay stable so that statistics survive a renamed label.
 */
export const COMPLAINT_TYPES = ['complaint', 'praise', 'suggestion', 'question'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const COMPLAINT_TYPE_NAMES: Readonly<Record<ComplaintType, { sv: string; en: string }>> = {
  complaint: { sv: 'Klagomål', en: 'Complaint' },
  praise: { sv: 'Beröm', en: 'Praise' },
  suggestion: { sv: 'Förslag eller idé', en: 'Suggestion or idea' },
  question: { sv: 'Fråga', en: 'Question' },
};

export interface ComplaintCategory {
  /** Stable key: lower case letters, digits and underscores, at most 40. */
  key: string;
  sv: string;
  en: string;
}

/** Järfälla's six, with the share of its complaints each had (issue #17). */
export const DEFAULT_CATEGORIES: readonly (ComplaintCategory & { share: number })[] = [
  { key: 'not_delivered', sv: 'Tjänsten levererades inte eller fungerar inte', en: 'The service was not delivered or does not work', share: 0.62 },
  { key: 'not_understood', sv: 'Jag förstår inte', en: "I don't understand", share: 0.14 },
  { key: 'too_slow', sv: 'Det tar för lång tid', en: 'It takes too long', share: 0.13 },
  { key: 'no_contact', sv: 'Jag kommer inte i kontakt', en: "I can't get in touch", share: 0.08 },
  { key: 'rude', sv: 'Otrevligt bemötande', en: 'Rude treatment', share: 0.02 },
  { key: 'competence', sv: 'Bristande kompetens', en: 'Poor competence', share: 0.01 },
];

export const CATEGORY_KEY = /^[a-z][a-z0-9_]{0,39}$/;

export const COMPLAINT_CHANNELS = ['phone', 'visit', 'email', 'chat', 'e_form', 'letter', 'social_media', 'open311', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_STATES = ['received', 'in_progress', 'answered', 'closed', 'reopened'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STATE_NAMES: Readonly<Record<ComplaintState, { sv: string; en: string }>> = {
  received: { sv: 'Mottagen', en: 'Received' },
  in_progress: { sv: 'Under handläggning', en: 'In progress' },
  answered: { sv: 'Besvarad', en: 'Answered' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  reopened: { sv: 'Återöppnad', en: 'Reopened' },
};

/**
 * Where a case may go from each state. A case may be closed without an answer (anonymous, or
 * praise that needs none) and answered straight away (a question answered the same day). A
 * closed or answered case is reopened when the citizen comes back; a reopened case is handled
 * again. Nothing goes back to 'received': acknowledging is a one-way step.
 */
export const STATE_TRANSITIONS: Readonly<Record<ComplaintState, readonly ComplaintState[]>> = {
  received: ['in_progress', 'answered', 'closed'],
  in_progress: ['answered', 'closed'],
  answered: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['in_progress', 'answered', 'closed'],
};

export function canMove(from: ComplaintState, to: ComplaintState): boolean {
  return STATE_TRANSITIONS[from].includes(to);
}

/** A case counts as acknowledged once it has left 'received'. */
export function isAcknowledged(state: ComplaintState): boolean {
  return state !== 'received';
}

export function isComplaintType(value: string): value is ComplaintType {
  return (COMPLAINT_TYPES as readonly string[]).includes(value);
}

export function isComplaintState(value: string): value is ComplaintState {
  return (COMPLAINT_STATES as readonly string[]).includes(value);
}

/** "SYN 2026/123": the prefix, the year the case came in and its number in that year (no padding). */
export function registrationNumber(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`not a serial number: ${number}`);
  return `SYN ${year}/${number}`;
}

/** The year and number of "SYN 2026/123" (also "syn 2026/123", "SYN2026/123"), or null. */
export function parseRegistrationNumber(text: string): { year: number; number: number } | null {
  const match = /^\s*SYN\s*(\d{4})\/(\d{1,9})\s*$/i.exec(text);
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 ? { year: Number(match[1]), number } : null;
}
