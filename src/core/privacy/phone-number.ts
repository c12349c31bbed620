/**
 * Phone numbers in free text: Swedish numbers in national form, Swedish numbers in international
 * form (+46, 0046), and other international numbers (+<country code>, 00<country code>).
 *
 * Sources:
 * - PTS (Post- och telestyrelsen), "Telefonnummers struktur" and "Beskrivning av
 *   telefoninummerplanen och dess principer": a national number is the national prefix 0, a
 *   national destination code and a subscriber number; an area code (riktnummer) is 0 followed
 *   by one, two or three digits; mobile numbers start 070, 072, 073, 076 or 079; PTS allocates
 *   mainly numbers of 0 + 9 digits; the international prefix is 00.
 * - ITU-T E.164: at most 15 digits after the international prefix, country code included.
 *
 * What counts as plausible, digit for digit (separators ignored: spaces, every dash of
 * text-context.ts, parentheses):
 * - national: 0 then a non-zero digit, 8 to 10 digits in all ("08-12 34 56" .. "0771-567 567");
 *   numbers starting 07 exactly 10 (every mobile number is 07X-XXX XX XX); when the number is
 *   written in groups, the first group is an area code of 2 to 4 digits ("08", "031", "0771");
 * - +46 / 0046: the national number without its 0 ("(0)" or a stray 0 is dropped): 7 to 9
 *   digits, exactly 9 when it starts with 7;
 * - other countries: the country code does not start with 0; 8 to 15 digits in all.
 *
 * Decisions:
 * - Dots are not separators ("070.123.45.67" is rare in Sweden, while "08.30" is a time).
 * - A number must start a run of digit groups: "år 2024 070-123 45 67" reads as one long run
 *   starting with 2024 and is not reported, so that account numbers, IBANs and card numbers
 *   (groups of digits where a later group starts with 0) raise no false alarm. An identity
 *   number or e-mail address found first ends a run (personal-data.ts hides it from this finder).
 * - A run longer than a phone number is cut after the longest plausible number, at whitespace,
 *   only where that number is clearly delimited or what follows clearly starts something else:
 *   the number is written with '+', as one unbroken group, or with '-' or ')' after its area code
 *   ("070-123 45 67 2024-11-22"); or what follows is another number starting with 0
 *   ("08-123 45 67 070-123 45 67", both reported) or a lone short count ("070 123 45 67 3 ggr").
 *   A run of space-separated groups such as "0123 4567 8901 2345" (an OCR or card number) is
 *   therefore not cut into a phone number.
 * - A slash glued to digits joins them, as in case numbers ("KS 2024/00123"), so
 *   "070-123 45 67/08-765 43 21" is not reported; with spaces around the slash both are.
 * - Three groups shaped like a day, month and year with the same separator ("02-11-2026") are a
 *   date, not a phone number.
 * - A bare run of 8 to 10 digits starting with 0 is a phone number; an OCR number starting with
 *   0 can therefore not be told apart and is reported.
 */
import type { PersonalDataFinding } from './finding.js';
import { DASHES, NOT_CONTINUING, SPACES, isContinuedAt, isFollowedByAmountUnit } from './text-context.js';

/**
 * A run of digit groups joined by separators, optionally led by '+' or '('. Digits and
 * separators are disjoint, so every run splits into groups one way only: the scan is linear.
 */
const DIGIT_RUN = new RegExp(`${NOT_CONTINUING}[+(]?\\d+(?:[${SPACES}${DASHES}()]{1,3}\\d+)*`, 'gu');
const DIGIT_GROUP = /\d+/g;
const WHITESPACE_ONLY = new RegExp(`^[${SPACES}]+$`, 'u');
const DASH_OR_PAREN = new RegExp(`[${DASHES})]`, 'u');
const MAX_DIGITS = 15;

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** Finds phone numbers, in text order. */
export function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    const groups: Group[] = [];
    for (const group of run.matchAll(DIGIT_GROUP)) {
      const start = match.index + group.index;
      groups.push({ start, end: start + group[0].length, digits: group[0] });
    }
    const hasPlus = run.startsWith('+');
    let first = 0;
    while (first < groups.length) {
      const last = longestPhoneFrom(text, groups, first, hasPlus && first === 0);
      if (last === null) break;
      findings.push({
        kind: 'phone',
        start: phoneStart(text, groups, first, hasPlus),
        end: groupAt(groups, last).end,
      });
      first = last + 1;
    }
  }
  return findings;
}

