/**
 * One message per field of the contact form, from the form's own checks (before sending) and
 * from the API's field errors (after). The API names fields as its body does; two of them are
 * typed differently in the form: startedAt is the start time field, durationSeconds the duration.
 */
import { fieldKeyOf, type ApiError } from '../../api/problem.js';
import type { DraftField } from './contact-draft.js';

const FORM_FIELD_OF: Readonly<Record<string, string>> = {
  startedAt: 'startTime',
  durationSeconds: 'duration',
  isFailureDemand: 'failureReason',
};

/** The fields the form shows, by the name errors are looked up with. */
export const FORM_FIELDS = [
  'channel',
  'startTime',
  'duration',
  'topicId',
  'need',
  'problemKind',
  'resolution',
  'forwardedToUnitId',
  'forwardDone',
  'forwardExpected',
  'failureReason',
  'concernsExistingCase',
  'caseReference',
  'citizenGender',
  'citizenAgeBand',
  'citizenDistrict',
  'summary',
  'reason',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface ContactFormErrors {
  byField: ReadonlyMap<string, string>;
  /** Messages for no field of the form, shown in the summary at the top. */
  other: readonly string[];
}

export const NO_ERRORS: ContactFormErrors = { byField: new Map(), other: [] };

/** The form's own problems, each with its message. */
export function draftErrors(
  problems: readonly DraftField[],
  message: (field: DraftField) => string,
): ContactFormErrors {
  return { byField: new Map(problems.map((field) => [field, message(field)])), other: [] };
}

/** The API's field errors, keyed by the form's field names. */
export function apiErrors(error: ApiError | null): ContactFormErrors {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const problem of error?.fieldErrors ?? []) {
    const key = fieldKeyOf(problem.pointer);
    const field = key ? (FORM_FIELD_OF[key] ?? key) : null;
    const text = problem.detail || problem.code;
    if (field && (FORM_FIELDS as readonly string[]).includes(field)) {
      if (!byField.has(field)) byField.set(field, text);
    } else {
      other.push(text);
    }
  }
  return { byField, other };
}

/** The form field to focus first: the first with an error, in form order. */
export function firstInvalid(errors: ContactFormErrors): FormField | null {
  return FORM_FIELDS.find((f) => errors.byField.has(f)) ?? null;
}
