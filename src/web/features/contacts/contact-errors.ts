/**
 * One message per field of the contact form, from the form's own checks (before sending) and
 * from the API's field errors (after). The API names fields as its body does; two of them are
 * typed differently in the form: startedAt is the start time field, durationSeconds the duration.
 * The API's own text (in the interface language) is shown, except for the codes the form words
 * itself because it can say what to do in its own terms (FORM_TEXT_OF).
 */
import { fieldKeyOf, type ApiError } from '../../api/problem.js';
import type { DraftField } from './contact-draft.js';

const FORM_FIELD_OF: Readonly<Record<string, string>> = {
  startedAt: 'startTime',
  durationSeconds: 'duration',
  isFailureDemand: 'failureReason',
};

/** The form's own texts for API field errors (keys under contacts.errors), by "field:code". */
const FORM_TEXT_OF = {
  'receivedAt:only_for_email': 'receivedAtOnlyForEmail',
  'receivedAt:after_start': 'receivedAtAfterStart',
} as const;
export type FormErrorText = (typeof FORM_TEXT_OF)[keyof typeof FORM_TEXT_OF];

const formTextOf = (field: string, code: string): FormErrorText | undefined =>
  (FORM_TEXT_OF as Readonly<Record<string, FormErrorText>>)[`${field}:${code}`];

/** The fields the form shows, by the name errors are looked up with. */
export const FORM_FIELDS = [
  'channel',
  'startTime',
  'duration',
  'receivedAt',
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

/**
 * The API's field errors, keyed by the form's field names. `formText` words the errors in
 * FORM_TEXT_OF; without it, every message is the API's.
 */
export function apiErrors(
  error: ApiError | null,
  formText?: (key: FormErrorText) => string,
): ContactFormErrors {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const problem of error?.fieldErrors ?? []) {
    const key = fieldKeyOf(problem.pointer);
    const field = key ? (FORM_FIELD_OF[key] ?? key) : null;
    const own = field && formText ? formTextOf(field, problem.code) : undefined;
    const text = own && formText ? formText(own) : problem.detail || problem.code;
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
