/** Improvements as the API shows them, with their before, after and verdict. */
import type { ImprovementEvaluation } from './manage-improvements.js';
import type { ImprovementJson } from './schema.js';

export function presentImprovement({
  improvement: i,
  after,
  verdict,
}: ImprovementEvaluation): ImprovementJson {
  return {
    id: i.id,
    title: i.title,
    problem: i.problem,
    owner: { unitId: i.ownerUnitId, name: i.ownerUnitName },
    status: i.status,
    dueOn: i.dueOn,
    notes: i.notes,
    targets: { topicIds: i.topicIds, needs: i.needs, failureReasons: i.failureReasons },
    source: i.source,
    sourceSignalId: i.sourceSignalId,
    createdBy: i.createdByName,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    statusChangedAt: i.statusChangedAt.toISOString(),
    before: { from: i.baselineFrom, to: i.baselineTo, weeks: i.baselineWeeks },
    implementedOn: i.implementedOn,
    after,
    verdict: verdict && {
      verdict: verdict.verdict,
      isMixed: verdict.isMixed,
      share: verdict.share,
      count: {
        verdict: verdict.count.verdict,
        beforePoints: verdict.count.beforePoints,
        afterPoints: verdict.count.afterPoints,
        limits: verdict.count.limits && {
          centre: verdict.count.limits.centre,
          upper: verdict.count.limits.upper,
          lower: verdict.count.limits.lower,
          sigma: verdict.count.limits.sigma,
        },
        afterMean: verdict.count.afterMean,
        hits: verdict.count.hits.map((h) => ({ rule: h.rule, side: h.side, index: h.index })),
        minBeforePoints: verdict.count.minBeforePoints,
        minAfterPoints: verdict.count.minAfterPoints,
      },
    },
  };
}
