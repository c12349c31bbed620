/**
 * Reading one cell of another system's file: a code (ours, or the source's through its value
 * map), a yes/no, a length of time, a piece of text. Each reader gives the value or the code of
 * what is wrong with the cell, never a guess. Pure.
 */
import { DURATION_MAX_SECONDS } from './contact-rules.js';

export type CellResult<T> = { value: T } | { error: string; params?: Record<string, string | number> };

export const DURATION_UNITS = ['seconds', 'minutes', 'clock'] as const;
/** How the source writes a contact's length: seconds (245), minutes (4,1) or a clock (4:05, 0:04:05). */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** The key a cell or a value-map entry is matched by: trimmed, lower case. */
export const valueKey = (text: string) => text.trim().toLocaleLowerCase('sv');

/** A value map keyed by valueKey, for matching cells. */
export function keyedValueMap(map: Record<string, string> | undefined): Map<string, string> {
  return new Map(Object.entries(map ?? {}).map(([theirs, ours]) => [valueKey(theirs), ours]));
}

/**
 * One of `allowed`: the source's value through the map first, then our own code (so a file
 * that already uses ours needs no map). Empty is null: whether that is allowed is the caller's.
 */
export function readCode<T extends string>(
  cell: string,
  allowed: readonly T[],
  map: ReadonlyMap<string, string>,
): CellResult<T | null> {
  const key = valueKey(cell);
  if (key === '') return { value: null };
  const mapped = map.get(key) ?? key;
  const found = allowed.find((code) => code === mapped);
  if (found !== undefined) return { value: found };
  const options = [...new Set([...map.keys(), ...allowed])].join(', ');
  return { error: 'invalid_choice', params: { options } };
}

const TRUE_WORDS = new Set(['true', 'ja', 'yes', '1', 'sant', 'j', 'x']);
// 'sant'/'falskt': Swedish Excel saves its booleans so.
const FALSE_WORDS = new Set(['false', 'nej', 'no', '0', 'falskt', 'n']);

/** Yes or no, in Swedish or English words, or the source's own through its map; empty is null. */
export function readBoolean(cell: string, map: ReadonlyMap<string, string>): CellResult<boolean | null> {
  const key = valueKey(cell);
  if (key === '') return { value: null };
  const word = map.get(key) ?? key;
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: 'invalid_choice', params: { options: 'ja, nej' } };
}

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/**
 * A length of time in whole seconds, 0 to 24 hours. Minutes may have decimals with a comma or
 * a point and are rounded to the second ("2,5" -> 150). A clock is M:SS or H:MM:SS ("4:05" ->
 * 245, "1:02:03" -> 3723); minutes and seconds past 59 are refused as a likely column mix-up.
 */
export function readDuration(cell: string, unit: DurationUnit): CellResult<number | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  let seconds: number;
  if (unit === 'seconds') {
    if (!WHOLE.test(text)) return { error: 'invalid_duration' };
    seconds = Number(text);
  } else if (unit === 'minutes') {
    if (!DECIMAL.test(text)) return { error: 'invalid_duration' };
    seconds = Math.round(Number(text.replace(',', '.')) * 60);
  } else {
    const m = CLOCK.exec(text);
    if (!m) return { error: 'invalid_duration' };
    const [h, mi, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
    if (s > 59 || (m[1] !== undefined && mi > 59)) return { error: 'invalid_duration' };
    seconds = h * 3600 + mi * 60 + s;
  }
  if (seconds > DURATION_MAX_SECONDS)
    return { error: 'too_big_number', params: { max: DURATION_MAX_SECONDS } };
  return { value: seconds };
}

/** Trimmed text of at most `max` characters; empty is null. */
export function readText(cell: string, max: number): CellResult<string | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  if (text.length > max) return { error: 'too_long', params: { max } };
  return { value: text };
}
