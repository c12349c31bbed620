/**
 * The methods the logistic model is measured against (data/comments/README.md has the figures):
 * - lexiconBaseline: a lexicon sum for tone (Språkbanken's SentimentLex and AFINN-sv, with the same
 *   negation scope as the model) and keyword stems for areas: what "a lexicon sum" scores.
 * - trainNaiveBayes: multinomial naive Bayes for tone and a binary naive Bayes per area on the same
 *   words, bigrams and character n-grams as the logistic model.
 */
import { namedFeatures, type Lexicon } from './features.js';
import { AREAS, TONES, type Area, type LabelledComment, type Tone } from './labels.js';
import { stem } from './stem.js';
import { fold, tokenize } from './text.js';

export interface Prediction {
  readonly tone: Tone;
  readonly areas: readonly Area[];
}

/** Stems that point at an area, for the lexicon-only baseline. */
const AREA_KEYWORDS: Record<Area, readonly string[]> = {
  handler: [
    'handlägg',
    'person',
    'personal',
    'tjej',
    'kill',
    'hon',
    'han',
    'bemot',
    'trevl',
    'otrevl',
    'kunn',
    'vanl',
    'lyssn',
    'forklar',
    'staff',
    'kvinn',
    'mann',
    'dam',
  ],
  waiting_time: [
    'vant',
    'ko',
    'kotid',
    'snabb',
    'lang',
    'langsam',
    'ringd',
    'aterkoppl',
    'svar',
    'minut',
    'timm',
    'veck',
    'dag',
    'wait',
    'queu',
    'telefontid',
    'oppettid',
  ],
  digital_services: [
    'hemsid',
    'webb',
    'e-tjanst',
    'etjanst',
    'app',
    'bankid',
    'inloggn',
    'logg',
    'formular',
    'blankett',
    'chatbot',
    'chattbot',
    'mina',
    'websit',
    'digital',
    'nat',
  ],
  municipal_services: [
    'snoroj',
    'sophamtn',
    'hemtjanst',
    'skol',
    'forskol',
    'bygglov',
    'avgift',
    'taxa',
    'parkering',
    'gat',
    'vag',
    'beslut',
    'aldreomsorg',
    'fardtjanst',
    'park',
    'lekplats',
  ],
  experience: [
    'servic',
    'hjalp',
    'smid',
    'enkel',
    'kopplad',
    'krang',
    'nojd',
    'missnojd',
    'bra',
    'dalig',
    'toppen',
    'ok',
  ],
};
const NEGATORS = new Set(['inte', 'int', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'not', 'no', 'never']);

export function lexiconBaseline(text: string, lexicon: Lexicon): Prediction {
  const tokens = tokenize(text);
  let sum = 0;
  let negatedFor = 0;
  const areas = new Set<Area>();
  for (const token of tokens) {
    if (token.breakBefore) negatedFor = 0;
    const folded = fold(stem(token.word));
    const sign = lexicon.positive.has(folded) ? 1 : lexicon.negative.has(folded) ? -1 : 0;
    sum += negatedFor > 0 ? -sign : sign;
    for (const area of AREAS) if (AREA_KEYWORDS[area].includes(folded)) areas.add(area);
    negatedFor = NEGATORS.has(token.word) ? 3 : Math.max(0, negatedFor - 1);
  }
  return {
    tone: sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'skeptical',
    areas: areas.size > 0 ? AREAS.filter((a) => areas.has(a)) : ['experience'],
  };
}

export interface NaiveBayes {
  predict(text: string): Prediction;
}

export function trainNaiveBayes(rows: readonly LabelledComment[], lexicon?: Lexicon): NaiveBayes {
  const options = { charNgrams: true, bigrams: true, ...(lexicon ? { lexicon } : {}) };
  const docs = rows.map((r) => [...new Set(namedFeatures(r.text, options).map(([name]) => String(name)))]);
  const vocabulary = new Set(docs.flat());
  const size = vocabulary.size;
  const count = (filter: (i: number) => boolean) => {
    const counts = new Map<string, number>();
    let total = 0;
    docs.forEach((doc, i) => {
      if (!filter(i)) return;
      for (const f of doc) counts.set(f, (counts.get(f) ?? 0) + 1);
      total += doc.length;
    });
    return { counts, total, docs: docs.filter((_, i) => filter(i)).length };
  };
  const toneCounts = TONES.map((t) => count((i) => rows[i]?.tone === t));
  const areaCounts = AREAS.map(
    (a) =>
      [count((i) => !rows[i]?.areas.includes(a)), count((i) => rows[i]?.areas.includes(a) ?? false)] as const,
  );
  const logLikelihood = (
    c: { counts: Map<string, number>; total: number; docs: number },
    features: readonly string[],
  ) => {
    let sum = Math.log((c.docs + 1) / (rows.length + 2));
    for (const f of features)
      if (vocabulary.has(f)) sum += Math.log(((c.counts.get(f) ?? 0) + 1) / (c.total + size));
    return sum;
  };
  return {
    predict(text) {
      const features = [...new Set(namedFeatures(text, options).map(([name]) => String(name)))];
      const toneScores = toneCounts.map((c) => logLikelihood(c, features));
      const best = toneScores.indexOf(Math.max(...toneScores));
      const areas = AREAS.filter((_, a) => {
        const [no, yes] = areaCounts[a] ?? [];
        return yes && no ? logLikelihood(yes, features) > logLikelihood(no, features) : false;
      });
      return { tone: TONES[best] ?? 'skeptical', areas: areas.length > 0 ? areas : ['experience'] };
    },
  };
}
