import type { RuleId } from '../../core/signals/rules.js';
import type { SignalRow } from './queries/signals.js';
import type { SignalJson } from './schema.js';

export function presentSignal(row: SignalRow): SignalJson {
  return {
    id: row.id,
    kind: row.kind,
    measure: row.measure,
    scope: row.scope,
    rule: row.rule as RuleId | null,
    goalId: row.goalId,
    day: row.day,
    period: row.period,
    details: row.details,
    raisedAt: row.raisedAt.toISOString(),
    acknowledgement:
      row.acknowledgedAt && row.action && row.acknowledgement !== null && row.acknowledgedByUserId
        ? {
            action: row.action,
            text: row.acknowledgement,
            at: row.acknowledgedAt.toISOString(),
            by: { id: row.acknowledgedByUserId, name: row.acknowledgedByName ?? '' },
          }
        : null,
  };
}
