/**
 * Features of a comment for the linear models: stemmed words (with å/ä/ö folded), the word as
 * written, word bigrams, character 3- and 4-grams of each word (typos, compounds, dialect), negation
 * scope marking, and the counts of sentiment-lexicon words. Each feature is hashed (FNV-1a) into
 * a fixed number of dimensions; the vector is L2-normalised. Each feature also remembers the
 * token it came from, so a result can say which words weighed most.
 */
import { stem } from './stem.js';
import { fold, tokenize } from './text.js';

/** Words that turn what follows them around ("inte dålig" is praise). */
const NEGATORS = new Set([
  'inte',
  'int',
  'ej',
  'icke',
  'aldrig',
  'ingen',
  'inget',
  'inga',
  'knappast',
  'varken',
  'utan',
  'not',
  'no',
  'never',
  'dont',
  "don't",
  'nothing',
  'nobody',
  'isnt',
  "isn't",
  'wasnt',
  "wasn't",
]);
/** A contrast word ends a negation's scope ("inte snabbt men trevligt"). */
const SCOPE_ENDS = new Set(['men', 'fast', 'but', 'och', 'dock', 'däremot', 'medan', 'eftersom']);
const SCOPE_LENGTH = 3;

export interface Lexicon {
  /** Folded stems of positive words. */
  readonly positive: ReadonlySet<string>;
  /** Folded stems of negative words. */
  readonly negative: ReadonlySet<string>;
}

export interface FeatureVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
  /** For each entry, the token it came from (-1: the whole comment). */
  readonly sources: Int32Array;
  /** The tokens as written, for explanations. */
  readonly words: readonly string[];
}

export interface FeatureOptions {
  readonly dimensions: number;
  readonly charNgrams: boolean;
  readonly bigrams: boolean;
  readonly lexicon?: Lexicon;
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

interface WordFeatures {
  readonly folded: string;
  readonly wordHash: number;
  readonly stemHash: number;
  readonly negatedHash: number;
  /** FNV-1a hashes of the word's character 3- and 4-grams (of the folded word in spaces). */
  readonly charHashes: Uint32Array;
}
const wordCache = new Map<string, WordFeatures>();
const WORD_CACHE_LIMIT = 200_000;

/** The per-word part of the features, computed once per distinct word. */
function wordFeatures(word: string): WordFeatures {
  let cached = wordCache.get(word);
  if (!cached) {
    const padded = ` ${fold(word)} `;
    const hashes: number[] = [];
    for (let n = 3; n <= 4; n += 1) {
      for (let at = 0; at + n <= padded.length; at += 1) hashes.push(fnv1a(`c:${padded.slice(at, at + n)}`));
    }
    const folded = fold(stem(word));
    cached = {
      folded,
      wordHash: fnv1a(`w:${word}`),
      stemHash: fnv1a(`s:${folded}`),
      negatedHash: fnv1a(`n:${folded}`),
      charHashes: Uint32Array.from(hashes),
    };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, cached);
  }
  return cached;
}

/** Receives each feature: its FNV-1a hash, weight and source token (-1: the whole comment). */
type Sink = (hash: number, weight: number, source: number) => void;

const LEX_POS = fnv1a('lex:pos');
const LEX_NEG = fnv1a('lex:neg');
const LEX_BOTH = fnv1a('lex:both');
const BIAS = fnv1a('bias');
const LENGTHS = ['len:0', 'len:1', 'len:short', 'len:mid', 'len:long'].map(fnv1a);

/** The hashed features of a comment (before they are folded into dimensions), as [hash, weight, source]. */
export function namedFeatures(
  text: string,
  options: Omit<FeatureOptions, 'dimensions'>,
): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  commentFeatures(text, options, (hash, weight, source) => out.push([hash, weight, source]));
  return out;
}

/** Emits the features of a comment into `emit`; returns its words. */
function commentFeatures(text: string, options: Omit<FeatureOptions, 'dimensions'>, emit: Sink): string[] {
  const tokens = tokenize(text);
  const stems: string[] = [];
  let negatedFor = 0;
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as (typeof tokens)[number];
    if (token.breakBefore || SCOPE_ENDS.has(token.word)) negatedFor = 0;
    const cached = wordFeatures(token.word);
    const folded = cached.folded;
    const negated = negatedFor > 0;
    stems.push((negated ? '!' : '') + folded);
    emit(cached.wordHash, 0.5, i);
    emit(negated ? cached.negatedHash : cached.stemHash, 1, i);
    if (negated) emit(cached.stemHash, 0.3, i);
    if (options.charNgrams) for (const hash of cached.charHashes) emit(hash, 0.25, i);
    if (options.lexicon) {
      const positive = options.lexicon.positive.has(folded);
      const negative = options.lexicon.negative.has(folded);
      if (positive !== negative) {
        const sign = positive !== negated ? 1 : -1;
        if (sign > 0) positives += 1;
        else negatives += 1;
        emit(sign > 0 ? LEX_POS : LEX_NEG, 1, i);
      }
    }
    if (NEGATORS.has(token.word)) negatedFor = SCOPE_LENGTH + 1;
    if (negatedFor > 0) negatedFor -= 1;
  }
  if (options.bigrams) {
    for (let i = 1; i < stems.length; i += 1) {
      if (tokens[i]?.breakBefore) continue;
      emit(fnv1a(`b:${stems[i - 1]}_${stems[i]}`), 0.7, i);
    }
  }
  const length = tokens.length;
  emit(LENGTHS[length === 0 ? 0 : length === 1 ? 1 : length <= 4 ? 2 : length <= 15 ? 3 : 4] ?? BIAS, 1, -1);
  if (positives > 0 && negatives > 0) emit(LEX_BOTH, 1, -1);
  emit(BIAS, 1, -1);
  return tokens.map((t) => t.word);
}

/** Scratch space for featureVector, per dimension count: a value and a source per dimension. */
const scratch = new Map<number, { values: Float64Array; sources: Int32Array; seen: Uint8Array }>();

/** The hashed, L2-normalised vector of a comment. Duplicated features add up. */
export function featureVector(text: string, options: FeatureOptions): FeatureVector {
  let space = scratch.get(options.dimensions);
  if (!space) {
    space = {
      values: new Float64Array(options.dimensions),
      sources: new Int32Array(options.dimensions),
      seen: new Uint8Array(options.dimensions),
    };
    scratch.set(options.dimensions, space);
  }
  const { values: sums, sources: firstSource, seen } = space;
  const touched: number[] = [];
  const dimensions = options.dimensions;
  const words = commentFeatures(text, options, (hash, weight, source) => {
    const index = hash % dimensions;
    if (seen[index] === 0) {
      seen[index] = 1;
      sums[index] = weight;
      firstSource[index] = source;
      touched.push(index);
    } else {
      sums[index] = (sums[index] ?? 0) + weight;
    }
  });
  const indices = new Int32Array(touched.length);
  const values = new Float32Array(touched.length);
  const sources = new Int32Array(touched.length);
  let norm = 0;
  touched.forEach((index, k) => {
    const value = sums[index] ?? 0;
    indices[k] = index;
    values[k] = value;
    sources[k] = firstSource[index] ?? -1;
    norm += value * value;
    seen[index] = 0;
  });
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < values.length; i += 1) values[i] = (values[i] ?? 0) * scale;
  return { indices, values, sources, words };
}
