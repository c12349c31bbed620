/**
 * k-fold cross-validation on the training set: the dev split for every choice (method, features,
 * settings, per-area thresholds). Folds are dealt by a seeded shuffle, so reruns agree.
 */
import { featureVector, type Lexicon } from './features.js';
import { AREAS, TONES, type Area, type LabelledComment, type Tone } from './labels.js';
import { scores, seededRandom, shuffled, sigmoid, softmax } from './logistic.js';
import {
  multiLabelReport,
  singleLabelReport,
  type MultiLabelReport,
  type SingleLabelReport,
} from './metrics.js';
import { featureOptions, trainCommentModel, type ModelSettings } from './model.js';
import type { Prediction } from './baselines.js';

export interface CrossValidation {
  readonly tone: SingleLabelReport;
  readonly areas: MultiLabelReport;
  /** Per area, the threshold that maximised out-of-fold F1. */
  readonly thresholds: readonly number[];
  /** Each row's out-of-fold prediction, for reports on a part of the set. */
  readonly predictions: ReadonlyArray<{ tone: Tone; areas: readonly Area[] }>;
}

/** The reports of out-of-fold predictions on the rows `keep` selects. */
export function subsetReports(
  rows: readonly LabelledComment[],
  predictions: ReadonlyArray<{ tone: Tone; areas: readonly Area[] }>,
  keep: (row: LabelledComment) => boolean,
): { tone: SingleLabelReport; areas: MultiLabelReport; count: number } {
  const chosen = rows.map((r, i) => [r, predictions[i]] as const).filter(([r, p]) => p && keep(r));
  return {
    tone: singleLabelReport(
      TONES,
      chosen.map(([r]) => r.tone),
      chosen.map(([, p]) => p?.tone ?? 'skeptical'),
    ),
    areas: multiLabelReport(
      AREAS,
      chosen.map(([r]) => r.areas),
      chosen.map(([, p]) => p?.areas ?? []),
    ),
    count: chosen.length,
  };
}

export function folds(count: number, k: number, seed = 16): number[] {
  const fold = new Array<number>(count).fill(0);
  shuffled(count, seededRandom(seed)).forEach((row, i) => {
    fold[row] = i % k;
  });
  return fold;
}

function bestThreshold(probabilities: readonly number[], actual: readonly boolean[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((p, i) => {
      const predicted = p >= t;
      if (predicted && actual[i]) tp += 1;
      else if (predicted) fp += 1;
      else if (actual[i]) fn += 1;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Cross-validates the logistic model; also returns the thresholds to ship. */
export function crossValidateModel(
  rows: readonly LabelledComment[],
  settings: ModelSettings,
  lexicon: Lexicon | undefined,
  k = 5,
): CrossValidation {
  const options = featureOptions(settings, lexicon);
  const vectors = rows.map((r) => featureVector(r.text, options));
  const fold = folds(rows.length, k);
  const tones: Tone[] = new Array<Tone>(rows.length).fill('skeptical');
  const areaP: number[][] = AREAS.map(() => new Array<number>(rows.length).fill(0));
  for (let f = 0; f < k; f += 1) {
    const trainIdx = rows.map((_, i) => i).filter((i) => fold[i] !== f);
    const model = trainCommentModel(
      trainIdx.map((i) => rows[i] as LabelledComment),
      settings,
      lexicon,
      undefined,
      trainIdx.map((i) => vectors[i] as NonNullable<(typeof vectors)[number]>),
    );
    rows.forEach((_, i) => {
      if (fold[i] !== f) return;
      const vector = vectors[i];
      if (!vector) return;
      const p = softmax(scores(model.tone, vector));
      let best = 0;
      for (let c = 1; c < TONES.length; c += 1) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
      tones[i] = TONES[best] ?? 'skeptical';
      const logits = scores(model.areas, vector);
      AREAS.forEach((_, a) => {
        (areaP[a] as number[])[i] = sigmoid(logits[a] ?? 0);
      });
    });
  }
  const thresholds = AREAS.map((area, a) =>
    bestThreshold(
      areaP[a] ?? [],
      rows.map((r) => r.areas.includes(area)),
    ),
  );
  const predictedAreas = rows.map((_, i) => {
    const chosen = AREAS.filter((_, a) => (areaP[a]?.[i] ?? 0) >= (thresholds[a] ?? 0.5));
    if (chosen.length > 0) return chosen;
    let top = 0;
    AREAS.forEach((_, a) => {
      if ((areaP[a]?.[i] ?? 0) > (areaP[top]?.[i] ?? 0)) top = a;
    });
    return [AREAS[top] as Area];
  });
  return {
    tone: singleLabelReport(
      TONES,
      rows.map((r) => r.tone),
      tones,
    ),
    areas: multiLabelReport(
      AREAS,
      rows.map((r) => r.areas),
      predictedAreas,
    ),
    thresholds,
    predictions: rows.map((_, i) => ({ tone: tones[i] ?? 'skeptical', areas: predictedAreas[i] ?? [] })),
  };
}

/** Cross-validates any other method given as a trainer of predictors. */
export function crossValidateMethod(
  rows: readonly LabelledComment[],
  train: (rows: readonly LabelledComment[]) => (text: string) => Prediction,
  k = 5,
): { tone: SingleLabelReport; areas: MultiLabelReport; predictions: Prediction[] } {
  const fold = folds(rows.length, k);
  const predictions: Prediction[] = new Array<Prediction>(rows.length);
  for (let f = 0; f < k; f += 1) {
    const predict = train(rows.filter((_, i) => fold[i] !== f));
    rows.forEach((r, i) => {
      if (fold[i] === f) predictions[i] = predict(r.text);
    });
  }
  return {
    tone: singleLabelReport(
      TONES,
      rows.map((r) => r.tone),
      predictions.map((p) => p.tone),
    ),
    areas: multiLabelReport(
      AREAS,
      rows.map((r) => r.areas),
      predictions.map((p) => p.areas),
    ),
    predictions,
  };
}
