/**
 * What the personal-data detector reports. Kept in its own module so that each finder
 * (identity numbers, phone numbers, e-mail addresses) and the public entry point
 * (personal-data.ts) share the types without importing each other.
 */

/** The kinds of personal data found in free text. */
export type PersonalDataKind = 'personal_identity_number' | 'coordination_number' | 'email' | 'phone';

/**
 * One piece of personal data in a text: `text.slice(start, end)` is the finding, with
 * `start` and `end` in UTF-16 code units (JavaScript string indices), end exclusive.
 */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}
