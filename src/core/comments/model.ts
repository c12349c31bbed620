/**
 * The comment model: a multinomial logistic regression for tone and one binary logistic
 * regression per area, on the hashed features of features.ts, with per-area thresholds chosen by
 * cross-validation. trainCommentModel is deterministic; classifyComment explains each result by
 * the words that weighed most.
 */
import { maskPersonalData } from '../privacy/personal-data.js';
import { featureVector, type FeatureOptions, type FeatureVector, type Lexicon } from './features.js';
import { AREAS, TONES, type Area, type LabelledComment, type Tone } from './labels.js';
import {
  DEFAULT_SETTINGS,
  scores,
  sigmoid,
  softmax,
  trainLogistic,
  type LinearModel,
  type TrainingSettings,
} from './logistic.js';

/** Text past this many characters is not analysed (the result says so). */
export const MAX_ANALYSED_CHARACTERS = 10_000;

export interface CommentModel {
  readonly features: FeatureOptions;
  readonly tone: LinearModel;
  /** AREAS.length binary models, one row each. */
  readonly areas: LinearModel;
  /** Per area: the probability from which the area is given. */
  readonly thresholds: readonly number[];
}

export interface ModelSettings {
  readonly dimensions: number;
  readonly charNgrams: boolean;
  readonly bigrams: boolean;
  readonly useLexicon: boolean;
  readonly training: TrainingSettings;
}

export const DEFAULT_MODEL_SETTINGS: ModelSettings = {
  dimensions: 1 << 16,
  charNgrams: true,
  bigrams: true,
  useLexicon: true,
  training: DEFAULT_SETTINGS,
};

export function featureOptions(settings: ModelSettings, lexicon: Lexicon | undefined): FeatureOptions {
  return {
    dimensions: settings.dimensions,
    charNgrams: settings.charNgrams,
    bigrams: settings.bigrams,
    ...(settings.useLexicon && lexicon ? { lexicon } : {}),
  };
}

/** Class weights that make each class count as much in total (tone classes are unbalanced). */
function balancedWeights(targets: readonly number[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const t of targets) counts[t] = (counts[t] ?? 0) + 1;
  return targets.map((t) => targets.length / (classes * Math.max(1, counts[t] ?? 1)));
}

export function trainCommentModel(
  rows: readonly LabelledComment[],
  settings: ModelSettings = DEFAULT_MODEL_SETTINGS,
  lexicon?: Lexicon,
  thresholds: readonly number[] = AREAS.map(() => 0.5),
  vectors?: readonly FeatureVector[],
): CommentModel {
  const features = featureOptions(settings, lexicon);
  const vs = vectors ?? rows.map((r) => featureVector(r.text, features));
  const toneTargets = rows.map((r) => TONES.indexOf(r.tone));
  const balanced = balancedWeights(toneTargets, TONES.length);
  const tone = trainLogistic(
    vs,
    toneTargets,
    TONES.length,
    settings.dimensions,
    settings.training,
    balanced.map((w, i) => w * (rows[i]?.weight ?? 1)),
  );
  const areaWeights = new Float32Array(AREAS.length * settings.dimensions);
  AREAS.forEach((area, a) => {
    const targets = rows.map((r) => (r.areas.includes(area) ? 1 : 0));
    const binary = trainLogistic(
      vs,
      targets,
      1,
      settings.dimensions,
      { ...settings.training, seed: settings.training.seed + a + 1 },
      rows.map((r) => r.weight ?? 1),
    );
    for (let f = 0; f < settings.dimensions; f += 1)
      areaWeights[f * AREAS.length + a] = binary.weights[f] ?? 0;
  });
  return {
    features,
    tone,
    areas: { weights: areaWeights, classes: AREAS.length, dimensions: settings.dimensions },
    thresholds,
  };
}

export interface Reason {
  /** The word as written (lower case). */
  readonly word: string;
  /** How much it pushed towards the label (log-odds). */
  readonly weight: number;
}

export interface AreaResult {
  readonly area: Area;
  readonly confidence: number;
  readonly reasons: readonly Reason[];
}

export interface CommentResult {
  /** 'empty': no words to analyse (blank, binary, only masks): no labels. */
  readonly status: 'analysed' | 'empty';
  readonly tone: Tone | null;
  readonly toneConfidence: number;
  readonly toneProbabilities: Readonly<Record<Tone, number>>;
  /** The areas given, most confident first; at least one when analysed. */
  readonly areas: readonly AreaResult[];
  /** Every area's probability. */
  readonly areaProbabilities: Readonly<Record<Area, number>>;
  /** The words that weighed most for the tone. */
  readonly reasons: readonly Reason[];
  /** Personal data was found and masked before analysis. */
  readonly masked: boolean;
  /** Only the first MAX_ANALYSED_CHARACTERS characters were analysed. */
  readonly truncated: boolean;
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Per token, how much it pushed each of `rows` of `model` up: a row's weight times the value,
 * less the mean over `against` (the other tone classes; empty for an area's binary model).
 */
function contributions(
  model: LinearModel,
  rows: readonly number[],
  against: readonly number[],
  vector: FeatureVector,
): Float64Array[] {
  const out = rows.map(() => new Float64Array(vector.words.length));
  for (let k = 0; k < vector.indices.length; k += 1) {
    const source = vector.sources[k] ?? -1;
    if (source < 0) continue;
    const base = (vector.indices[k] ?? 0) * model.classes;
    const value = vector.values[k] ?? 0;
    let mean = 0;
    for (const o of against) mean += model.weights[base + o] ?? 0;
    if (against.length > 0) mean /= against.length;
    rows.forEach((row, r) => {
      const target = out[r] as Float64Array;
      target[source] = (target[source] ?? 0) + ((model.weights[base + row] ?? 0) - mean) * value;
    });
  }
  return out;
}

/** The words with the largest positive contributions, a word written twice counted once. */
function topReasons(words: readonly string[], byToken: Float64Array, limit: number): Reason[] {
  const merged = new Map<string, number>();
  byToken.forEach((weight, source) => {
    const word = words[source] ?? '';
    merged.set(word, (merged.get(word) ?? 0) + weight);
  });
  return [...merged]
    .filter(([, weight]) => weight > 0.05)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word, weight]) => ({ word, weight: Math.round(weight * 1000) / 1000 }));
}

