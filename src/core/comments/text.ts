/**
 * Normalisation and tokens for Swedish comments, written or transcribed from speech: lower case,
 * personal-data masks kept as one token each, fillers ("ehm", "alltså") dropped, and å/ä/ö
 * folding (fold) so that "vantetid" and "väntetid" can meet as an extra feature.
 */

/** Spoken fillers: they carry no meaning for tone or area. */
const FILLERS = new Set([
  'eh',
  'ehm',
  'ehh',
  'öh',
  'öhm',
  'äh',
  'ähm',
  'hm',
  'hmm',
  'mm',
  'mhm',
  'asså',
  'alltså',
  'liksom',
  'typ',
  'um',
  'uh',
  'uhm',
]);

export interface Token {
  /** Lower case, as written. */
  readonly word: string;
  /** True when a sentence break (punctuation or a contrast word) came right before it. */
  readonly breakBefore: boolean;
}

/** Folds å, ä, ö (and é, ü...) to plain letters: "väntetid" -> "vantetid". */
export function fold(word: string): string {
  if (!/[^a-z0-9]/.test(word)) return word;
  return word
    .replace(/[åä]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/æ/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const MASK = /\[(personnummer|samordningsnummer|e-post|telefon|telefonnummer)\]/g;
// Control characters (binary input) and the replacement character of undecodable bytes.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g;

/**
 * The tokens of a comment. Personal-data masks become the token "pii"; digits become "0" runs
 * (so "40 minuter" and "25 minuter" share a feature); emoji keep a coarse token.
 */
export function tokenize(text: string): Token[] {
  const cleaned = text
    .replace(CONTROL, ' ')
    .replace(MASK, ' pii ')
    .replace(/[:;]-?[)D]/g, ' 🙂 ')
    .replace(/:-?\(/g, ' 🙁 ')
    .toLowerCase();
  const tokens: Token[] = [];
  let breakPending = true;
  for (const match of cleaned.matchAll(
    /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[.!?;:,]+|\p{Extended_Pictographic}/gu,
  )) {
    const piece = match[0];
    if (/^[.!?;:,]+$/u.test(piece)) {
      breakPending = true;
      continue;
    }
    if (FILLERS.has(piece)) continue;
    const word = /^\p{Extended_Pictographic}$/u.test(piece) ? emojiToken(piece) : piece.replace(/\d+/g, '0');
    tokens.push({ word, breakBefore: breakPending });
    breakPending = false;
  }
  return tokens;
}

const HAPPY = new Set(['😊', '🙂', '😀', '😃', '😄', '👍', '❤', '❤️', '🥰', '😍', '🙏', '👌', '⭐', '🌟']);
const SAD = new Set(['😡', '😠', '👎', '😞', '😢', '🙁', '☹', '😤', '🤬', '😒']);
function emojiToken(emoji: string): string {
  if (HAPPY.has(emoji)) return 'emoji_glad';
  if (SAD.has(emoji)) return 'emoji_arg';
  return 'emoji';
}
