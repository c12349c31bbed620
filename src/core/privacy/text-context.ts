/**
 * What may stand right before and right after a number for it to count as a number of its own.
 * Shared by the identity-number and phone-number finders so that both agree on what "embedded
 * in a longer number" means.
 */

/**
 * Every dash a person or a word processor writes between digits, one character class for every
 * detector (issue #11: "850709 – 9805" with an en dash was not masked while the phone finder took
 * the en dash): hyphen-minus U+002D, hyphen U+2010, non-breaking hyphen U+2011, figure dash
 * U+2012, en dash U+2013, em dash U+2014, minus sign U+2212, small hyphen-minus U+FE63 and
 * fullwidth hyphen-minus U+FF0D. Inside a character class.
 */
export const DASHES = String.raw`\-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d`;

/**
 * Spaces that may stand between the groups of a number: the ordinary space, the no-break space
 * U+00A0, the thin space U+2009 and the narrow no-break space U+202F (typeset numbers). Inside a
 * character class.
 */
export const SPACES = String.raw` \u00a0\u2009\u202f`;

/**
 * Regex source for a lookbehind: the candidate does not continue a word or a number. Not after
 * a letter, digit or underscore ("ID8112189876", "19" + "121212-1212"), nor after a digit and a
 * joining punctuation mark ("2024/00123", "KS 2017-0701234567", "8.30", "1,5"): those are parts
 * of case numbers, dates, times and amounts.
 */
export const NOT_CONTINUING = String.raw`(?<![\p{L}\p{N}_]|\p{N}[${DASHES}\/.,:+])`;

/**
 * Regex source for a lookahead: the candidate is not continued by a letter, digit or underscore,
 * nor by a joining punctuation mark and a digit ("8112189876,50", "0701234567/2").
 */
export const NOT_CONTINUED = String.raw`(?![\p{L}\p{N}_]|[${DASHES}\/.,:+]\p{N})`;

const CONTINUES = new RegExp(String.raw`[\p{L}\p{N}_]|[${DASHES}\/.,:+]\p{N}`, 'uy');

/** Whether the text at `end` continues the number before it (the opposite of NOT_CONTINUED). */
export function isContinuedAt(text: string, end: number): boolean {
  CONTINUES.lastIndex = end;
  return CONTINUES.test(text);
}

/**
 * Sticky: after the candidate, a currency or a percent sign says it is an amount, not personal
 * data ("1 012 345 678 kr", "8112189876 kronor", "0701234567 SEK").
 */
const AMOUNT_AFTER = new RegExp(String.raw`[${SPACES}]*(?:kr|kronor|sek|:-|%)(?![\p{L}\p{N}])`, 'iuy');

/** Whether the text at `end` (just after a candidate number) marks it as an amount. */
export function isFollowedByAmountUnit(text: string, end: number): boolean {
  AMOUNT_AFTER.lastIndex = end;
  return AMOUNT_AFTER.test(text);
}
