/** Improvements as the API answers them (server/improvements). */
import type { FailureReason, Need } from '../../../core/contacts/taxonomy.js';
import type { RateRatio } from '../../../core/improvements/rate-ratio.js';

export const STATUSES = ['idea', 'planned', 'in_progress', 'done', 'evaluated'] as const;
export type ImprovementStatus = (typeof STATUSES)[number];
export type Verdict = 'improved' | 'worsened' | 'no_change' | 'not_enough_data';

export interface WeekFigures {
  week: string;
  contacts: number;
  failureDemand: number;
  allContacts: number;
}

export type Comparison = 'year_before' | 'cycle' | 'other_contacts';

export interface ImprovementVerdictJson {
  verdict: Verdict;
  volume: {
    verdict: Verdict;
    comparison: Comparison;
    reason: 'too_few_after_weeks' | 'too_few_compared' | 'too_few_weeks' | null;
    afterWeeks: number;
    comparedWeeks: number;
    afterFailureDemand: number;
    comparedFailureDemand: number;
    /** The stratified rate ratio, the one type core computes and the API sends as is. */
    estimate: RateRatio | null;
    minAfterWeeks: number;
    minComparedFailureDemand: number;
  };
  share: {
    verdict: Verdict;
    before: { numerator: number; denominator: number; share: number | null };
    after: { numerator: number; denominator: number; share: number | null };
    difference: number | null;
    interval: { low: number; high: number } | null;
    minimumN: number;
  };
  shareDisagrees: boolean;
  yearBefore: WeekFigures[] | null;
}

export interface Improvement {
  id: string;
  title: string;
  problem: string;
  owner: { unitId: string; name: string };
  status: ImprovementStatus;
  dueOn: string | null;
  notes: string;
  targets: { topicIds: string[]; needs: Need[]; failureReasons: FailureReason[] };
  cycle: { weeks: number; startsOn: string } | null;
  source: 'board' | 'fix_first' | 'signal' | 'department_answer';
  sourceSignalId: string | null;
  /** The department's answer that started the card (issue #15). */
  sourceAnswerId?: string | null;
  /** A survey measure followed before and after (issue #15). */
  survey?: SurveyEvidence | null;
  createdBy: string;
  createdAt: string;
  before: { from: string; to: string; weeks: WeekFigures[] };
  implementedOn: string | null;
  after: { from: string; to: string; weeks: WeekFigures[] } | null;
  verdict: ImprovementVerdictJson | null;
}

export interface SurveySide {
  from: string;
  to: string;
  value: number | null;
  n: number;
  interval: { low: number; high: number } | null;
}

export interface SurveyEvidence {
  measure: 'survey_index' | 'survey_mean' | 'survey_satisfied_share';
  scope: string;
  before: SurveySide;
  after: SurveySide | null;
  difference: number | null;
  interval: { low: number; high: number } | null;
  verdict: 'improved' | 'worsened' | 'no_change' | 'not_enough_data';
  minimumN: number;
}
