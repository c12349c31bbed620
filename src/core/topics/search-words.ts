/**
 * A topic's search words (issue #13): the everyday words citizens and guides use for it
 * ("soptunna", "sopkärl" for waste collection), so that the topic search finds it by them. They
 * are written as one comma-separated text in the catalogue form and in the CSV file's
 * `search_words` column, and kept as a list.
 */

/** At most this many words per topic, each at most this long: a synonym list, not a text. */
export const SEARCH_WORDS_MAX = 30;
export const SEARCH_WORD_MAX_LENGTH = 60;

export type SearchWordsProblem = 'search_words_too_many' | 'search_word_too_long';

/**
 * The words of a comma-separated (or semicolon-separated) text: trimmed, inner white space
 * collapsed, empty ones left out, each once (ignoring case), in the order written.
 */
export function splitSearchWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const word = raw.replace(/\s+/g, ' ').trim();
    const key = word.toLocaleLowerCase('sv');
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** Why a list of search words cannot be kept, or null. */
export function searchWordsProblem(words: readonly string[]): SearchWordsProblem | null {
  if (words.length > SEARCH_WORDS_MAX) return 'search_words_too_many';
  if (words.some((w) => w.length > SEARCH_WORD_MAX_LENGTH)) return 'search_word_too_long';
  return null;
}

/** The list as the form and the CSV file show it. */
export function joinSearchWords(words: readonly string[]): string {
  return words.join(', ');
}
