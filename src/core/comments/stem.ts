/**
 * The Swedish Snowball stemmer (snowball-stemmers, a port of the Snowball project's algorithm),
 * with a cache: comments repeat a small vocabulary, and a stem is looked up far more often than
 * it is computed.
 */
import snowball from 'snowball-stemmers';

const swedish = snowball.newStemmer('swedish');
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = word.length <= 3 || /\d/.test(word) ? word : swedish.stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
