/**
 * Array parameters written as PostgreSQL array literals ('{1,2,3}', '{"a b",NULL}') by hand: the
 * bulk imports send tens of thousands of elements a statement, and the drivers' general
 * per-element conversion cost seconds a million rows. The statement casts the text to its array
 * type ($1::int8[]), so the server parses it by its own rules, which these follow exactly
 * (PostgreSQL docs, "Array Value Input"): an element is double-quoted, with `"` and `\` escaped by
 * a backslash, unless it holds only characters that cannot be taken for syntax; NULL is null.
 */

const PLAIN = /^[A-Za-z0-9._:@-]+$/;

/** Whole numbers as an array literal; RangeError for anything else (NaN, fractions, Infinity). */
export function intArrayLiteral(values: readonly number[]): string {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new RangeError(`not a whole number: ${v}`);
  return `{${values.join(',')}}`;
}

/** Texts (or nulls) as an array literal. */
export function textArrayLiteral(values: readonly (string | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (PLAIN.test(v) && v.toUpperCase() !== 'NULL') parts[i] = v;
    else parts[i] = `"${v.replace(/["\\]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}
