/**
 * The comment model's file (data/models/comments.json, shipped with Lots): the feature settings,
 * the lexicon stems, the weights as base64 Float32 (little endian), the per-area thresholds and
 * what it was trained on. readModelFile loads it once; the server and the CLI share one copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommentModel } from '../../core/comments/model.js';
import type { LinearModel } from '../../core/comments/logistic.js';

export const MODEL_FORMAT = 'lots-comments-model/1';
export const DEFAULT_MODEL_PATH = fileURLToPath(
  new URL('../../../data/models/comments.json', import.meta.url),
);

export interface ModelProvenance {
  readonly trainingRows: number;
  readonly trainingSha256: string;
  readonly settings: unknown;
  readonly crossValidation: unknown;
}

interface LinearJson {
  readonly classes: number;
  readonly dimensions: number;
  readonly weights: string;
}

interface ModelJson {
  readonly format: string;
  readonly features: { dimensions: number; charNgrams: boolean; bigrams: boolean };
  readonly lexicon: { positive: string[]; negative: string[] } | null;
  readonly tone: LinearJson;
  readonly areas: LinearJson;
  readonly thresholds: number[];
  readonly provenance: ModelProvenance;
}

function encode(model: LinearModel): LinearJson {
  const bytes = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength);
  return { classes: model.classes, dimensions: model.dimensions, weights: bytes.toString('base64') };
}

function decode(json: LinearJson): LinearModel {
  const bytes = Buffer.from(json.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== json.classes * json.dimensions)
    throw new Error('comment model: weights do not match their size');
  return { classes: json.classes, dimensions: json.dimensions, weights };
}

export function writeModelFile(path: string, model: CommentModel, provenance: ModelProvenance): void {
  const lexicon = model.features.lexicon;
  const json: ModelJson = {
    format: MODEL_FORMAT,
    features: {
      dimensions: model.features.dimensions,
      charNgrams: model.features.charNgrams,
      bigrams: model.features.bigrams,
    },
    lexicon: lexicon
      ? { positive: [...lexicon.positive].sort(), negative: [...lexicon.negative].sort() }
      : null,
    tone: encode(model.tone),
    areas: encode(model.areas),
    thresholds: [...model.thresholds],
    provenance,
  };
  writeFileSync(path, JSON.stringify(json) + '\n');
}

export function parseModel(content: string): { model: CommentModel; provenance: ModelProvenance } {
  const json = JSON.parse(content) as ModelJson;
  if (json.format !== MODEL_FORMAT) throw new Error(`comment model: unknown format ${String(json.format)}`);
  const model: CommentModel = {
    features: {
      ...json.features,
      ...(json.lexicon
        ? { lexicon: { positive: new Set(json.lexicon.positive), negative: new Set(json.lexicon.negative) } }
        : {}),
    },
    tone: decode(json.tone),
    areas: decode(json.areas),
    thresholds: json.thresholds,
  };
  return { model, provenance: json.provenance };
}

const loaded = new Map<string, CommentModel>();

/** The model at `path` (default: the shipped one), read once per process. */
export function loadCommentModel(path: string = DEFAULT_MODEL_PATH): CommentModel {
  let model = loaded.get(path);
  if (!model) {
    model = parseModel(readFileSync(path, 'utf8')).model;
    loaded.set(path, model);
  }
  return model;
}