/**
 * The tone and area weights side by side, eight per feature (3 tones, then 5 areas): one cache
 * line per feature when classifying, instead of one per model. Built once per loaded model.
 */
const combinedModels = new WeakMap<CommentModel, LinearModel>();
function combinedOf(model: CommentModel): LinearModel {
  let combined = combinedModels.get(model);
  if (!combined) {
    const classes = TONES.length + AREAS.length;
    const dimensions = model.tone.dimensions;
    const weights = new Float32Array(dimensions * classes);
    for (let f = 0; f < dimensions; f += 1) {
      for (let c = 0; c < TONES.length; c += 1)
        weights[f * classes + c] = model.tone.weights[f * TONES.length + c] ?? 0;
      for (let a = 0; a < AREAS.length; a += 1) {
        weights[f * classes + TONES.length + a] = model.areas.weights[f * AREAS.length + a] ?? 0;
      }
    }
    combined = { weights, classes, dimensions };
    combinedModels.set(model, combined);
  }
  return combined;
}

export function classifyComment(model: CommentModel, text: string): CommentResult {
  const truncated = text.length > MAX_ANALYSED_CHARACTERS;
  const analysed = truncated ? text.slice(0, MAX_ANALYSED_CHARACTERS) : text;
  // Every kind of personal data the detector finds has a digit or an '@': most comments have
  // neither and skip the detector's scans.
  const { text: masked, findings } = /[\d@＠]/.test(analysed)
    ? maskPersonalData(analysed)
    : { text: analysed, findings: [] };
  const vector = featureVector(masked, model.features);
  const base = { masked: findings.length > 0, truncated };
  if (vector.words.length === 0) {
    return {
      ...base,
      status: 'empty',
      tone: null,
      toneConfidence: 0,
      toneProbabilities: zeroRecord(TONES),
      areas: [],
      areaProbabilities: zeroRecord(AREAS),
      reasons: [],
    };
  }
  const combined = combinedOf(model);
  const logits = scores(combined, vector);
  const toneP = softmax(logits.subarray(0, TONES.length));
  let best = 0;
  for (let c = 1; c < TONES.length; c += 1) if ((toneP[c] ?? 0) > (toneP[best] ?? 0)) best = c;
  const areaP = AREAS.map((_, a) => sigmoid(logits[TONES.length + a] ?? 0));
  let chosen = AREAS.map((_, a) => a).filter((a) => (areaP[a] ?? 0) >= (model.thresholds[a] ?? 0.5));
  if (chosen.length === 0) {
    let top = 0;
    areaP.forEach((p, a) => {
      if (p > (areaP[top] ?? 0)) top = a;
    });
    chosen = [top];
  }
  chosen.sort((a, b) => (areaP[b] ?? 0) - (areaP[a] ?? 0));
  const round = (p: number) => Math.round(p * 1000) / 1000;
  const [toneReasons = new Float64Array(0)] = contributions(
    combined,
    [best],
    TONES.map((_, c) => c).filter((c) => c !== best),
    vector,
  );
  const areaReasons = contributions(
    combined,
    chosen.map((a) => TONES.length + a),
    [],
    vector,
  );
  return {
    ...base,
    status: 'analysed',
    tone: TONES[best] ?? 'skeptical',
    toneConfidence: round(toneP[best] ?? 0),
    toneProbabilities: {
      positive: round(toneP[0] ?? 0),
      skeptical: round(toneP[1] ?? 0),
      negative: round(toneP[2] ?? 0),
    },
    areas: chosen.map((a, i) => ({
      area: AREAS[a] ?? 'experience',
      confidence: round(areaP[a] ?? 0),
      reasons: topReasons(vector.words, areaReasons[i] ?? new Float64Array(0), 3),
    })),
    areaProbabilities: {
      handler: round(areaP[0] ?? 0),
      waiting_time: round(areaP[1] ?? 0),
      digital_services: round(areaP[2] ?? 0),
      municipal_services: round(areaP[3] ?? 0),
      experience: round(areaP[4] ?? 0),
    },
    reasons: topReasons(vector.words, toneReasons, 4),
  };
}
