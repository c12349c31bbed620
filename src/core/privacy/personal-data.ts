/**
 * Personal data in free text (contact summaries, complaints, survey comments): Swedish personal
 * identity numbers and coordination numbers, e-mail addresses and phone numbers. Names and
 * street addresses are not detected: no pattern tells them from ordinary words reliably.
 *
 * The guide is warned while typing (detectPersonalData) and the stored text has each finding
 * replaced by a fixed mask (maskPersonalData). Runs in the browser and on the server alike:
 * pure, no I/O, linear-time regular expressions.
 *
 * The rules and their sources are in identity-number.ts (Skatteverket SKV 704 and SKV 707, the
 * Luhn algorithm), phone-number.ts (PTS numbering plan, ITU-T E.164) and email-address.ts.
 */
import { findEmailAddresses } from './email-address.js';
import type { PersonalDataFinding, PersonalDataKind } from './finding.js';
import { findIdentityNumbers } from './identity-number.js';
import { findPhoneNumbers } from './phone-number.js';

export type { PersonalDataFinding, PersonalDataKind } from './finding.js';

/**
 * The mask that replaces each kind of finding in stored text. Swedish, like the data: the stored
 * summary is read by the municipality's staff whatever the reader's interface language. Masks
 * contain no digits and no '@', so masking an already masked text changes nothing.
 */
export const PERSONAL_DATA_MASKS: Readonly<Record<PersonalDataKind, string>> = {
  personal_identity_number: '[personnummer]',
  coordination_number: '[samordningsnummer]',
  email: '[e-post]',
  phone: '[telefon]',
};

/** The finders in order of precedence; see detectPersonalData. */
const FINDERS = [findEmailAddresses, findIdentityNumbers, findPhoneNumbers] as const;

/**
 * Stands in for the characters of an earlier finding when a later finder scans the text: neither
 * a letter, a digit nor a separator, so the finding ends any run of digits it was part of.
 */
const HIDDEN = '\uffff';

/**
 * Finds personal data in a text. The findings are sorted by start and never overlap. The finders
 * run in order of precedence, each one seeing the findings of those before it hidden:
 * - an e-mail address wins over a number inside it ("8112189876@example.se");
 * - an identity number wins over a phone number (a bare "0701011231" that passes the date and
 *   check-digit tests is reported as a personal identity number; either way it is masked);
 * - a phone number right after an identity number is still found ("811218-9876 070-123 45 67"),
 *   although a phone number must otherwise start its run of digit groups (phone-number.ts).
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let visible = text;
  for (const find of FINDERS) {
    const found = find(visible);
    findings.push(...found);
    visible = hide(visible, found);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The text with the characters of the findings replaced by HIDDEN; offsets are kept. */
function hide(text: string, findings: readonly PersonalDataFinding[]): string {
  let result = '';
  let position = 0;
  for (const { start, end } of findings) {
    result += text.slice(position, start) + HIDDEN.repeat(end - start);
    position = end;
  }
  return result + text.slice(position);
}

/**
 * Replaces every finding with the mask of its kind (PERSONAL_DATA_MASKS). The findings returned
 * are those of the original text, so their offsets point into the input, not into the result.
 */
export function maskPersonalData(text: string): { text: string; findings: PersonalDataFinding[] } {
  const findings = detectPersonalData(text);
  let masked = '';
  let position = 0;
  for (const finding of findings) {
    masked += text.slice(position, finding.start) + PERSONAL_DATA_MASKS[finding.kind];
    position = finding.end;
  }
  return { text: masked + text.slice(position), findings };
}
