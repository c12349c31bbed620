/**
 * Logistic regression on hashed sparse vectors: multinomial (softmax) for tone, binary for each
 * area (one-vs-rest). Trained by AdaGrad stochastic gradient descent with L2 regularisation, in a
 * seeded order, so the same data and settings give the same weights bit for bit.
 */
import type { FeatureVector } from './features.js';

export interface LinearModel {
  /** Feature-major, so that a feature's weights for every class share a cache line: weights[feature * classes + class]. */
  readonly weights: Float32Array;
  readonly classes: number;
  readonly dimensions: number;
}

export interface TrainingSettings {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export const DEFAULT_SETTINGS: TrainingSettings = { epochs: 12, learningRate: 0.5, l2: 1e-5, seed: 16 };

/** A small seeded generator (mulberry32): deterministic shuffles. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/** The raw scores (logits) of each class for one vector. */
export function scores(model: LinearModel, vector: FeatureVector): Float64Array {
  const classes = model.classes;
  const out = new Float64Array(classes);
  const weights = model.weights;
  for (let k = 0; k < vector.indices.length; k += 1) {
    const base = (vector.indices[k] ?? 0) * classes;
    const value = vector.values[k] ?? 0;
    for (let c = 0; c < classes; c += 1) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
  return out;
}

export function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i += 1) {
    out[i] = Math.exp((logits[i] ?? 0) - max);
    sum += out[i] ?? 0;
  }
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) / sum;
  return out;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Trains a softmax model when `classes` > 1 and `targets` are class numbers, or a single binary
 * model (classes 1, targets 0/1). `sampleWeights` lets rare classes count more.
 */
export function trainLogistic(
  vectors: readonly FeatureVector[],
  targets: readonly number[],
  classes: number,
  dimensions: number,
  settings: TrainingSettings = DEFAULT_SETTINGS,
  sampleWeights?: readonly number[],
): LinearModel {
  const weights = new Float32Array(classes * dimensions);
  const squares = new Float32Array(classes * dimensions).fill(1e-6);
  const model: LinearModel = { weights, classes, dimensions };
  const random = seededRandom(settings.seed);
  const gradient = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (const n of shuffled(vectors.length, random)) {
      const vector = vectors[n];
      if (!vector) continue;
      const target = targets[n] ?? 0;
      const weight = sampleWeights?.[n] ?? 1;
      const logits = scores(model, vector);
      if (classes === 1) {
        gradient[0] = (sigmoid(logits[0] ?? 0) - target) * weight;
      } else {
        const p = softmax(logits);
        for (let c = 0; c < classes; c += 1) gradient[c] = ((p[c] ?? 0) - (c === target ? 1 : 0)) * weight;
      }
      for (let k = 0; k < vector.indices.length; k += 1) {
        const base = (vector.indices[k] ?? 0) * classes;
        for (let c = 0; c < classes; c += 1) {
          const g = gradient[c] ?? 0;
          const at = base + c;
          const w = weights[at] ?? 0;
          const step = g * (vector.values[k] ?? 0) + settings.l2 * w;
          squares[at] = (squares[at] ?? 0) + step * step;
          weights[at] = w - (settings.learningRate * step) / Math.sqrt(squares[at] ?? 1);
        }
      }
    }
  }
  return model;
}
