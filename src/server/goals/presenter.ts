/** Goals and baselines as the API shows them. */
import { MEASURE_DEFINITIONS, type MeasureKey } from '../../core/signals/measures.js';
import type { BaselineRow } from './queries/chart-baselines.js';
import type { GoalRow } from './queries/goals.js';

export function presentGoal(goal: GoalRow) {
  const definition = MEASURE_DEFINITIONS[goal.measure];
  return {
    id: goal.id,
    measure: goal.measure,
    unit: definition.unit,
    isCapacity: definition.isCapacity,
    scope: goal.scope,
    target: goal.target,
    direction: goal.direction,
    level: goal.level,
    area: goal.area,
    validFrom: goal.validFrom,
    validTo: goal.validTo,
    owner: { id: goal.ownerUserId, name: goal.ownerName },
    minimumN: goal.minimumN,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    archivedAt: goal.archivedAt?.toISOString() ?? null,
  };
}

export function presentBaseline(baseline: BaselineRow) {
  return {
    id: baseline.id,
    measure: baseline.measure as MeasureKey,
    scope: baseline.scope,
    from: baseline.from,
    to: baseline.to,
    reason: baseline.reason,
    setBy: { id: baseline.setByUserId, name: baseline.setByName },
    setAt: baseline.setAt.toISOString(),
  };
}
