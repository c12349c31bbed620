/** The goals, signals and control charts as the API answers them (server/goals, server/signals). */
import type { GoalArea, MeasureKey } from '../../../core/signals/measures.js';

/** 'index': SKR's 0-100 points; 'grade': a mean on the 1-5 scale (survey measures). */
export type MeasureUnit = 'count' | 'seconds' | 'share' | 'index' | 'grade';
export type GoalLevel = 'day' | 'week' | 'month' | 'tertial' | 'year';
export type GoalDirection = 'at_least' | 'at_most';

export interface Goal {
  id: string;
  measure: MeasureKey;
  unit: MeasureUnit;
  isCapacity: boolean;
  scope: string;
  target: number;
  direction: GoalDirection;
  level: GoalLevel;
  area: GoalArea;
  validFrom: string;
  validTo: string | null;
  owner: { id: string; name: string };
  minimumN: number;
}

export interface GoalJudgement {
  period: { key: string; from: string; to: string; through: string };
  status: 'met' | 'missed' | 'not_enough_data';
  value: number | null;
  n: number;
}

export interface GoalStatus extends GoalJudgement {
  goal: Goal;
  /** The last complete period (last week on a Monday): the judgement that counts. */
  lastComplete?: GoalJudgement;
}

export interface GoalStatusAnswer {
  day: string;
  goals: GoalStatus[];
}

export type RuleId = 'beyond_limits' | 'run_one_side' | 'trend' | 'two_of_three_beyond_two_sigma';

export interface Signal {
  id: string;
  kind: 'rule' | 'goal_missed';
  measure: string;
  scope: string;
  rule: RuleId | null;
  goalId: string | null;
  day: string;
  period: string | null;
  details: Record<string, unknown>;
  raisedAt: string;
  acknowledgement: {
    action: 'acted' | 'no_action_needed';
    text: string;
    at: string;
    by: { id: string; name: string };
  } | null;
}

export interface Limits {
  centre: number;
  sigma: number;
  upper: number;
  lower: number;
}

export interface ControlChartAnswer {
  measure: MeasureKey;
  scope: string;
  unit: MeasureUnit;
  kind: 'xmr' | 'p' | 'xbar';
  /** A point is a day, or an ISO week (survey measures, each point dated by its Sunday). */
  interval?: 'day' | 'week';
  isCapacity: boolean;
  better: 'higher' | 'lower' | null;
  from: string;
  to: string;
  points: {
    day: string;
    value: number | null;
    numerator: number;
    denominator: number;
    skipped: 'closed' | 'no_data' | null;
    baseline: number | null;
    isInBaseline: boolean;
    limits: Limits | null;
    movingRange: number | null;
  }[];
  baselines: {
    id: string;
    from: string;
    to: string;
    reason: string;
    setBy: { id: string; name: string };
    startDay: string | null;
    points: number;
    noLimitsReason: 'too_few_points' | 'no_variation' | null;
  }[];
  signals: { rule: RuleId; side: string; day: string; fromDay: string; toDay: string }[];
}
