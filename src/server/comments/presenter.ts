import type { CommentResult } from '../../core/comments/model.js';

/** A classification as the API writes it (the core's result, its lists copied). */
export function presentResult(result: CommentResult) {
  return {
    ...result,
    toneProbabilities: { ...result.toneProbabilities },
    areaProbabilities: { ...result.areaProbabilities },
    areas: result.areas.map((a) => ({ ...a, reasons: a.reasons.map((r) => ({ ...r })) })),
    reasons: result.reasons.map((r) => ({ ...r })),
  };
}
