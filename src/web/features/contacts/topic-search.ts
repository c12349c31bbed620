/**
 * The topic picker's list: which topics to offer for what the guide has typed, in what order.
 * Pure, so that the ranking is tested without a browser.
 *
 * Matching is on the whole path ("Vatten och avlopp › Faktura"), every word typed must occur in
 * it, case does not matter and accents other than Swedish ones are ignored ("cafe" finds "Café"),
 * but å, ä and ö stay letters of their own: "ar" must not find "år" (year) or "är". A topic's
 * search words (issue #13: "soptunna" for waste collection) are matched the same way, after the
 * matches on the path.
 */
import type { Topic } from './contact-types.js';

/** How many recent and most-used topics the empty search offers. */
export const RECENT_TOPICS = 5;
export const MOST_USED_TOPICS = 5;

/**
 * Lower case, white space collapsed, diacritics removed except the ring of å and the dots of ä
 * and ö, which Swedish treats as letters of their own.
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/([ao]?)([\u0300-\u036f]+)/g, (_match, base: string, marks: string) => {
      if (base === 'a' && (marks.startsWith('\u030a') || marks.startsWith('\u0308'))) return base + marks[0];
      if (base === 'o' && marks.startsWith('\u0308')) return base + marks[0];
      return base;
    })
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search: the path separator › (and >, /) separates words like a space. */
export function searchWords(query: string): string[] {
  return normalizeForSearch(query)
    .split(/[\s›>/]+/)
    .filter((w) => w !== '');
}

/** A guide's own use of topics, from their latest contacts. */
export interface TopicUsage {
  /** Topic ids, most recently used first, each once. */
  recent: string[];
  /** Topic ids by how often they were used, most first; ties by most recent use. */
  mostUsed: string[];
  /** Uses per topic id. */
  counts: ReadonlyMap<string, number>;
}

export const NO_USAGE: TopicUsage = { recent: [], mostUsed: [], counts: new Map() };

/** Usage from the guide's contacts, given newest first (as GET /api/contacts returns them). */
export function topicUsageOf(contacts: readonly { topicId: string }[]): TopicUsage {
  const counts = new Map<string, number>();
  const recent: string[] = [];
  for (const { topicId } of contacts) {
    const seen = counts.get(topicId);
    counts.set(topicId, (seen ?? 0) + 1);
    if (seen === undefined) recent.push(topicId);
  }
  // recent is in order of latest use, so a stable sort breaks ties by recency.
  const mostUsed = [...recent].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return { recent, mostUsed, counts };
}

export type TopicGroup = 'recent' | 'mostUsed' | 'all' | 'matches';

export interface TopicOption {
  topic: Topic;
  group: TopicGroup;
}

/** How well a topic matches: 0 its own name starts with the search, 1 every word starts a word, 2 inside words. */
function rankOf(topic: Topic, words: readonly string[], phrase: string): number | null {
  const path = normalizeForSearch(topic.path);
  if (!words.every((w) => path.includes(w))) return searchWordRankOf(topic, path, words, phrase);
  if (normalizeForSearch(topic.name).startsWith(phrase)) return 0;
  const pathWords = path.split(/[\s›>/-]+/);
  if (words.every((w) => pathWords.some((p) => p.startsWith(w)))) return 1;
  return 2;
}

/**
 * A match that needs the topic's search words: 3 when one of them starts with the search, 4 when
 * every word typed occurs somewhere in the path and the search words together.
 */
function searchWordRankOf(
  topic: Topic,
  path: string,
  words: readonly string[],
  phrase: string,
): number | null {
  const synonyms = (topic.searchWords ?? []).map(normalizeForSearch);
  if (synonyms.length === 0) return null;
  if (synonyms.some((s) => s.startsWith(phrase))) return 3;
  const all = `${path} ${synonyms.join(' ')}`;
  return words.every((w) => all.includes(w)) ? 4 : null;
}

/**
 * The options for a search. Retired topics are never offered. With an empty search: the
 * guide's recent topics, then their most used, then the whole catalogue in its own order. With
 * a search: the matches, best first, the guide's more used topics before others equally good,
 * then in Swedish alphabetical order of the path.
 */
export function topicOptions(
  topics: readonly Topic[],
  query: string,
  usage: TopicUsage = NO_USAGE,
): TopicOption[] {
  const active = topics.filter((t) => t.retiredAt === null);
  const words = searchWords(query);
  if (words.length === 0) {
    const byId = new Map(active.map((t) => [t.id, t]));
    const pick = (ids: readonly string[], limit: number, taken: ReadonlySet<string>) =>
      ids
        .filter((id) => byId.has(id) && !taken.has(id))
        .slice(0, limit)
        .map((id) => byId.get(id) as Topic);
    const recent = pick(usage.recent, RECENT_TOPICS, new Set());
    const mostUsed = pick(usage.mostUsed, MOST_USED_TOPICS, new Set(recent.map((t) => t.id)));
    const shown = new Set([...recent, ...mostUsed].map((t) => t.id));
    return [
      ...recent.map((topic) => ({ topic, group: 'recent' as const })),
      ...mostUsed.map((topic) => ({ topic, group: 'mostUsed' as const })),
      ...active.filter((t) => !shown.has(t.id)).map((topic) => ({ topic, group: 'all' as const })),
    ];
  }
  const phrase = words.join(' ');
  const collator = new Intl.Collator('sv');
  return active
    .flatMap((topic) => {
      const rank = rankOf(topic, words, phrase);
      return rank === null ? [] : [{ topic, rank, uses: usage.counts.get(topic.id) ?? 0 }];
    })
    .sort((a, b) => a.rank - b.rank || b.uses - a.uses || collator.compare(a.topic.path, b.topic.path))
    .map(({ topic }) => ({ topic, group: 'matches' as const }));
}
