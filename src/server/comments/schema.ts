import { z } from 'zod';
import { AREAS, TONES } from '../../core/comments/labels.js';

/** The most comments in one request (issue 16). */
export const MAX_BATCH = 10_000;
/** A comment longer than this is refused; up to it, the first 10,000 characters are analysed. */
export const MAX_COMMENT_LENGTH = 100_000;

export const ClassifyBody = z.strictObject({
  comments: z.array(z.string().max(MAX_COMMENT_LENGTH)).min(1).max(MAX_BATCH),
});

const Reason = z.strictObject({ word: z.string(), weight: z.number() });
const Probabilities = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>);

export const ClassifyJson = z.strictObject({
  results: z.array(
    z.strictObject({
      status: z.enum(['analysed', 'empty']),
      tone: z.enum(TONES).nullable(),
      toneConfidence: z.number(),
      toneProbabilities: Probabilities(TONES),
      areas: z.array(
        z.strictObject({ area: z.enum(AREAS), confidence: z.number(), reasons: z.array(Reason) }),
      ),
      areaProbabilities: Probabilities(AREAS),
      reasons: z.array(Reason),
      masked: z.boolean(),
      truncated: z.boolean(),
    }),
  ),
});
