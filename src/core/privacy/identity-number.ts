/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in free text.
 *
 * Sources:
 * - Skatteverket, "Personnummer", SKV 704: ten digits YYMMDD-NNNC (birth date, a three-digit
 *   birth number, a check digit); the separator '-' becomes '+' in the year the person turns
 *   100; the twelve-digit form YYYYMMDDNNNC adds the century. Worked example 640823-3234.
 * - Skatteverket, "Samordningsnummer", SKV 707: built the same way, but the day of birth is
 *   increased by 60 (3 October 1970 -> 701063-2391); the birth number comes from the series
 *   001-999; stored with a century of 18, 19 or 20.
 * - The check digit is the Luhn (modulus 10) algorithm over the ten-digit form, with weights
 *   2, 1, 2, 1, ... from the left (H. P. Luhn, US patent 2,950,048, 1960; ISO/IEC 7812-1 annex B).
 *
 * Decisions where the sources leave room:
 * - Accepted separators: a dash, '+', one space or none, in both the 10- and the 12-digit form,
 *   and a dash or '+' with a space on either side ("811218 - 9876"). Every dash counts alike
 *   (en dash, minus sign, non-breaking hyphen: text-context.ts DASHES), as word processors turn
 *   " - " into " – "; spaces include the no-break and thin ones (SPACES). A space is
 *   how many people type it; '+' in the 12-digit form is not
 *   Skatteverket's, but a valid date and check digit make it a personal number all the same.
 * - A 10-digit number does not say its century. With '-', a space or no separator it is read as
 *   19xx or 20xx; with '+' (age 100 or more) as 18xx or 19xx. The date must be valid in at
 *   least one of the two, which only matters for 29 February: 000229-xxxx is valid (2000 was a
 *   leap year) while 000229+xxxx is not (neither 1800 nor 1900 was).
 * - A 12-digit number must have the century 18, 19 or 20 (SKV 707), which keeps invoice and
 *   OCR numbers that happen to pass the check digit out.
 * - Birth number 000 is never issued (the series is 001-999), so it is not a match.
 */
import type { PersonalDataFinding, PersonalDataKind } from './finding.js';
import { DASHES, NOT_CONTINUED, NOT_CONTINUING, SPACES, isFollowedByAmountUnit } from './text-context.js';

/**
 * Date part (8 digits tried before 6, so that a 12-digit number is never read as a 10-digit one
 * inside it), separator, and the four last digits. Fixed repetition counts keep the scan linear.
 */
const IDENTITY_NUMBER = new RegExp(
  `${NOT_CONTINUING}(\\d{8}|\\d{6})([${SPACES}]?[${DASHES}+][${SPACES}]?|[${SPACES}])?(\\d{4})${NOT_CONTINUED}`,
  'gu',
);

/** Finds personal identity numbers and coordination numbers, in text order. */
export function findIdentityNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    const [whole, datePart = '', separator = '', lastFour = ''] = match;
    const kind = classifyIdentityNumber(datePart, separator, lastFour);
    const end = match.index + whole.length;
    if (kind && !isFollowedByAmountUnit(text, end)) findings.push({ kind, start: match.index, end });
  }
  return findings;
}

/**
 * Which kind of identity number the parts make, or null when the date, the century, the birth
 * number or the check digit is wrong.
 */
function classifyIdentityNumber(
  datePart: string,
  separator: string,
  lastFour: string,
): Extract<PersonalDataKind, 'personal_identity_number' | 'coordination_number'> | null {
  const tenDigits = datePart.slice(-6) + lastFour;
  if (lastFour.startsWith('000') || !isLuhnValid(tenDigits)) return null;

  const month = Number(datePart.slice(-4, -2));
  const dayField = Number(datePart.slice(-2));
  const isCoordination = dayField > 60;
  const day = isCoordination ? dayField - 60 : dayField;

  const years = candidateYears(datePart, separator);
  if (!years.some((year) => isValidDate(year, month, day))) return null;
  return isCoordination ? 'coordination_number' : 'personal_identity_number';
}

/** The birth years the date part can stand for (see the century decision above). */
function candidateYears(datePart: string, separator: string): number[] {
  if (datePart.length === 8) {
    const century = datePart.slice(0, 2);
    return century === '18' || century === '19' || century === '20' ? [Number(datePart.slice(0, 4))] : [];
  }
  const yy = Number(datePart.slice(0, 2));
  return separator.includes('+') ? [1800 + yy, 1900 + yy] : [1900 + yy, 2000 + yy];
}

/** Gregorian calendar: leap years are divisible by 4, except centuries not divisible by 400. */
function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/**
 * Luhn check over a string of digits: from the left, weights 2, 1, 2, 1, ... for an even-length
 * string (the ten-digit form), products above 9 reduced by 9 (their digit sum), total divisible
 * by 10. Counting from the right keeps it correct for any length.
 */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return digits.length > 0 && sum % 10 === 0;
}