/** The index of the last group of the longest plausible phone number starting at group `first`. */
function longestPhoneFrom(text: string, groups: Group[], first: number, hasPlus: boolean): number | null {
  let best: number | null = null;
  let digits = '';
  for (let last = first; last < groups.length; last += 1) {
    digits += groupAt(groups, last).digits;
    if (digits.length > MAX_DIGITS + 2) break;
    if (
      isPlausiblePhone(digits, hasPlus, groupAt(groups, first).digits.length, last - first + 1) &&
      !looksLikeDate(text, groups, first, last) &&
      mayEndAt(text, groups, first, last, hasPlus) &&
      !isContinuedAt(text, groupAt(groups, last).end) &&
      !isFollowedByAmountUnit(text, groupAt(groups, last).end)
    ) {
      best = last;
    }
  }
  return best;
}

/** Whether the digits (separators removed) are a plausible phone number; see the module comment. */
function isPlausiblePhone(
  digits: string,
  hasPlus: boolean,
  firstGroupLength: number,
  groupCount: number,
): boolean {
  if (hasPlus) return isPlausibleInternational(digits);
  if (digits.startsWith('00')) return isPlausibleInternational(digits.slice(2));
  if (digits[0] !== '0' || digits[1] === '0') return false;
  if (groupCount > 1 && (firstGroupLength < 2 || firstGroupLength > 4)) return false;
  if (digits[1] === '7') return digits.length === 10;
  return digits.length >= 8 && digits.length <= 10;
}

/** Digits after the international prefix: country code and national number. */
function isPlausibleInternational(digits: string): boolean {
  if (digits.startsWith('46')) {
    const national = digits[2] === '0' ? digits.slice(3) : digits.slice(2);
    if (national[0] === undefined || national[0] === '0') return false;
    if (national[0] === '7') return national.length === 9;
    return national.length >= 7 && national.length <= 9;
  }
  return digits[0] !== '0' && digits.length >= 8 && digits.length <= MAX_DIGITS;
}

/**
 * Whether a number may end after group `last` although its run goes on (see the module comment):
 * only at whitespace, and only when the number is clearly delimited or the rest clearly starts
 * something else.
 */
function mayEndAt(text: string, groups: Group[], first: number, last: number, hasPlus: boolean): boolean {
  const next = groups[last + 1];
  if (next === undefined) return true;
  if (!WHITESPACE_ONLY.test(text.slice(groupAt(groups, last).end, next.start))) return false;
  if (next.digits.startsWith('0') || (last + 2 === groups.length && next.digits.length <= 3)) return true;
  if (hasPlus || first === last) return true;
  return DASH_OR_PAREN.test(text.slice(groupAt(groups, first).end, groupAt(groups, first + 1).start));
}

/** Day-month-year (or month-day-year) with a four-digit 19xx/20xx year and one repeated separator. */
function looksLikeDate(text: string, groups: Group[], first: number, last: number): boolean {
  if (last - first !== 2) return false;
  const [a, b, c] = [groupAt(groups, first), groupAt(groups, first + 1), groupAt(groups, last)];
  if (a.digits.length > 2 || b.digits.length > 2 || !/^(?:19|20)\d\d$/.test(c.digits)) return false;
  if (text.slice(a.end, b.start) !== text.slice(b.end, c.start)) return false;
  const [x, y] = [Number(a.digits), Number(b.digits)];
  return (x <= 31 && y >= 1 && y <= 12) || (y <= 31 && x >= 1 && x <= 12);
}

/**
 * Where the finding starts: at the '+' of an international number, and at an opening
 * parenthesis only when it encloses the first group ("(08) 123 45 67"), so that a number in
 * parentheses does not lose its closing one.
 */
function phoneStart(text: string, groups: Group[], first: number, hasPlus: boolean): number {
  const group = groupAt(groups, first);
  if (first === 0 && hasPlus) return group.start - 1;
  if (text[group.start - 1] === '(' && text[group.end] === ')') return group.start - 1;
  return group.start;
}

function groupAt(groups: Group[], index: number): Group {
  const group = groups[index];
  if (group === undefined) throw new RangeError(`no digit group ${index}`);
  return group;
}
