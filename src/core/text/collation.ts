/**
 * Swedish alphabetical order: å, ä and ö come after z (in that order), and case and accents
 * other than those three are secondary. Sorting is done here rather than in SQL because the
 * embedded database has no Swedish collation and the server's depends on how it was built.
 */
const swedish = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

/** Compares two strings in Swedish alphabetical order. */
export function compareSwedish(a: string, b: string): number {
  return swedish.compare(a, b);
}

/** A sorted copy of items, ordered by the text that `key` picks, in Swedish alphabetical order. */
export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => swedish.compare(key(x), key(y)));
}
