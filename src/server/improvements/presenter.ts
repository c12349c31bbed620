/** Improvements as the API shows them, with their before, after and verdict. */
import type { ImprovementEvaluation } from './manage-improvements.js';
import type { ImprovementJson } from './schema.js';

export function presentImprovement({
  improvement: i,
  after,
  verdict,
  survey,
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
    cycle:
      i.cycleWeeks !== null && i.cycleStartsOn !== null
        ? { weeks: i.cycleWeeks, startsOn: i.cycleStartsOn }
        : null,
    source: i.source,
    sourceSignalId: i.sourceSignalId,
    sourceAnswerId: i.sourceInvitationId,
    survey,
    createdBy: i.createdByName,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    statusChangedAt: i.statusChangedAt.toISOString(),
    before: { from: i.baselineFrom, to: i.baselineTo, weeks: i.baselineWeeks },
    implementedOn: i.implementedOn,
    after,
    verdict,
  };
}
